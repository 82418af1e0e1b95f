// Measures the CDN files: gzip size of each entry with its static imports (what a page must
// download before the element works), and of each lazy chunk, as the bytes it adds to what is
// already loaded when it is requested.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, normalize } from 'node:path';

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*[`"'](\.{1,2}\/[^`"']+)[`"']\s*\)/g;

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

function references(file, pattern) {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(pattern)].map((m) => normalize(join(dirname(file), m[1])));
}

/** The entry plus everything it imports statically, transitively. */
function staticClosure(entry) {
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    for (const dep of references(queue.shift(), STATIC_IMPORT)) {
      if (seen.has(dep) || !existsSync(dep)) continue;
      seen.add(dep);
      queue.push(dep);
    }
  }
  return [...seen];
}

/** The gzip bytes of `entry` and everything it imports statically. */
export const closureBytes = (entry) =>
  staticClosure(entry).reduce((sum, file) => sum + gzipBytes(file), 0);

/** The gzip bytes of `entry` and everything it may load, statically or on demand. */
export function reachableBytes(entry) {
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift();
    for (const dep of [...references(file, STATIC_IMPORT), ...references(file, DYNAMIC_IMPORT)]) {
      if (seen.has(dep) || !existsSync(dep)) continue;
      seen.add(dep);
      queue.push(dep);
    }
  }
  return [...seen].reduce((sum, file) => sum + gzipBytes(file), 0);
}

/**
 * Chunks loaded on demand from the closure, and those they load on demand in turn, each with
 * the gzip bytes it adds to what is already loaded (the entry and, for a nested chunk, its parent).
 */
function lazyChunks(closure) {
  const found = [];
  const queue = [{ from: closure }];
  while (queue.length) {
    const { from } = queue.shift();
    for (const file of new Set(from.flatMap((f) => references(f, DYNAMIC_IMPORT)))) {
      if (from.includes(file) || found.some((c) => c.file === file) || !existsSync(file)) continue;
      const loaded = [...from, ...staticClosure(file)];
      const added = staticClosure(file).filter((f) => !from.includes(f));
      found.push({ file, bytes: added.reduce((sum, f) => sum + gzipBytes(f), 0) });
      queue.push({ from: [...new Set(loaded)] });
    }
  }
  return found;
}

/**
 * @param {string} dir the dist/cdn folder
 * @param {Record<string, number>} budgets kB per entry file name
 */
export function sizeReport(dir, budgets) {
  const entries = readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort();
  const rows = entries.map((name) => {
    const closure = staticClosure(join(dir, name));
    const bytes = closure.reduce((sum, file) => sum + gzipBytes(file), 0);
    const lazy = lazyChunks(closure).map(({ file, bytes }) => ({
      file: file.slice(dir.length + 1),
      bytes,
    }));
    const budget = budgets[name];
    return { name, bytes, budget, over: budget !== undefined && bytes > budget * 1000, lazy };
  });
  const missing = Object.keys(budgets).filter(
    (name) => name.endsWith('.js') && !entries.includes(name),
  );
  return { rows, missing, ok: rows.every((row) => !row.over) };
}

export function formatReport({ rows, missing }) {
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const lines = ['file                              gzip      budget   status'];
  for (const row of rows) {
    const status = row.budget === undefined ? 'no budget' : row.over ? 'OVER BUDGET' : 'ok';
    lines.push(
      `${row.name.padEnd(32)}  ${kb(row.bytes).padStart(8)}  ${(row.budget === undefined ? '-' : `${row.budget} kB`).padStart(7)}   ${status}`,
    );
    for (const chunk of row.lazy)
      lines.push(`  lazy: ${chunk.file.padEnd(26)}  ${kb(chunk.bytes).padStart(8)}`);
  }
  for (const name of missing)
    lines.push(`${name.padEnd(32)}  ${'-'.padStart(8)}  (budgeted, not built yet)`);
  return lines.join('\n');
}
