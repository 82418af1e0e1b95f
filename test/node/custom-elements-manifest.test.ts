// The committed custom-elements.json feeds Storybook's controls and editors' completions:
// it must match the source. Regenerate with `npm run analyze`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

test('custom-elements.json is up to date with the source', () => {
  // The analyzer resolves --outdir against its working directory, even an absolute one.
  const out = '../../node_modules/.cache/cem-check';
  rmSync(join('packages/micropath', out), { recursive: true, force: true });
  const pkg = JSON.parse(readFileSync('packages/micropath/package.json', 'utf8')) as {
    customElements: string;
  };
  execFileSync(join(process.cwd(), 'node_modules/.bin/cem'), ['analyze', '--outdir', out], {
    cwd: 'packages/micropath',
    stdio: 'pipe',
  });
  const fresh = JSON.parse(
    readFileSync(join('packages/micropath', out, 'custom-elements.json'), 'utf8'),
  ) as unknown;
  // The package points tools at the copy its build writes from the committed file.
  assert.equal(pkg.customElements, 'dist/custom-elements.json');
  const committed = JSON.parse(
    readFileSync('packages/micropath/custom-elements.json', 'utf8'),
  ) as unknown;
  // The analyzer lists modules in the file system's glob order, which differs between
  // checkouts: compare them by path.
  const byPath = (manifest: unknown) => {
    const { modules, ...rest } = manifest as { modules: { path: string }[] };
    return { ...rest, modules: [...modules].sort((a, b) => a.path.localeCompare(b.path)) };
  };
  assert.deepEqual(
    byPath(committed),
    byPath(fresh),
    'custom-elements.json is stale: run `npm run analyze`',
  );
});

test('the manifest documents the provider element with its attributes', () => {
  const manifest = JSON.parse(readFileSync('packages/micropath/custom-elements.json', 'utf8')) as {
    modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
  };
  const provider = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'micropath-provider');
  assert.ok(provider, 'micropath-provider is missing');
  assert.deepEqual(provider.attributes?.map((a) => a.name).sort(), ['locale', 'time-zone']);
});

test('the shipped manifest keeps every element and its base class, and nothing else', async () => {
  // @ts-expect-error: a plain ES module script without types
  const { shippedManifest } = (await import('../../scripts/shipped-manifest.mjs')) as {
    shippedManifest: (m: unknown) => { modules: Manifest['modules'] };
  };
  const full = JSON.parse(
    readFileSync('packages/micropath/custom-elements.json', 'utf8'),
  ) as Manifest;
  const shipped = shippedManifest(full);
  const tags = (m: { modules: Manifest['modules'] }) =>
    m.modules.flatMap((mod) =>
      (mod.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])),
    );
  assert.deepEqual(tags(shipped).sort(), tags(full).sort());
  const paths = shipped.modules.map((m) => m.path);
  assert.ok(paths.includes('src/core/base-element.ts'), 'the elements’ base class is kept');
  assert.ok(!paths.includes('src/core/skills/match.ts'), 'the kit’s other modules are left out');
  assert.ok(JSON.stringify(shipped).length < JSON.stringify(full).length / 3);
});

interface Manifest {
  modules: { path: string; declarations?: { tagName?: string }[] }[];
}
