// What the reference server does for a page embedding the kit: precompressed files in the
// encoding the client accepts, everything else it writes compressed on the way out, hashed
// chunks cached for a year, the rest revalidated by ETag, and modulepreload hints for the
// chunks of the kit files a page preloads. Read with raw HTTP: the encoded bytes themselves.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { testServer, type TestServer } from '../../support/server-harness.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
  /** The body decoded as its Content-Encoding says. */
  text: string;
}

function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => {
        const bytes = Buffer.concat(parts);
        const encoding = res.headers['content-encoding'];
        const decoded =
          encoding === 'br'
            ? brotliDecompressSync(bytes)
            : encoding === 'gzip'
              ? gunzipSync(bytes)
              : bytes;
        resolve({ status: res.statusCode!, headers: res.headers, bytes, text: decoded.toString() });
      });
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

// Written for this test: a kit and a demo page, shaped as the build leaves them.
const script = `export const widget = ${JSON.stringify('a widget '.repeat(400))};\n`;
const chunk = `export const lit = ${JSON.stringify('lit '.repeat(500))};\n`;
const style = `.card { color: red; }\n`.repeat(200);
const page = `<!doctype html><html lang="en"><head><title>Careers</title>
<link rel="modulepreload" href="/kit/cdn/apprentice-board.js" />
<script type="module" src="careers.js"></script></head><body></body></html>`;

describe('compression and caching', () => {
  let server: TestServer;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'micropath-static-'));
    mkdirSync(join(dir, 'kit/cdn/chunks'), { recursive: true });
    mkdirSync(join(dir, 'demo'));
    writeFileSync(join(dir, 'kit/cdn/apprentice-board.js'), script);
    writeFileSync(join(dir, 'kit/cdn/chunks/lit-Bb0h9ay9.js'), chunk);
    writeFileSync(
      join(dir, 'kit/cdn/imports.json'),
      JSON.stringify({ 'apprentice-board.js': ['chunks/lit-Bb0h9ay9.js'] }),
    );
    // The build's precompressed copies (scripts/precompress.mjs).
    for (const file of ['apprentice-board.js', 'chunks/lit-Bb0h9ay9.js']) {
      const text = file.startsWith('chunks') ? chunk : script;
      writeFileSync(join(dir, 'kit/cdn', `${file}.br`), brotliCompressSync(text));
      writeFileSync(join(dir, 'kit/cdn', `${file}.gz`), gzipSync(text));
    }
    writeFileSync(join(dir, 'demo/careers.html'), page);
    writeFileSync(join(dir, 'demo/demo.css'), style);
    server = await testServer({
      site: { kitDir: join(dir, 'kit'), demoDir: join(dir, 'demo') },
    });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a kit file goes as its precompressed copy in the encoding accepted, brotli first', async () => {
    const url = `${server.url}/kit/cdn/apprentice-board.js`;
    const br = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.text, script);
    assert.ok(br.bytes.length < script.length / 5, `${br.bytes.length} bytes`);
    assert.equal(br.headers.vary, 'Accept-Encoding');
    assert.equal(br.headers['cache-control'], 'no-cache');

    const gzip = await get(url, { 'accept-encoding': 'br;q=0, gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(gzip.text, script);

    const plain = await get(url);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.text, script);
    // Each encoding is its own representation, with its own tag.
    assert.equal(new Set([br, gzip, plain].map((a) => a.headers.etag)).size, 3);
  });

  test('an unchanged file is a 304 by its ETag; a hashed chunk is cached for a year', async () => {
    const url = `${server.url}/kit/cdn/apprentice-board.js`;
    const first = await get(url, { 'accept-encoding': 'br' });
    const again = await get(url, {
      'accept-encoding': 'br',
      'if-none-match': String(first.headers.etag),
    });
    assert.equal(again.status, 304);
    assert.equal(again.bytes.length, 0);
    // A tag from another encoding of the same version names the same file.
    const other = await get(url, { 'if-none-match': String(first.headers.etag) });
    assert.equal(other.status, 304);
    const stale = await get(url, { 'if-none-match': '"0-0"' });
    assert.equal(stale.status, 200);

    const lit = await get(`${server.url}/kit/cdn/chunks/lit-Bb0h9ay9.js`, {
      'accept-encoding': 'br',
    });
    assert.equal(lit.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(lit.text, chunk);
  });

  test('a page that preloads a kit file gets its chunks as modulepreload hints', async () => {
    const answer = await get(`${server.url}/careers.html`);
    assert.equal(answer.headers.link, '</kit/cdn/chunks/lit-Bb0h9ay9.js>; rel=modulepreload');
    assert.equal(answer.text, page);
  });

  test('files without a precompressed copy, and JSON answers, are compressed on the way out', async () => {
    const css = await get(`${server.url}/demo.css`, { 'accept-encoding': 'br' });
    assert.equal(css.headers['content-encoding'], 'br');
    assert.equal(css.text, style);

    const listings = await get(`${server.url}/api/listings?limit=50`, {
      'accept-encoding': 'gzip',
    });
    assert.equal(listings.headers['content-encoding'], 'gzip');
    assert.match(String(listings.headers.vary), /Accept-Encoding/);
    assert.ok(Array.isArray(JSON.parse(listings.text).items));
    assert.equal(Number(listings.headers['content-length']), listings.bytes.length);

    // Under a kilobyte, compression saves nothing: sent as it is.
    const health = await get(`${server.url}/health`, { 'accept-encoding': 'br' });
    assert.equal(health.headers['content-encoding'], undefined);
    assert.equal(JSON.parse(health.text).status, 'ok');

    // The icon browsers ask for on pages without one: no 404 in the console.
    const icon = await get(`${server.url}/favicon.ico`);
    assert.equal(icon.status, 204);

    // Errors keep their plain JSON shape.
    const missing = await get(`${server.url}/api/listings/nope`, { 'accept-encoding': 'br' });
    assert.equal(missing.status, 404);
    assert.equal(JSON.parse(missing.text).error.code, 'not-found');
  });
});
