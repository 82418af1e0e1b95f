// The framework type tests (test/types/*, type-checked by `npm run typecheck:templates`) must
// use every attribute, settable property and event the manifest documents, so that a new one
// cannot go untyped: this compares each template with custom-elements.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  members?: { name: string; kind: string; readonly?: boolean; static?: boolean }[];
  events?: { name: string }[];
}
const manifest = JSON.parse(readFileSync('packages/micropath/custom-elements.json', 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d): d is Declaration & { tagName: string } => Boolean(d.tagName));

const templates = {
  react: 'test/types/react/templates.tsx',
  vue: 'test/types/vue/Templates.vue',
  svelte: 'test/types/svelte/Templates.svelte',
};

for (const [framework, file] of Object.entries(templates)) {
  test(`the ${framework} template uses every element, attribute, property and event`, () => {
    const text = readFileSync(file, 'utf8');
    const missing: string[] = [];
    for (const element of elements) {
      const start = text.search(new RegExp(`<${element.tagName}\\s`));
      assert.ok(start >= 0, `<${element.tagName}> is not in ${file}`);
      // The opening tag ends at a line ending in `>` (not an arrow's `=>`) or at `/>`.
      const end = text.slice(start).search(/[^=]>\n|\n\s*\/>/);
      const tag = text.slice(start, start + end + 3);
      const has = (pattern: RegExp) => pattern.test(tag);
      for (const { name } of element.attributes ?? [])
        if (!has(new RegExp(`[\\s:]${name}[=\\s/>]`))) missing.push(`${element.tagName} ${name}`);
      const settable = (element.members ?? []).filter(
        (m) => m.kind === 'field' && !m.readonly && !m.static,
      );
      const attributeFields = new Set(
        (element.attributes ?? []).map((a) =>
          a.name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
        ),
      );
      for (const { name } of settable.filter((m) => !attributeFields.has(m.name)))
        if (!has(new RegExp(`[\\s:{]${name}[=}\\s]`))) missing.push(`${element.tagName} .${name}`);
      for (const { name } of element.events ?? [])
        if (!has(new RegExp(`(on|@)${name}=`))) missing.push(`${element.tagName} @${name}`);
    }
    assert.deepEqual(missing, [], `${file} leaves out: ${missing.join(', ')}`);
  });
}
