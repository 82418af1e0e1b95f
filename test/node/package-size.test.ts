import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a plain ES module script without types
import { packageReport, formatPackageReport, kindOf } from '../../scripts/package-size.mjs';

const file = (path: string, size: number) => ({ path, size });

test('sorts the published files into kinds, CDN maps apart from the npm modules', () => {
  assert.equal(kindOf('dist/cdn/chunks/valibot-abc12345.js.map'), 'source maps of CDN files');
  assert.equal(kindOf('dist/chunks/valibot-abc12345.js.map'), 'source maps of npm modules');
  assert.equal(kindOf('dist/cdn/micropath.js.br'), 'precompressed copies (.br, .gz)');
  assert.equal(kindOf('dist/cdn/imports.json'), 'CDN files (dist/cdn)');
  assert.equal(kindOf('dist/types/core/define.d.ts'), 'types (dist/types)');
  assert.equal(
    kindOf('dist/frameworks/react.d.ts'),
    'framework types, editor data (dist/frameworks)',
  );
  assert.equal(kindOf('dist/chunks/de-abc12345.js'), 'npm modules (dist)');
  assert.equal(kindOf('custom-elements.json'), 'manifests (package.json, custom-elements.json)');
});

test('passes under the limit, and over it names the largest kinds and files', () => {
  const files = [
    file('dist/cdn/micropath.js', 900),
    file('dist/cdn/micropath.js.map', 700),
    file('dist/cdn/chunks/a-abc12345.js.map', 400),
    file('dist/adapters.js', 300),
    file('README.md', 50),
  ];
  const under = packageReport({ size: 600, unpackedSize: 2350, files }, 3000);
  assert.equal(under.ok, true);
  assert.deepEqual(
    under.kinds.map((k: { kind: string; bytes: number; count: number }) => [
      k.kind,
      k.bytes,
      k.count,
    ]),
    [
      ['source maps of CDN files', 1100, 2],
      ['CDN files (dist/cdn)', 900, 1],
      ['npm modules (dist)', 300, 1],
      ['other (README, LICENSE)', 50, 1],
    ],
  );
  assert.doesNotMatch(formatPackageReport(under), /largest files/);

  const over = packageReport({ size: 600, unpackedSize: 3000, files }, 3000, 2);
  assert.equal(over.ok, false, 'the limit itself is over');
  const text = formatPackageReport(over);
  assert.match(text, /0\.00 MB unpacked .* OVER/);
  assert.match(text, /source maps of CDN files +1\.1 kB +2 files/);
  assert.match(
    text,
    /largest files:\n {2}dist\/cdn\/micropath\.js +0\.9 kB\n {2}dist\/cdn\/micropath\.js\.map/,
  );
  assert.doesNotMatch(text, /a-abc12345/, 'only the two largest files');
});
