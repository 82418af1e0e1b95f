// Credentials from a wallet: the server hosts a VC-API exchange, a scripted wallet (a did:key
// that signs its presentation) answers it, the page reads the result with its token, and an
// application naming the exchange counts the credentials whose subject is that holder as the
// applicant's own. Every refusal the contract promises is tried: a reused challenge, another
// site, an expired exchange, an unsigned, wrongly signed or changed presentation.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  ADMIN_TOKEN,
  postJson,
  testServer,
  type TestServer,
} from '../../support/server-harness.ts';
import {
  ESCO_SQL as SQL,
  presentationBy,
  sqlCredentialAbout,
  testKey,
  type TestKey,
} from '../../support/sign-data-integrity.ts';

type Json = Record<string, any>;
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const PAGE = 'https://jobs.example';

let clock = Date.now();
let server: TestServer;
let issuer: TestKey;
let wallet: TestKey;

const credentialFor = (subject: string, id?: string) => sqlCredentialAbout(issuer, subject, id);

/** The wallet's presentation of `credentials`, signed for the request's challenge and domain. */
const presentation = (
  credentials: Json[],
  request: { challenge: string; domain: string },
  signer = wallet,
  holder = wallet.did,
) => presentationBy(signer, credentials, request, holder);

const open = async (origin = PAGE, listingId = 'data-apprentice') => {
  const { status, body } = await server.json('/api/exchanges', postJson({ listingId }, { origin }));
  assert.equal(status, 201, JSON.stringify(body));
  return body as { id: string; url: string; expiresAt: string; token: string };
};

/** What a wallet does with an exchange URL: ask, then answer. */
const walletPost = async (url: string, body: unknown) => {
  const response = await fetch(url, postJson(body));
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Json) : undefined };
};

const read = (exchange: { id: string; token: string }, token = exchange.token) =>
  server.json(`/api/exchanges/${exchange.id}`, { headers: { authorization: `Bearer ${token}` } });

before(async () => {
  [issuer, wallet] = await Promise.all([testKey(), testKey()]);
  server = await testServer({ now: () => clock });
  const put = await server.json('/api/admin/listings/data-apprentice', {
    method: 'PUT',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Data apprentice',
      organization: { name: 'Northwind' },
      skills: [{ label: 'SQL', id: SQL }, 'Python'],
    }),
  });
  assert.equal(put.status, 200, JSON.stringify(put.body));
  const other = await server.json('/api/admin/listings/other-opening', {
    method: 'PUT',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Other opening', organization: { name: 'Northwind' } }),
  });
  assert.equal(other.status, 200, JSON.stringify(other.body));
});
after(() => server.close());

describe('a wallet exchange', () => {
  test('the wallet is asked for its DID and its badges, for this page and once', async () => {
    const exchange = await open();
    assert.match(exchange.url, /\/api\/exchanges\/ex_/);
    const minutes = (Date.parse(exchange.expiresAt) - clock) / 60_000;
    assert.ok(minutes > 9.9 && minutes <= 10, `expires in ${minutes} minutes`);
    const { status, body } = await walletPost(exchange.url, {});
    assert.equal(status, 200);
    const request = body!.verifiablePresentationRequest;
    assert.equal(request.domain, PAGE);
    assert.ok(request.challenge.length >= 20);
    assert.deepEqual(
      request.query.map((q: Json) => q.type),
      ['DIDAuthentication', 'QueryByExample'],
    );
    assert.deepEqual(
      request.query[1].credentialQuery.map((q: Json) => q.example.type),
      ['OpenBadgeCredential', 'ClrCredential'],
    );
    assert.match(request.query[1].credentialQuery[0].reason, /Data apprentice at Northwind/);
    // Each exchange has its own challenge.
    const other = await walletPost((await open()).url, {});
    assert.notEqual(other.body!.verifiablePresentationRequest.challenge, request.challenge);
  });

  test('a signed presentation completes it; the page reads it with its token, and only then', async () => {
    const exchange = await open();
    assert.deepEqual((await read(exchange)).body.state, 'pending');
    const { verifiablePresentationRequest: request } = (await walletPost(exchange.url, {})).body!;
    const vp = await presentation([await credentialFor(wallet.did)], request);
    const answered = await walletPost(exchange.url, { verifiablePresentation: vp });
    assert.equal(answered.status, 200, JSON.stringify(answered.body));

    const { status, body } = await read(exchange);
    assert.equal(status, 200);
    assert.equal(body.state, 'complete');
    assert.equal(body.holder, wallet.did);
    assert.equal(body.presentation.verifiableCredential.length, 1);
    assert.equal((await read(exchange, 'not-the-token')).status, 401);
    assert.equal((await server.json(`/api/exchanges/${exchange.id}`)).status, 401);

    // The challenge is used: the same presentation, or another, is refused.
    const again = await walletPost(exchange.url, { verifiablePresentation: vp });
    assert.equal(again.status, 409);
    assert.match(again.body!.error.message, /challenge is used/);
  });

  test('refused: another site, another challenge, unsigned, signed by another key, changed', async () => {
    const exchange = await open();
    const { verifiablePresentationRequest: request } = (await walletPost(exchange.url, {})).body!;
    const credential = await credentialFor(wallet.did);
    const stranger = await testKey();
    const signed = await presentation([credential], request);
    const cases: [string, Json, RegExp][] = [
      [
        'another site',
        await presentation([credential], { ...request, domain: 'https://evil.example' }),
        /another site/,
      ],
      [
        'another challenge',
        await presentation([credential], { ...request, challenge: 'a-guessed-one' }),
        /another request/,
      ],
      ['unsigned', { ...signed, proof: undefined }, /no proof of its holder/],
      [
        'signed by someone else for this holder',
        await presentation([credential], request, stranger, wallet.did),
        /someone other than its holder/,
      ],
      [
        'changed after signing',
        { ...signed, verifiableCredential: [await credentialFor(stranger.did)] },
        /signature does not match/,
      ],
      ['not a presentation', { type: ['VerifiableCredential'] }, /not a Verifiable Presentation/],
    ];
    for (const [why, vp, message] of cases) {
      const { status, body } = await walletPost(exchange.url, { verifiablePresentation: vp });
      assert.equal(status, 400, `${why}: ${JSON.stringify(body)}`);
      assert.match(body!.error.message, message, why);
    }
    // None of them used the exchange up.
    assert.equal((await read(exchange)).body.state, 'pending');
    assert.equal((await walletPost(exchange.url, { verifiablePresentation: signed })).status, 200);
  });

  test('after ten minutes the exchange is expired for the wallet and the page', async () => {
    const exchange = await open();
    const { verifiablePresentationRequest: request } = (await walletPost(exchange.url, {})).body!;
    const vp = await presentation([await credentialFor(wallet.did)], request);
    // The server's clock only moves forward, as a real one does.
    clock += 10 * 60_000 + 1;
    const late = await walletPost(exchange.url, { verifiablePresentation: vp });
    assert.equal(late.status, 410);
    assert.equal((await walletPost(exchange.url, {})).status, 410);
    assert.equal((await read(exchange)).body.state, 'expired');
  });

  test('an unknown exchange is a 404; a page without a listing is refused', async () => {
    assert.equal((await walletPost(`${server.url}/api/exchanges/ex_nothing`, {})).status, 404);
    const none = await server.json('/api/exchanges', postJson({ listingId: 'no-such' }));
    assert.equal(none.status, 404);
  });
});

