/**
 * Decompression with a ceiling: a few kilobytes of deflate can expand to gigabytes, so the
 * output is counted as it streams and reading stops at `maxBytes`.
 */

export class TooMuchData extends Error {
  constructor(readonly maxBytes: number) {
    super(`more than ${maxBytes} bytes after decompression`);
  }
}

/** The bytes of `bytes` decompressed with `format`, or TooMuchData past `maxBytes`. */
export async function inflateCapped(
  bytes: Uint8Array,
  format: CompressionFormat,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = new Blob([bytes.slice()])
    .stream()
    .pipeThrough(new DecompressionStream(format))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new TooMuchData(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
