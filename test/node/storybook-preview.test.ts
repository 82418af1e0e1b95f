import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// The preview cannot load outside Storybook; its toolbar's parts are tested in the browser
// (test/browser/storybook-toolbar.test.ts). Here: every story gets them.
test("Storybook's preview puts the language and direction menus on every story", () => {
  const preview = readFileSync('.storybook/preview.ts', 'utf8');
  assert.match(preview, /globalTypes: localeGlobalTypes/);
  assert.match(preview, /initialGlobals: localeInitialGlobals/);
  assert.match(preview, /decorators: \[withLocale\]/);
});
