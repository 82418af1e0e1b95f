// The answers a server process keeps (store/search-cache.ts): by the database's search
// generation, the least recently used leaving first, and under a key that is the same for
// queries the search answers alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ListingQuery } from '../../../packages/micropath/src/adapters/index.ts';
import { SearchCache, searchKey } from '../../../packages/server/src/store/search-cache.ts';

const answer = (id: string) => ({
  ids: [id],
  total: 1,
  counted: { kind: [], skill: [], workplace: [], location: [], paid: [] },
});

test('answers of one generation; a newer one drops them, an older one is not kept', () => {
  const cache = new SearchCache(10);
  cache.set('7', 'a', answer('x'));
  assert.deepEqual(cache.get('7', 'a')?.ids, ['x']);
  assert.equal(cache.get('8', 'a'), undefined);
  cache.set('8', 'b', answer('y'));
  assert.equal(cache.get('7', 'a'), undefined);
  // Computed by a search that read the generation before the last write: not kept.
  cache.set('7', 'a', answer('stale'));
  assert.equal(cache.get('8', 'a'), undefined);
  assert.equal(cache.get('7', 'a'), undefined);
  // Generations compare as numbers, not as text.
  cache.set('10', 'c', answer('z'));
  assert.deepEqual(cache.get('10', 'c')?.ids, ['z']);
});

test('at most `size` answers, the least recently used leaving first; 0 keeps none', () => {
  const cache = new SearchCache(2);
  cache.set('1', 'a', answer('a'));
  cache.set('1', 'b', answer('b'));
  cache.get('1', 'a');
  cache.set('1', 'c', answer('c'));
  assert.ok(cache.get('1', 'a'));
  assert.equal(cache.get('1', 'b'), undefined);
  assert.ok(cache.get('1', 'c'));
  const none = new SearchCache(0);
  none.set('1', 'a', answer('a'));
  assert.equal(none.get('1', 'a'), undefined);
});

test('one key for queries answered alike, another where the answer differs', () => {
  const now = Date.UTC(2026, 10, 20, 12, 0, 30);
  const key = (query: ListingQuery, at = now) => searchKey(query, at);
  // Term order, case and accents, filter order and repeats, paging: the same answer.
  assert.equal(
    key({ q: 'Café data', skill: ['SQL', 'Figma'], cursor: '20', limit: 20 }),
    key({ q: 'DATA cafe', skill: ['figma', 'sql', 'SQL'] }),
  );
  assert.equal(key({ paid: false }), key({}));
  const others: ListingQuery[] = [
    { q: 'data' },
    { kind: ['internship'] },
    { location: ['Berlin, Germany'] },
    { workplace: ['remote'] },
    { paid: true },
    { maxWeeks: 6 },
    { sort: 'newest' },
  ];
  for (const other of others) assert.notEqual(key(other), key({}), JSON.stringify(other));
  // Which deadlines have passed changes with the time: the deadline sort is kept a minute.
  assert.equal(key({ sort: 'deadline' }), key({ sort: 'deadline' }, now + 20_000));
  assert.notEqual(key({ sort: 'deadline' }), key({ sort: 'deadline' }, now + 40_000));
  assert.equal(key({ sort: 'newest' }), key({ sort: 'newest' }, now + 86_400_000));
});
