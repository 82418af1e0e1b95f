/**
 * Values inside translated sentences are isolated only when they hold letters written the
 * other way from the sentence (core/bidi.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isolate } from '../../packages/micropath/src/core/bidi.ts';

const FSI = '\u2068';
const PDI = '\u2069';

test('a Latin name in a right-to-left sentence is isolated; an Arabic one is not', () => {
  assert.equal(isolate('Academy C++', true), `${FSI}Academy C++${PDI}`);
  assert.equal(isolate('https://example.org/', true), `${FSI}https://example.org/${PDI}`);
  assert.equal(isolate('كلية المجتمع', true), 'كلية المجتمع');
});

test('an Arabic or Hebrew name in a left-to-right sentence is isolated; a Latin one is not', () => {
  assert.equal(isolate('كلية المجتمع 2', false), `${FSI}كلية المجتمع 2${PDI}`);
  assert.equal(isolate('מכללה', false), `${FSI}מכללה${PDI}`);
  assert.equal(isolate('Academy C++', false), 'Academy C++');
  assert.equal(isolate('東京アカデミー', false), '東京アカデミー');
});

test('numbers and punctuation alone are left as they are', () => {
  assert.equal(isolate('12.5', true), '12.5');
  assert.equal(isolate('3 / 5', false), '3 / 5');
});
