/**
 * SVG text with `_x` / `_{xy}` subscripts as tspans (ε_g, α_IT): SVG has no TeX, and Unicode has no
 * subscript g. Plain text stays plain.
 */
export function Rich({ text }: { text: string }) {
  const parts = text.split(/_(\{[^}]*\}|[A-Za-z0-9*]+)/);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        i % 2 ? (
          <tspan key={i} baselineShift="sub" fontSize="0.75em">
            {part.replace(/^\{|\}$/g, '')}
          </tspan>
        ) : (
          part
        ),
      )}
    </>
  );
}
