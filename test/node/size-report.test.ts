import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
// @ts-expect-error: a plain ES module script without types
import { sizeReport, formatReport } from '../../scripts/size-report.mjs';

test('counts static imports into the file, lists lazy chunks apart, and flags a file over budget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'size-'));
  mkdirSync(join(dir, 'chunks'));
  // Random bytes do not compress: base64 of n random bytes gzips to about n bytes.
  const noise = (n: number) => `/*${randomBytes(n).toString('base64')}*/`;
  writeFileSync(join(dir, 'chunks', 'shared.js'), `export const s=1;${noise(3000)}`);
  writeFileSync(join(dir, 'chunks', 'lazy.js'), `export const l=1;${noise(6000)}`);
  writeFileSync(
    join(dir, 'small.js'),
    `import{s}from"./chunks/shared.js";const f=()=>import("./chunks/lazy.js");${noise(100)}`,
  );
  writeFileSync(join(dir, 'big.js'), noise(9000));
  const report = sizeReport(dir, { 'small.js': 5, 'big.js': 5, 'later.js': 10 });
  const small = report.rows.find((r: { name: string }) => r.name === 'small.js');
  const big = report.rows.find((r: { name: string }) => r.name === 'big.js');
  assert.ok(
    small.bytes > 3000 && small.bytes < 4000,
    `small.js with its static import: ${small.bytes}`,
  );
  assert.equal(small.over, false);
  assert.equal(small.lazy.length, 1);
  assert.ok(small.lazy[0].bytes > 5500);
  assert.equal(big.over, true);
  assert.equal(report.ok, false);
  assert.deepEqual(report.missing, ['later.js']);
  const text = formatReport(report);
  assert.match(text, /big\.js .* OVER BUDGET/);
  assert.match(text, /lazy: chunks\/lazy\.js/);
  assert.match(text, /later\.js .*not built yet/);
});
