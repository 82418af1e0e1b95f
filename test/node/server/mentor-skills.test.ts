// `GET /mentors?skill=`: mentors who cover a skill, named by concept URI (any of the ways one
// ESCO concept is written) or by label, repeatable, those covering more first; answered from
// SQL on PGlite and on PostgreSQL alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_TOKEN, alwaysFree, storages, testServer } from '../../support/server-harness.ts';

const UUID = '598de5b0-5b58-4ea7-8058-a4bc4d18c742';
const SQL = `http://data.europa.eu/esco/skill/${UUID}`;
const VISUAL = 'http://data.europa.eu/esco/skill/c3e36d05-8ae8-447f-bb2b-6f9409f85389';

const put = (server: Awaited<ReturnType<typeof testServer>>, mentor: object) =>
  server.call(`/api/admin/mentors/${(mentor as { id: string }).id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify(mentor),
  });

for (const storage of storages) {
  test(`GET /mentors?skill= by URI variants and label (${storage})`, async () => {
    const server = await testServer({ storage });
    try {
      // The seed's "ana" has the expertise "SQL" (a label); "nadia" names the concepts.
      const nadia = {
        ...alwaysFree,
        id: 'nadia',
        name: 'Nadia Amari',
        expertise: [],
        skills: [
          { label: 'SQL', id: SQL, framework: 'ESCO' },
          // By framework and code alone: the same ESCO concept as its URI.
          {
            label: 'deliver visual presentation of data',
            framework: 'ESCO',
            code: VISUAL.slice(-36),
          },
        ],
      };
      assert.equal((await put(server, nadia)).status, 200);
      const ids = async (query: string) => {
        const { status, body } = await server.json(`/api/mentors?${query}`);
        assert.equal(status, 200, query);
        return (body as { id: string }[]).map((m) => m.id);
      };
      for (const uri of [
        SQL,
        `https://data.europa.eu/esco/skill/${UUID}/`,
        UUID,
        `https://esco.ec.europa.eu/en/classification/skill?uri=${encodeURIComponent(SQL)}`,
      ])
        assert.deepEqual(await ids(`skill=${encodeURIComponent(uri)}`), ['nadia'], uri);
      // By label: the expertise and the skill's label alike, without case or plural.
      assert.deepEqual(await ids('skill=sql'), ['ana', 'nadia']);
      assert.deepEqual(await ids(`skill=${encodeURIComponent(VISUAL)}`), ['nadia']);
      // Repeatable: anyone covering one, those covering more first.
      assert.deepEqual(await ids(`skill=${encodeURIComponent(VISUAL)}&skill=SQL`), [
        'nadia',
        'ana',
      ]);
      assert.deepEqual(await ids('skill=Rust'), []);
      assert.deepEqual(await ids('skill=SQL&expertise=SQL'), ['ana']);
      const { body } = await server.json(`/api/mentors?skill=${UUID}`);
      assert.deepEqual(body[0].skills[0], { label: 'SQL', id: SQL, framework: 'ESCO' });
    } finally {
      await server.close();
    }
  });
}
