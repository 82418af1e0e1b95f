// Credentials sent with an application: the server verifies each one again with the badge's
// own verifier, binds it to the applicant by the e-mail they gave, matches it with the
// listing's skills, and stores and reports what it found. Nothing the page says is taken on
// its word, and a credential that does not verify or is someone else's counts for nothing.
// Lookups a credential asks for never reach a private address.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  ADMIN_TOKEN,
  postJson,
  testServer,
  type TestServer,
} from '../../support/server-harness.ts';
import { emailIdentifier, signedCredential } from '../../support/sign-credential.ts';
import {
  isPrivateAddress,
  lookupFetch,
} from '../../../packages/server/src/credentials/lookup-fetch.ts';

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

let server: TestServer;
let jwt: string;
let assertion: Record<string, unknown>;

before(async () => {
  server = await testServer({
    notifyEmail: 'team@example.org',
    webhookUrl: 'http://127.0.0.1:9/hooks',
    webhookSecret: 'a-webhook-secret-of-some-length',
    deliveryIntervalMs: 60_000,
  });
  const put = await server.json('/api/admin/listings/data-apprentice', {
    method: 'PUT',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Data apprentice',
      organization: { name: 'Northwind' },
      skills: [
        {
          label: 'Structured Query Language',
          id: `https://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742/`,
        },
        'Python',
        { label: 'Query tuning', importance: 'preferred' },
      ],
    }),
  });
  assert.equal(put.status, 200, JSON.stringify(put.body));
  jwt = await (await server.call('/api/credentials/lee-sql-3')).text();
  assertion = (await server.json('/api/credentials/lee-sql-2')).body;
});
after(() => server.close());

const apply = (body: Record<string, unknown>) =>
  server.json(
    '/api/listings/data-apprentice/applications',
    postJson({ name: 'Lee', email: 'lee@example.org', consent: true, ...body }),
  );