describe('an application with the wallet’s credentials', () => {
  const completed = async (credentials: Json[], listingId?: string) => {
    const exchange = await open(PAGE, listingId);
    const { verifiablePresentationRequest: request } = (await walletPost(exchange.url, {})).body!;
    const vp = await presentation(credentials, request);
    assert.equal((await walletPost(exchange.url, { verifiablePresentation: vp })).status, 200);
    const state = (await read(exchange)).body;
    assert.equal(state.state, 'complete', JSON.stringify(state));
    return { exchange, credentials: state.presentation.verifiableCredential };
  };
  const apply = (body: Json) =>
    server.json(
      '/api/listings/data-apprentice/applications',
      postJson({ name: 'Lee', email: 'lee@example.org', consent: true, ...body }),
    );

  test('a credential about the holder who signed is the applicant’s, whatever the e-mail', async () => {
    const { exchange, credentials } = await completed([await credentialFor(wallet.did)]);
    const { status, body } = await apply({
      credentials,
      exchange: { id: exchange.id, token: exchange.token },
    });
    assert.equal(status, 201, JSON.stringify(body));
    assert.deepEqual(
      body.credentials.map((c: Json) => [c.name, c.verdict, c.bound]),
      [['SQL Basics', 'verified', true]],
    );
    assert.deepEqual(body.skills.required, { met: 1, total: 2 });
    assert.equal(body.skills.requirements[0].via, 'uri');

    // Without the exchange, nothing ties the same credential to this applicant.
    const unbound = await apply({ credentials });
    assert.deepEqual(
      unbound.body.credentials.map((c: Json) => c.bound),
      [false],
    );
    assert.deepEqual(unbound.body.skills.required, { met: 0, total: 2 });
  });

  test('someone else’s credential in the wallet’s presentation is not the applicant’s', async () => {
    const someoneElse = await testKey();
    const { exchange, credentials } = await completed([
      await credentialFor(someoneElse.did, 'urn:uuid:9b1e6a2c-0d3f-4e5a-8b7c-6d5e4f3a2b1c'),
    ]);
    const { body } = await apply({
      credentials,
      exchange: { id: exchange.id, token: exchange.token },
    });
    assert.deepEqual(
      body.credentials.map((c: Json) => [c.verdict, c.bound]),
      [['verified', false]],
    );
    assert.deepEqual(body.skills.required, { met: 0, total: 2 });
  });

  test('an exchange that is not the page’s, not answered or for another listing is refused', async () => {
    const { exchange, credentials } = await completed([await credentialFor(wallet.did)]);
    const wrongToken = await apply({ credentials, exchange: { id: exchange.id, token: 'guess' } });
    assert.equal(wrongToken.status, 422);
    assert.match(wrongToken.body.error.fields.exchange, /token is not its own/);
    const pending = await open();
    const unanswered = await apply({
      credentials,
      exchange: { id: pending.id, token: pending.token },
    });
    assert.equal(unanswered.status, 422);
    assert.match(unanswered.body.error.fields.exchange, /not answered/);
    const elsewhere = await completed([await credentialFor(wallet.did)], 'other-opening');
    const otherListing = await apply({
      credentials: elsewhere.credentials,
      exchange: { id: elsewhere.exchange.id, token: elsewhere.exchange.token },
    });
    assert.equal(otherListing.status, 422);
    assert.match(otherListing.body.error.fields.exchange, /another listing/);
  });
});
