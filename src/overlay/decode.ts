/**
 * A dropped or chosen file's bytes → text. Only UTF-8 (with or without BOM) is read: a file in another
 * encoding gets a message naming its first line that is not UTF-8, instead of silently wrong numbers.
 * Files over MAX_BYTES are refused before they are read.
 */
export const MAX_BYTES = 20 * 1024 * 1024;

export function sizeError(bytes: number): string | null {
  return bytes > MAX_BYTES ? `the file is ${(bytes / 1048576).toFixed(1)} MB; at most ${MAX_BYTES / 1048576} MB can be overlaid` : null;
}

export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  const size = sizeError(bytes.length);
  if (size) return { ok: false, error: size };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, error: 'line 1: the file is UTF-16; save it as UTF-8 (or plain CSV)' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // find the first line that does not decode
    const dec = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    let from = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 10) {
        try {
          dec.decode(bytes.subarray(from, i));
        } catch {
          return { ok: false, error: `line ${line}: not UTF-8 text (binary, or another encoding); save the file as UTF-8` };
        }
        line++;
        from = i + 1;
      }
    }
    return { ok: false, error: 'the file is not UTF-8 text' };
  }
}
