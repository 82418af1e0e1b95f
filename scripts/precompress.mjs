// Brotli and gzip copies of built text files (file.js.br, file.js.gz), written beside them at
// build time at the highest levels, for servers that send precompressed files (the reference
// server does, and so do nginx's gzip_static / brotli_static and most CDNs' origins).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(js|css|json|svg|html|xml)$/;
/** Smaller files gain less than a packet from compression. */
const MIN_BYTES = 1024;

/** Compresses every text file under `dir`; returns how many were written. */
export function precompress(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { recursive: true })) {
    const file = join(dir, String(entry));
    if (!TEXT.test(file) || !statSync(file).isFile()) continue;
    const content = readFileSync(file);
    if (content.length < MIN_BYTES) continue;
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
    );
    writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
    count++;
  }
  return count;
}
