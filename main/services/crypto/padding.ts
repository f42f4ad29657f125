// Sealed JSON is padded with spaces to a size step before it is sealed, so a
// ciphertext's length tells only the step its value falls in, never its exact
// size (JSON.parse ignores trailing white space, so readers need no change).

/** The step every padded value is rounded up to: the same 256 bytes as an entry's row. */
export const PAD_STEP = 256;

/** The size `bytes` bytes are padded to: the next multiple of PAD_STEP (one step at least). */
export function paddedLength(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / PAD_STEP)) * PAD_STEP;
}

/** `json`'s UTF-8 bytes followed by spaces up to at least `size` bytes and a whole step. */
export function paddedJson(json: string | Buffer, size = 0): Buffer {
  const text = typeof json === 'string' ? Buffer.from(json, 'utf8') : json;
  const target = Math.max(size, paddedLength(text.length));
  return target > text.length ? Buffer.concat([text, Buffer.alloc(target - text.length, 0x20)]) : text;
}
