// Issuing: VC-JWTs that verify with the published key, a signed status list that flips on
// revocation, hosted OB 2.0 assertions that answer 410 once revoked, and the admin routes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import {
  claimsOf,
  credentialDocument,
  matchSkills,
  toRequirement,
} from '../../../packages/micropath/src/adapters/index.ts';
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

/** Issues through the admin route: an OB 3.0 credential for Mo unless `over` says otherwise. */
const issue = (over: Record<string, unknown> = {}) =>
  server.json(
    '/api/admin/credentials',
    postJson(
      {
        format: 'ob3',
        achievementId: 'sql',
        holder: 'mo',
        recipient: { email: 'mo@example.org' },
        ...over,
      },
      admin,
    ),
  );

async function verified(jwt: string) {
  const keys = createLocalJWKSet((await server.json('/.well-known/jwks.json')).body);
  return (await jwtVerify(jwt, keys)).payload as Record<string, any>;
}

async function revokedBit(index: number) {
  const list = await (await server.call('/api/issuers/college/status-list')).text();
  const claims = await verified(list);
  const encoded: string = claims.credentialSubject.encodedList;
  const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
  assert.ok(bits.length >= 16_384, 'the list is smaller than 16 KiB');
  return ((bits[index >> 3]! >> (7 - (index & 7))) & 1) === 1;
}

test('an OB 3.0 credential verifies with the published key and points at live documents', async () => {
  const jwt = await (await server.call('/api/credentials/lee-sql-3')).text();
  const claims = await verified(jwt);
  assert.deepEqual(claims.type, ['VerifiableCredential', 'OpenBadgeCredential']);
  assert.equal(claims.iss, claims.issuer.id);
  assert.equal(claims.jti, `${server.url}/api/credentials/lee-sql-3`);
  // Every URL in it resolves.
  for (const url of [claims.issuer.id, claims.credentialSubject.achievement.id]) {
    assert.equal((await fetch(url)).status, 200, url);
  }
  assert.equal(claims.credentialStatus.type, 'BitstringStatusListEntry');
  assert.equal((await fetch(claims.credentialStatus.statusListCredential)).status, 200);
  // The recipient is a salted hash, not the address itself.
  assert.ok(
    !jwt.includes('lee@example.org') && !JSON.stringify(claims).includes('lee@example.org'),
  );
});

test('revoking through the admin route sets the credential’s bit in the signed list', async () => {
  const issued = await issue();
  assert.equal(issued.status, 201);
  assert.equal(issued.headers.get('location'), issued.body.url);
  const claims = decodeJwt(issued.body.credential) as {
    credentialStatus: { statusListIndex: string };
  };
  const index = Number(claims.credentialStatus.statusListIndex);
  assert.equal(await revokedBit(index), false);
  const revoke = await server.call(
    `/api/admin/credentials/${issued.body.id}/revoke`,
    postJson({ reason: 'Issued to the wrong person' }, admin),
  );
  assert.equal(revoke.status, 204);
  assert.equal(await revokedBit(index), true);
  assert.equal(await revokedBit(index + 1), false);
});

test('a hosted OB 2.0 assertion resolves, with its badge and issuer, and answers 410 once revoked', async () => {
  const assertion = (await server.json('/api/credentials/lee-sql-2')).body;
  const hosted = await server.json(new URL(assertion.id).pathname);
  assert.equal(hosted.status, 200);
  assert.deepEqual(hosted.body, assertion);
  const badge = (await server.json(new URL(assertion.badge).pathname)).body;
  assert.equal(badge.type, 'BadgeClass');
  const issuer = (await server.json(new URL(badge.issuer).pathname)).body;
  assert.equal(issuer.type, 'Issuer');
  assert.equal(issuer.url, 'https://college.example.edu');

  await server.call(
    '/api/admin/credentials/lee-sql-2/revoke',
    postJson({ reason: 'Exam retaken' }, admin),
  );
  const gone = await server.json(new URL(assertion.id).pathname);
  assert.equal(gone.status, 410);
  assert.deepEqual(
    { revoked: gone.body.revoked, reason: gone.body.revocationReason },
    { revoked: true, reason: 'Exam retaken' },
  );
});

test('issuing checks its input and never reuses an id', async () => {
  const bad = await issue({ format: 'ob4', recipient: { email: 'nope' } });
  assert.equal(bad.status, 422);
  assert.deepEqual(Object.keys(bad.body.error.fields).sort(), ['format', 'recipient.email']);
  const again = await issue({ id: 'lee-sql-3' });
  assert.equal(again.status, 409);
  const unknown = await issue({ achievementId: 'nope' });
  assert.equal(unknown.status, 404);
});

test('rotating the signing key: new credentials use the new key, old ones keep verifying', async () => {
  const before = (await issue()).body.credential as string;
  const oldKid = (
    JSON.parse(Buffer.from(before.split('.')[0]!, 'base64url').toString()) as { kid: string }
  ).kid;
  assert.equal((await server.json('/api/admin/keys/rotate', postJson({}))).status, 401);
  const rotated = await server.json('/api/admin/keys/rotate', postJson({}, admin));
  assert.equal(rotated.status, 201);
  assert.notEqual(rotated.body.kid, oldKid);

  const after = (await issue()).body.credential as string;
  const newKid = (
    JSON.parse(Buffer.from(after.split('.')[0]!, 'base64url').toString()) as { kid: string }
  ).kid;
  assert.equal(newKid, rotated.body.kid, 'signed with the new key');
  const jwks = (await server.json('/.well-known/jwks.json')).body;
  assert.deepEqual(
    jwks.keys.map((k: { kid: string }) => k.kid),
    [newKid, oldKid],
    'both published, newest first',
  );
  // Both verify against the published set, as <credential-badge> checks them.
  assert.equal((await verified(before)).iss, (await verified(after)).iss);
  // The status list is signed with the new key and still reads.
  assert.equal(await revokedBit(0), false);
});

test('an achievement’s skills are stated as ESCO alignments (OB 3.0 and OB 2.0) or tags, and the matcher reads them', async () => {
  const SQL = 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742';
  const esco = {
    targetName: 'SQL',
    targetUrl: SQL,
    targetCode: '598de5b0-5b58-4ea7-8058-a4bc4d18c742',
    targetFramework: 'ESCO',
    targetType: 'ext:EscoSkill',
  };
  const jwt = await (await server.call('/api/credentials/lee-sql-3')).text();
  const achievement = (await verified(jwt)).credentialSubject.achievement;
  assert.deepEqual(achievement.alignment, [{ type: ['Alignment'], ...esco }]);
  assert.deepEqual(achievement.tag, ['Query tuning']);
  const badge = (await server.json('/api/achievements/sql')).body;
  // OB 2.0's AlignmentObject has no targetType.
  const ob2 = { ...esco } as Partial<typeof esco>;
  delete ob2.targetType;
  assert.deepEqual(badge.alignment, [ob2]);
  assert.deepEqual(badge.tags, ['Query tuning']);

  const claims = claimsOf(credentialDocument(jwt));
  const report = matchSkills(
    [
      toRequirement({
        label: 'Structured queries',
        id: `https://data.europa.eu/esco/skill/${esco.targetCode}/`,
      }),
      toRequirement('query tuning'),
    ],
    [{ credentialId: 'lee-sql-3', verdict: 'verified', bound: true, claims }],
  );
  assert.deepEqual(
    report.requirements.map((r) => [r.status, r.via, r.path]),
    [
      ['met', 'uri', 'credentialSubject.achievement.alignment[0]'],
      ['met', 'label', 'credentialSubject.achievement.tag[0]'],
    ],
  );
});
