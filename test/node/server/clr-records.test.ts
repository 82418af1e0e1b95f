// A holder's CLR 2.0 record: the admin route signs a ClrCredential holding the holder's Open
// Badges 3.0 credentials as issued, with the associations their achievements state between
// one another (only those whose target the holder holds too).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createLocalJWKSet, jwtVerify } from 'jose';
import {
  ADMIN_TOKEN,
  postJson,
  testServer,
  type TestServer,
} from '../../support/server-harness.ts';

let server: TestServer;
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

before(async () => (server = await testServer()));
after(() => server.close());

const put = (path: string, body: unknown) =>
  server.json(path, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...admin },
    body: JSON.stringify(body),
  });

const achievement = (id: string, associations: unknown[] = []) =>
  put(`/api/admin/achievements/${id}`, {
    issuerId: 'college',
    name: id,
    description: `The ${id} step.`,
    criteria: 'Completed it.',
    associations,
  });

const issue = (achievementId: string, format = 'ob3') =>
  server.json(
    '/api/admin/credentials',
    postJson(
      { format, achievementId, holder: 'pat', recipient: { email: 'pat@example.org' } },
      admin,
    ),
  );

async function verified(jwt: string) {
  const keys = createLocalJWKSet((await server.json('/.well-known/jwks.json')).body);
  return (await jwtVerify(jwt, keys)).payload as Record<string, any>;
}

test('a holder’s record holds their OB 3.0 credentials, signed, with the associations among them', async () => {
  assert.equal((await achievement('pw-cert')).status, 200);
  assert.equal(
    (
      await achievement('pw-sql', [
        { associationType: 'precedes', targetId: 'pw-viz' },
        { associationType: 'isPartOf', targetId: 'pw-cert' },
        // The holder holds nothing of this one: the record does not state it.
        { associationType: 'isPartOf', targetId: 'pw-elsewhere' },
      ])
    ).status,
    200,
  );
  assert.equal(
    (await achievement('pw-viz', [{ associationType: 'isPartOf', targetId: 'pw-cert' }])).status,
    200,
  );
  const issued = [];
  for (const id of ['pw-sql', 'pw-viz', 'pw-cert']) issued.push((await issue(id)).body.credential);
  assert.equal((await issue('pw-sql', 'ob2')).status, 201); // not a VC: not in the record

  const res = await server.json(
    '/api/admin/holders/pat/clr',
    postJson({ issuerId: 'college', name: 'Pat’s learner record' }, admin),
  );
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const record = await verified(res.body.credential);
  assert.deepEqual(record.type, ['VerifiableCredential', 'ClrCredential']);
  assert.ok(
    record['@context'].includes('https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json'),
  );
  assert.equal(record.name, 'Pat’s learner record');
  assert.equal(record.iss, record.issuer.id);
  const subject = record.credentialSubject;
  assert.deepEqual(subject.type, ['ClrSubject']);
  // Each held credential is the one issued, and verifies on its own.
  assert.deepEqual(subject.verifiableCredential, issued);
  for (const jwt of subject.verifiableCredential) await verified(jwt);
  const at = (id: string) => `${server.url}/api/achievements/${id}`;
  assert.deepEqual(
    subject.achievement.map((a: { id: string }) => a.id),
    ['pw-sql', 'pw-viz', 'pw-cert'].map(at),
  );
  assert.deepEqual(subject.association, [
    {
      type: 'Association',
      associationType: 'precedes',
      sourceId: at('pw-sql'),
      targetId: at('pw-viz'),
    },
    {
      type: 'Association',
      associationType: 'isPartOf',
      sourceId: at('pw-sql'),
      targetId: at('pw-cert'),
    },
    {
      type: 'Association',
      associationType: 'isPartOf',
      sourceId: at('pw-viz'),
      targetId: at('pw-cert'),
    },
  ]);
});

test('a record is for admins, of a holder with OB 3.0 credentials, from a known issuer', async () => {
  const body = { issuerId: 'college' };
  assert.equal((await server.json('/api/admin/holders/pat/clr', postJson(body))).status, 401);
  assert.equal(
    (await server.json('/api/admin/holders/nobody-here/clr', postJson(body, admin))).status,
    404,
  );
  assert.equal(
    (await server.json('/api/admin/holders/pat/clr', postJson({ issuerId: 'nope' }, admin))).status,
    404,
  );
  assert.equal(
    (await server.json('/api/admin/holders/pat/clr', postJson({ issuer: 'college' }, admin)))
      .status,
    422,
  );
  const bad = await achievement('pw-bad', [{ associationType: 'isCousinOf', targetId: 'pw-sql' }]);
  assert.equal(bad.status, 422);
});