describe('credentials with an application', () => {
  test('verified and the applicant’s: the listing’s skills they show, with where, in the receipt', async () => {
    const { status, body } = await apply({ credentials: [jwt, assertion] });
    assert.equal(status, 201, JSON.stringify(body));
    assert.deepEqual(
      body.credentials.map((c: Record<string, unknown>) => [c.name, c.verdict, c.bound]),
      [
        ['SQL Basics', 'verified', true],
        ['SQL Basics', 'verified', true],
      ],
    );
    assert.deepEqual(body.skills.required, { met: 1, total: 2 });
    const [sql, python, tuning] = body.skills.requirements;
    assert.equal(sql.status, 'met');
    assert.equal(sql.via, 'uri');
    assert.equal(sql.path, 'credentialSubject.achievement.alignment[0]');
    assert.equal(python.status, 'missing');
    assert.equal(python.credentialId, undefined);
    assert.deepEqual([tuning.status, tuning.via, tuning.importance], ['met', 'label', 'preferred']);
  });

  test('someone else’s credential is reported, not counted', async () => {
    const { body } = await apply({ email: 'mo@example.org', credentials: [jwt] });
    assert.deepEqual([body.credentials[0].verdict, body.credentials[0].bound], ['verified', false]);
    assert.deepEqual(body.skills.required, { met: 0, total: 2 });
    // Named as the evidence that did not count.
    assert.equal(body.skills.requirements[0].status, 'missing');
    assert.equal(body.skills.requirements[0].bound, false);
  });

  test('a tampered credential is invalid and counts for nothing, whatever the page said', async () => {
    const [h, p, s] = jwt.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    claims.credentialSubject.achievement.alignment[0].targetName = 'Python';
    claims.credentialSubject.achievement.alignment[0].targetUrl = 'https://example.org/python';
    const forged = [h, Buffer.from(JSON.stringify(claims)).toString('base64url'), s].join('.');
    const { body } = await apply({ credentials: [forged, { not: 'a credential' }] });
    assert.deepEqual(
      body.credentials.map((c: Record<string, unknown>) => c.verdict),
      ['invalid', 'invalid'],
    );
    assert.deepEqual(body.skills.required, { met: 0, total: 2 });
    assert.equal(body.skills.requirements[1].status, 'missing');
  });

  test('a CLR 2.0 envelope: each credential it holds verified on its own, listed within it', async () => {
    const [h, p, s] = jwt.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    claims.credentialSubject.achievement.alignment[0].targetName = 'Python';
    claims.credentialSubject.achievement.alignment[0].targetUrl = 'https://example.org/python';
    const forged = [h, Buffer.from(JSON.stringify(claims)).toString('base64url'), s].join('.');
    const envelope = await signedCredential(
      {
        id: 'urn:uuid:lee-record',
        type: ['VerifiableCredential', 'ClrCredential'],
        name: 'Lee’s learner record',
        credentialSubject: {
          type: ['ClrSubject'],
          identifier: await emailIdentifier('lee@example.org'),
          verifiableCredential: [jwt, forged],
        },
      },
      { issuerName: 'Northwind Registry' },
    );
    const { status, body } = await apply({
      credentials: [envelope.jws],
      credentialVerdicts: ['verified'],
    });
    assert.equal(status, 201, JSON.stringify(body));
    assert.deepEqual(
      body.credentials.map((c: Record<string, unknown>) => [
        c.name,
        c.verdict,
        c.bound,
        c.within,
        c.pageVerdict,
      ]),
      [
        ['Lee’s learner record', 'verified', true, undefined, 'verified'],
        ['SQL Basics', 'verified', true, 'urn:uuid:lee-record', undefined],
        ['SQL Basics', 'invalid', true, 'urn:uuid:lee-record', undefined],
      ],
    );
    assert.deepEqual(body.skills.required, { met: 1, total: 2 });
    const [sql, python] = body.skills.requirements;
    assert.deepEqual(
      [sql.status, sql.credentialId, sql.path],
      [
        'met',
        body.credentials[1].credentialId,
        'credentialSubject.verifiableCredential[0].credentialSubject.achievement.alignment[0]',
      ],
    );
    // The changed copy is named as what did not count, never as the evidence of a met skill.
    assert.deepEqual(
      [python.status, python.credentialId, python.verdict],
      ['missing', body.credentials[2].credentialId, 'invalid'],
    );
  });

  test('a credential the page called verified and the server did not is flagged, not believed', async () => {
    const [h, p, s] = jwt.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    claims.credentialSubject.achievement.name = 'SQL Mastery';
    const forged = [h, Buffer.from(JSON.stringify(claims)).toString('base64url'), s].join('.');
    const { status, body } = await apply({
      credentials: [jwt, forged],
      credentialVerdicts: ['verified', 'verified'],
    });
    assert.equal(status, 201, JSON.stringify(body));
    assert.deepEqual(
      body.credentials.map((c: Record<string, unknown>) => [c.verdict, c.pageVerdict, c.disputed]),
      [
        ['verified', 'verified', undefined],
        ['invalid', 'verified', true],
      ],
    );
    const { body: reads } = await server.json('/api/admin/listings/data-apprentice/applications', {
      headers: admin,
    });
    const row = reads.items.find((r: { id: string }) => r.id === body.id);
    // The forged copy keeps the original's id and names neither the evidence nor the original.
    assert.match(row.skillsShown, /Structured Query Language: met \(in ‘SQL Basics’\)/);
    assert.match(row.skillsShown, /page called verified what the server did not: ‘SQL Mastery’/);
    assert.deepEqual(
      body.credentials.map((c: { credentialId: string }) => c.credentialId),
      [claims.id, `${claims.id} (2)`],
    );
  });

  test('stored with the raw credentials; the employer reads "skills shown" in the admin reads, the CSV, the e-mail and the webhook', async () => {
    const { body: receipt } = await apply({ credentials: [jwt] });
    const { body } = await server.json('/api/admin/listings/data-apprentice/applications', {
      headers: admin,
    });
    const row = body.items.find((r: { id: string }) => r.id === receipt.id);
    assert.match(row.skillsShown, /^1 of 2 required skills shown by verified credentials; /);
    assert.match(row.skillsShown, /Structured Query Language: met \(in ‘SQL Basics’\)/);
    assert.deepEqual(row.verification.skills, receipt.skills);
    const csv = await (
      await server.call('/api/admin/listings/data-apprentice/applications?format=csv', {
        headers: admin,
      })
    ).text();
    assert.match(csv.split('\n')[0]!, /,skillsShown/);
    const [{ data }] = await server.db.query<{ data: { credentials: unknown[] } }>(
      'select data from applications where id = $1',
      [receipt.id],
    );
    assert.deepEqual(data.credentials, [jwt]);
    const { body: outbox } = await server.json('/api/admin/outbox', { headers: admin });
    const mine = outbox.items.filter(
      (m: { payload: { text?: string; data?: { application?: { id: string } } } }) =>
        m.payload.text?.includes(receipt.id) || m.payload.data?.application?.id === receipt.id,
    );
    const email = mine.find((m: { recipient: string }) => m.recipient === 'team@example.org');
    assert.match(email.payload.text, /Skills shown \(verified\): 1 of 2 required skills/);
    const hook = mine.find((m: { channel: string }) => m.channel === 'webhook');
    assert.match(hook.payload.data.application.skillsShown, /^1 of 2 required skills/);
  });

  test('revoked, it no longer counts', async () => {
    const revoke = await server.json(
      '/api/admin/credentials/lee-sql-3/revoke',
      postJson({ reason: 'Issued in error' }, admin),
    );
    assert.ok(revoke.status < 300, JSON.stringify(revoke.body));
    const { body } = await apply({ credentials: [jwt] });
    assert.equal(body.credentials[0].verdict, 'revoked');
    assert.deepEqual(body.skills.required, { met: 0, total: 2 });
  });

  test('at most 10 credentials, each at most 32,000 characters: 422 saying so', async () => {
    const many = await apply({ credentials: Array.from({ length: 11 }, () => jwt) });
    assert.equal(many.status, 422);
    assert.ok(many.body.error.fields.credentials, JSON.stringify(many.body));
    const long = await apply({ credentials: ['x'.repeat(32_001)] });
    assert.equal(long.status, 422);
    assert.ok(long.body.error.fields['credentials.0'], JSON.stringify(long.body));
  });
});

describe('lookups a credential asks for', () => {
  test('private, loopback, link-local and special addresses are refused; public ones are not', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'not an address',
    ])
      assert.equal(isPrivateAddress(address), true, address);
    for (const address of ['93.184.215.14', '2606:4700:4700::1111', '::ffff:93.184.215.14'])
      assert.equal(isPrivateAddress(address), false, address);
  });

  test('refused before any connection: plain http, private literals, names that resolve to loopback', async () => {
    const lookup = lookupFetch({ ownOrigin: 'https://api.example.org' });
    for (const url of [
      'http://example.org/key.json',
      'https://10.0.0.1/key.json',
      'https://[::1]/key.json',
      'https://169.254.169.254/latest/meta-data',
      'https://localhost/key.json',
    ])
      await assert.rejects(lookup(url), /https|public address/, url);
  });

  test('this server’s own documents are read over its public origin', async () => {
    const lookup = lookupFetch({ ownOrigin: server.url });
    const answer = await lookup(`${server.url}/.well-known/jwks.json`);
    assert.equal(answer.status, 200);
    assert.ok(Array.isArray(((await answer.json()) as { keys: unknown[] }).keys));
  });
});
