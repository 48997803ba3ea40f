import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

/**
 * The compressed form of a long link: `?v=3&z=<lz-string of the rest of the query>`. Links are written
 * plain (readable keys) until they pass `LONG_QUERY` characters — in practice only views with several
 * pins — and then as `z=` when that is shorter. A `z=` link is expanded back to the plain query before
 * anything else reads it, so every other rule (versions, notices, clamping) applies unchanged.
 * lz-string's URI alphabet is A–Z a–z 0–9 + - $; a `+` in a query reads back as a space, so the
 * decoder turns spaces back into `+`.
 */
export const LONG_QUERY = 400;
/**
 * lz-string is an LZW variant: n code characters can expand to O(n²) characters. Capping the
 * compressed text at 8 kB keeps the expansion bounded (a few MB at most, then cut to 64 kB by url.ts).
 */
export const MAX_Z = 8 * 1024;

/** The shorter of the plain query and its `z=` form, for queries longer than LONG_QUERY. */
export function compactSearch(search: string): string {
  if (search.length <= LONG_QUERY) return search;
  const q = new URLSearchParams(search);
  const v = q.get('v');
  q.delete('v');
  const z = `?${v === null ? '' : `v=${v}&`}z=${compressToEncodedURIComponent(q.toString())}`;
  return z.length < search.length ? z : search;
}

/**
 * The plain query of a possibly compressed one: `z=` replaced by what it encodes (keys given beside
 * it are kept and come first, so they win as "first value" of a repeated key); a `z=` that does not
 * decode is dropped with a notice.
 */
export function expandSearch(text: string): { text: string; notice?: string } {
  if (!/(^|[?&])z=/.test(text)) return { text };
  const q = new URLSearchParams(text);
  const raw = q.get('z') ?? '';
  q.delete('z');
  const rest = q.toString();
  if (raw.length > MAX_Z) return { text: rest, notice: `z: the compressed part is ${Math.ceil(raw.length / 1024)} kB, more than ${MAX_Z / 1024} kB; ignored` };
  let plain: string | null = null;
  try {
    plain = decompressFromEncodedURIComponent(raw.replaceAll(' ', '+'));
  } catch {
    plain = null;
  }
  if (!plain) return { text: rest, notice: 'z: the compressed part of the link does not decode; ignored' };
  return { text: rest ? `${rest}&${plain}` : plain };
}
