/**
 * Decompression with a ceiling: a few kilobytes of deflate can expand to gigabytes, so the
 * output is counted as it streams and reading stops at `maxBytes`.
 */

const SLICE = 1024;

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
  // The input goes in 1 KiB at a time, as the output is read: one slice of zeros inflates to
  // about 1 MiB, so the work stops within a step of the ceiling instead of after the whole bomb.
  let at = 0;
  const input = new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(at, (at += SLICE)));
      },
    },
    { highWaterMark: 0 },
  );
  const reader = input
    .pipeThrough(
      new DecompressionStream(format) as ReadableWritablePair<Uint8Array, Uint8Array<ArrayBuffer>>,
    )
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
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
