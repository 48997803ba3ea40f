import { useEffect, useState } from 'react';

/**
 * A QR code of a link, made here (qrcode-generator, loaded on first use): students point a phone at the
 * projector and open the same view. Drawn as one SVG path of dark modules, from data, never from markup.
 */
export function Qr({ text, size = 160 }: { text: string; size?: number }) {
  const [qr, setQr] = useState<{ text: string; n: number; d: string } | null>(null);
  useEffect(() => {
    let alive = true;
    void import('qrcode-generator').then(({ default: qrcode }) => {
      const code = qrcode(0, 'M');
      code.addData(text);
      code.make();
      const n = code.getModuleCount();
      let d = '';
      for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (code.isDark(r, c)) d += `M${c + 4} ${r + 4}h1v1h-1z`;
      if (alive) setQr({ text, n, d });
    });
    return () => {
      alive = false;
    };
  }, [text]);
  if (!qr || qr.text !== text) return <div style={{ width: size, height: size }} aria-hidden="true" />;
  // a quiet zone of 4 modules, black on white whatever the theme (phones read dark-on-light)
  return (
    <svg width={size} height={size} viewBox={`0 0 ${qr.n + 8} ${qr.n + 8}`} role="img" aria-label={`QR code of ${text}`} data-qr={text} shapeRendering="crispEdges">
      <rect width={qr.n + 8} height={qr.n + 8} fill="#ffffff" />
      <path d={qr.d} fill="#000000" />
    </svg>
  );
}
