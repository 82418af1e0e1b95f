// The memory adapter in Node (seeding a server, prototypes): availability relies on Intl's
// time-zone data, which Node ships in full.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryAdapter } from '../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import { mentors } from '../support/mentors.ts';

test('computes the same slots in Node as in the browser, across a DST change', async () => {
  const adapter = createMemoryAdapter({ mentors, now: () => Date.UTC(2026, 9, 1) });
  const slots = await adapter.getAvailability(
    {
      mentorId: 'ana',
      sessionTypeId: 'review',
      from: '2026-10-23T00:00:00Z',
      to: '2026-10-27T00:00:00Z',
      timeZone: 'America/Sao_Paulo',
    },
    { signal: new AbortController().signal, locale: 'pt' },
  );
  assert.deepEqual(
    slots.map((s) => s.start),
    [
      '2026-10-23T04:00:00-03:00',
      '2026-10-23T05:00:00-03:00',
      '2026-10-23T06:00:00-03:00',
      '2026-10-26T05:00:00-03:00',
      '2026-10-26T06:00:00-03:00',
      '2026-10-26T07:00:00-03:00',
    ],
  );
});
