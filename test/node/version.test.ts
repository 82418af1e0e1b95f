import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { VERSION } from '../../packages/micropath/src/core/version.ts';

test('the kit reports the version of its package.json', () => {
  const pkg = JSON.parse(readFileSync('packages/micropath/package.json', 'utf8')) as {
    version: string;
  };
  assert.equal(VERSION, pkg.version);
});
