/**
 * Modulepreload hints for the kit's chunks. A CDN file imports its chunks, which the browser
 * discovers only once the file itself has arrived: one more round trip before the element can
 * run. A demo page that preloads a kit file (`<link rel="modulepreload" href="/kit/cdn/…">`)
 * gets that file's chunks named in a `Link` header, from the build's `cdn/imports.json`, so all
 * of them load at once, with the page.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `pageHeaders` for the site: the `Link` header of the kit files a page preloads. */
export function kitPreloads(
  kitDir: string,
  prefix = '/kit/',
): (html: string) => Record<string, string> {
  const file = join(kitDir, 'cdn', 'imports.json');
  let read = { mtimeMs: -1, imports: {} as Record<string, string[]> };
  // Read again whenever the kit is rebuilt, so the hints never name chunks that are gone.
  const currentImports = () => {
    try {
      const { mtimeMs } = statSync(file);
      if (mtimeMs !== read.mtimeMs)
        read = { mtimeMs, imports: JSON.parse(readFileSync(file, 'utf8')) };
    } catch {
      // No imports.json (a kit built before it existed): pages load without the hints.
      read = { mtimeMs: -1, imports: {} };
    }
    return read.imports;
  };
  return (html): Record<string, string> => {
    const imports = currentImports();
    const chunks = new Set<string>();
    for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
      if (!/\brel=["']?modulepreload\b/i.test(tag)) continue;
      const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
      const entry = href?.startsWith(`${prefix}cdn/`) ? href.slice(prefix.length + 4) : undefined;
      for (const chunk of (entry && imports[entry]) || []) chunks.add(chunk);
    }
    if (!chunks.size) return {};
    return {
      link: [...chunks].map((chunk) => `<${prefix}cdn/${chunk}>; rel=modulepreload`).join(', '),
    };
  };
}
