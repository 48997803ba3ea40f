import { createHash } from 'node:crypto';

/**
 * sha-256 (16 hex digits) of an object's fields in order: typed arrays by their bytes, anything else by its JSON. Tests
 * pin a computation's numbers with it (a digest taken from the code before a change), bit for bit.
 */
export function digest(o: object): string {
  const h = createHash('sha256');
  for (const [k, v] of Object.entries(o)) {
    h.update(k);
    if (ArrayBuffer.isView(v)) h.update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    else h.update(JSON.stringify(v));
  }
  return h.digest('hex').slice(0, 16);
}
