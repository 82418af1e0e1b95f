/**
 * Every UI language is complete: each locale's XLIFF file holds every message the sources
 * define (the same set a fresh `lit-localize extract` finds), each with a target, and every
 * target keeps its source's placeholders (`<x id=… equiv-text=…/>`: values, and for `html`
 * messages the markup around them), none lost, none added, none changed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const kit = resolve('packages/micropath');
const config = JSON.parse(readFileSync(join(kit, 'lit-localize.json'), 'utf8')) as {
  targetLocales: string[];
  inputFiles: string[];
};

interface Unit {
  id: string;
  source: string;
  target: string | undefined;
}

/** The trans-units of an XLIFF 1.2 file as lit-localize writes it. */
export function readUnits(xliff: string): Unit[] {
  const units: Unit[] = [];
  for (const match of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const body = match[2]!;
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    assert.ok(source !== undefined, `${match[1]} has no source`);
    units.push({ id: match[1]!, source, target });
  }
  return units;
}

/**
 * A message's placeholders, sorted: their order may change with the language's word order. A
 * value's `equiv-text` only names the expression (one message used in two places has two
 * names), so a value is its id; markup (`html` messages) is compared whole.
 */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/<x id="(\d+)" equiv-text="([^"]*)"\/>/g)]
    .map(([whole, id, equiv]) => (/^\$\{[^}]*\}$/.test(equiv!) ? `<x id="${id}"/>` : whole))
    .sort();
}

/** What is wrong with one locale's units, one line per problem. */
export function problems(units: readonly Unit[]): string[] {
  const found: string[] = [];
  for (const unit of units) {
    if (!unit.target?.trim()) found.push(`${unit.id}: no target`);
    else if (placeholders(unit.source).join() !== placeholders(unit.target).join())
      found.push(`${unit.id}: placeholders differ from the source`);
  }
  return found;
}

test('the check finds a missing target and a changed, lost or added placeholder', () => {
  const x0 = '<x id="0" equiv-text="${count}"/>';
  const x1 = '<x id="1" equiv-text="${name}"/>';
  const units: Unit[] = [
    { id: 'ok', source: `${x0} openings at ${x1}`, target: `${x1} : ${x0} offres` },
    { id: 'missing', source: 'Close', target: undefined },
    { id: 'empty', source: 'Close', target: '  ' },
    { id: 'lost', source: `${x0} openings`, target: 'offres' },
    { id: 'added', source: 'Close', target: `Fermer ${x0}` },
    { id: 'renamed', source: `${x0} openings`, target: '<x id="0" equiv-text="${n}"/> offres' },
    { id: 'changed', source: `${x0} openings`, target: '<x id="1" equiv-text="${count}"/> offres' },
    {
      id: 'markup',
      source: `<x id="0" equiv-text="&lt;b&gt;"/>Close`,
      target: `<x id="0" equiv-text="&lt;i&gt;"/>Fermer`,
    },
  ];
  assert.deepEqual(problems(units), [
    'missing: no target',
    'empty: no target',
    'lost: placeholders differ from the source',
    'added: placeholders differ from the source',
    'changed: placeholders differ from the source',
    'markup: placeholders differ from the source',
  ]);
});

test('the kit ships en and es, de, fr, pt-BR, ar, ja', () => {
  assert.deepEqual([...config.targetLocales].sort(), ['ar', 'de', 'es', 'fr', 'ja', 'pt-BR']);
  const files = readdirSync(join(kit, 'xliff')).sort();
  assert.deepEqual(files, config.targetLocales.map((locale) => `${locale}.xlf`).sort());
});

test('every locale translates every message the sources define, placeholders intact', () => {
  // A fresh extraction into a scratch folder: the messages the code has now.
  const scratch = mkdtempSync(join(tmpdir(), 'micropath-xliff-'));
  try {
    const scratchConfig = join(scratch, 'lit-localize.json');
    writeFileSync(
      scratchConfig,
      JSON.stringify({
        ...config,
        $schema: undefined,
        inputFiles: config.inputFiles.map((glob) => join(kit, glob)),
        tsConfig: join(kit, 'tsconfig.build.json'),
        output: { mode: 'runtime', outputDir: join(scratch, 'out'), language: 'ts' },
        interchange: { format: 'xliff', xliffDir: join(scratch, 'xliff') },
      }),
    );
    const run = spawnSync(
      process.execPath,
      [
        resolve('node_modules/@lit/localize-tools/bin/lit-localize.js'),
        'extract',
        '--config',
        scratchConfig,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr || run.stdout);
    for (const locale of config.targetLocales) {
      const fresh = readUnits(readFileSync(join(scratch, 'xliff', `${locale}.xlf`), 'utf8'));
      const units = readUnits(readFileSync(join(kit, 'xliff', `${locale}.xlf`), 'utf8'));
      assert.ok(fresh.length > 400, `only ${fresh.length} messages extracted`);
      const have = new Map(units.map((unit) => [unit.id, unit]));
      const missing = fresh.filter((unit) => have.get(unit.id)?.source !== unit.source);
      assert.deepEqual(
        missing.map((unit) => unit.id),
        [],
        `${locale}.xlf lacks messages: run lit-localize extract and translate them`,
      );
      assert.deepEqual(problems(units), [], `${locale}.xlf`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
