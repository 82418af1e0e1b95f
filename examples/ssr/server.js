// Renders the careers page with @lit-labs/ssr (the board's frame and loading state, no
// request made) and serves it with the browser bundle, which hydrates the board and loads.
//   npm run build && npm start   → http://localhost:3000
//   node server.js --print       → the rendered page on stdout
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';

// After @lit-labs/ssr, which brings the DOM globals the elements' modules need.
const { page } = await import('./dist/server/page.js');

async function document() {
  const body = await collectResult(render(page()));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Careers</title>
<script type="module" src="/client.js"></script></head><body>${body}</body></html>`;
}

if (process.argv.includes('--print')) {
  process.stdout.write(await document());
} else {
  createServer(async (req, res) => {
    // The browser bundle: dist/client.js and the chunks it loads from dist/assets/.
    const script = /^\/(client|assets\/[\w.-]+)\.js$/.exec(req.url ?? '');
    if (script) {
      const file = await readFile(new URL(`./dist/${script[1]}.js`, import.meta.url)).catch(
        () => undefined,
      );
      res.writeHead(file ? 200 : 404, { 'content-type': 'text/javascript' });
      res.end(file ?? '');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(await document());
  }).listen(3000, () => console.log('http://localhost:3000'));
}
