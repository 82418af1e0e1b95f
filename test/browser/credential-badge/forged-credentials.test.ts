/**
 * Forged credentials, made here with fresh keys: each signature is mathematically valid, but
 * made by someone other than the issuer the credential names, or bent around a rule of
 * VC Data Integrity 1.0 / RFC 7515. None may read Verified (issue: "Verified must mean the
 * named issuer signed it"). Each case says which class of forgery it is.
 */
import { expect } from '@open-wc/testing';
import { SignJWT, exportJWK, generateKeyPair, calculateJwkThumbprint } from 'jose';
import { verifyCredential } from '../../../packages/micropath/src/credential-badge/verify/verify-credential.ts';
import { addProof, ob3Credential, testKey } from '../../support/sign-data-integrity.ts';
import { didJwk, signedCredential } from '../../support/sign-credential.ts';

type Json = Record<string, unknown>;
const NOW = new Date('2026-11-23T00:00:00Z');
const COLLEGE = 'https://northfield.example/issuer';

/** A web of documents: url → JSON body; anything else answers 404. */
const web = (pages: Record<string, unknown> = {}) => ({
  fetch: async (url: string) =>
    url in pages ? Response.json(pages[url]) : new Response('', { status: 404 }),
  now: NOW,
});

async function verdict(credential: unknown, pages: Record<string, unknown> = {}) {
  const { report } = await verifyCredential(credential, web(pages));
  const key = report.checks.find((c) => c.id === 'issuer-key');
  const proof = report.checks.find((c) => c.id === 'proof');
  return {
    verdict: report.verdict,
    key: key?.status,
    keyWhy: key?.message,
    proof: proof?.status,
    proofWhy: proof?.message ?? '',
  };
}

describe('forged credentials: the issuer–key binding (Data Integrity)', () => {
  it('verifies a did:key issuer signing with its own key: Ed25519, and P-256 and P-384 (ecdsa-rdfc-2019)', async () => {
    for (const [suite, curve] of [
      ['eddsa-rdfc-2022', undefined],
      ['ecdsa-rdfc-2019', 'P-256'],
      ['ecdsa-rdfc-2019', 'P-384'],
    ] as const) {
      const key = await testKey(suite, curve);
      const signed = await addProof(
        ob3Credential({ id: key.did, name: 'Northfield College' }),
        key,
      );
      const result = await verdict(signed);
      expect(result, `${suite} ${curve ?? ''}`).to.include({
        verdict: 'verified',
        proof: 'pass',
        key: 'pass',
      });
      // The same credential, one word changed after signing.
      const changed = { ...signed, name: 'Master Welder' };
      expect((await verdict(changed)).verdict, suite).to.equal('invalid');
    }
  });

  it('is invalid when a did:key issuer’s credential is signed by another did:key', async () => {
    const [issuer, forger] = [await testKey(), await testKey()];
    const signed = await addProof(
      ob3Credential({ id: issuer.did, name: 'Northfield College' }),
      forger,
    );
    const result = await verdict(signed);
    expect(result).to.include({ verdict: 'invalid', proof: 'pass', key: 'fail' });
  });

  it('is not verified when an https issuer’s credential is signed by a did:key it does not publish', async () => {
    const forger = await testKey();
    const signed = await addProof(
      ob3Credential({ id: COLLEGE, name: 'Northfield College' }),
      forger,
    );
    expect(await verdict(signed)).to.include({
      verdict: 'unverified',
      proof: 'pass',
      key: 'unknown',
    });
    // The issuer's profile lists its keys, and this is not one of them: shown to be someone else's.
    const listed = { id: COLLEGE, assertionMethod: [`${COLLEGE}#key-1`] };
    expect(await verdict(signed, { [COLLEGE]: listed })).to.include({
      verdict: 'invalid',
      key: 'fail',
    });
    // The profile lists this very key: it is the issuer's.
    const own = { id: COLLEGE, assertionMethod: [forger.didMethod] };
    expect(await verdict(signed, { [COLLEGE]: own })).to.include({
      verdict: 'verified',
      key: 'pass',
    });
  });

  it('ties a key document to an https issuer only on the issuer’s own origin', async () => {
    const key = await testKey();
    const document = (id: string, controller: string) => ({
      id,
      type: 'Multikey',
      controller,
      publicKeyMultibase: key.multikey,
    });
    const own = `https://northfield.example/keys/1`;
    const elsewhere = `https://keys.forger.example/northfield`;
    const sign = (vm: string) =>
      addProof(ob3Credential({ id: COLLEGE, name: 'Northfield College' }), key, {
        verificationMethod: vm,
      });
    expect(await verdict(await sign(own), { [own]: document(own, COLLEGE) })).to.include({
      verdict: 'verified',
    });
    // Another origin, even claiming the issuer as controller: nothing ties it.
    expect(
      await verdict(await sign(elsewhere), { [elsewhere]: document(elsewhere, COLLEGE) }),
    ).to.include({
      verdict: 'unverified',
      key: 'unknown',
    });
    // The key's own document names another controller.
    expect(
      await verdict(await sign(own), { [own]: document(own, 'https://forger.example') }),
    ).to.include({ verdict: 'invalid', key: 'fail' });
  });

  it('does not trust a key written into the proof’s key address', async () => {
    const key = await testKey();
    const vm = `https://northfield.example/keys#${key.multikey}`;
    const signed = await addProof(ob3Credential({ id: COLLEGE, name: 'Northfield College' }), key, {
      verificationMethod: vm,
    });
    expect(await verdict(signed)).to.include({
      verdict: 'unverified',
      proof: 'pass',
      key: 'unknown',
    });
  });

  it('needs a did:web issuer’s key under assertionMethod, and listed at all', async () => {
    const key = await testKey();
    const did = 'did:web:northfield.example';
    const url = 'https://northfield.example/.well-known/did.json';
    const method = {
      id: `${did}#key-1`,
      type: 'Multikey',
      controller: did,
      publicKeyMultibase: key.multikey,
    };
    const signed = await addProof(ob3Credential({ id: did, name: 'Northfield College' }), key, {
      verificationMethod: `${did}#key-1`,
    });
    const authorised = { id: did, verificationMethod: [method], assertionMethod: ['#key-1'] };
    expect(await verdict(signed, { [url]: authorised })).to.include({
      verdict: 'verified',
      key: 'pass',
    });
    const authOnly = { id: did, verificationMethod: [method], authentication: ['#key-1'] };
    const notForIssuing = await verdict(signed, { [url]: authOnly });
    expect(notForIssuing).to.include({ verdict: 'invalid', key: 'fail' });
    expect(notForIssuing.keyWhy).to.contain('assertionMethod');
    const missing = await verdict(signed, { [url]: { id: did, verificationMethod: [] } });
    expect(missing).to.include({ verdict: 'invalid', key: 'fail' });
  });

  it('is invalid when the credential names no issuer at all', async () => {
    const key = await testKey();
    const credential = ob3Credential(undefined);
    delete credential.issuer;
    const signed = await addProof(credential, key);
    expect((await verdict(signed)).verdict).to.equal('invalid');
  });
});

describe('forged credentials: every proof, proof chains and proof fields', () => {
  it('needs every proof of a set to hold, not the first', async () => {
    const [issuer, other] = [await testKey(), await testKey()];
    const base = ob3Credential({ id: issuer.did, name: 'Northfield College' });
    const good = await addProof(await addProof(base, issuer), other);
    expect((await verdict(good)).verdict).to.equal('verified');
    const proofs = good.proof as Json[];
    const broken = {
      ...good,
      proof: [proofs[0], { ...proofs[1], proofValue: proofs[0]!.proofValue }],
    };
    const result = await verdict(broken);
    expect(result).to.include({ verdict: 'invalid', proof: 'fail' });
    expect(result.proofWhy).to.contain('Proof 2 of 2');
  });

  it('follows previousProof: a chain holds, a missing or altered link fails', async () => {
    const [issuer, witness] = [await testKey(), await testKey()];
    const base = ob3Credential({ id: issuer.did, name: 'Northfield College' });
    const first = await addProof(base, issuer, { id: 'urn:uuid:proof-1' });
    const chained = await addProof(first, witness, { previousProof: 'urn:uuid:proof-1' });
    expect((await verdict(chained)).verdict).to.equal('verified');
    const [p1, p2] = chained.proof as Json[];
    const dangling = { ...chained, proof: [p1, { ...p2, previousProof: 'urn:uuid:nowhere' }] };
    expect(await verdict(dangling)).to.include({ verdict: 'invalid', proof: 'fail' });
    const notString = { ...chained, proof: [p1, { ...p2, previousProof: 42 }] };
    expect((await verdict(notString)).verdict).to.equal('invalid');
    // The first proof re-signed by someone else: the second, which signed over it, breaks.
    const forger = await testKey();
    const resigned = await addProof(base, forger, { id: 'urn:uuid:proof-1' });
    const swapped = { ...chained, proof: [resigned.proof as Json, p2] };
    expect((await verdict(swapped)).verdict).to.equal('invalid');
  });

  it('needs proofPurpose assertionMethod, a valid created time not in the future, and no past expires', async () => {
    const issuer = await testKey();
    const base = ob3Credential({ id: issuer.did, name: 'Northfield College' });
    const cases: [string, Parameters<typeof addProof>[2]][] = [
      ['authentication', { proofPurpose: 'authentication' }],
      ['yesterday', { created: 'yesterday' }],
      ['no zone', { created: '2025-01-01T00:00:00' }],
      ['future', { created: '2027-06-01T00:00:00Z' }],
      ['expired proof', { expires: '2026-01-01T00:00:00Z' }],
    ];
    for (const [name, options] of cases) {
      const result = await verdict(await addProof(base, issuer, options));
      expect(result, name).to.include({ verdict: 'invalid', proof: 'fail' });
    }
    // A few seconds of clock difference is no forgery.
    const skew = await verdict(await addProof(base, issuer, { created: '2026-11-23T00:02:00Z' }));
    expect(skew.verdict).to.equal('verified');
  });
});

describe('forged credentials: VC-JWT keys and algorithms', () => {
  const unsignedToken = (header: Json, payload: Json, signature = '') =>
    [header, payload]
      .map((p) =>
        btoa(JSON.stringify(p)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'),
      )
      .concat(signature)
      .join('.');

  it('does not verify a JWT whose header carries its own key, unless the issuer publishes it', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = await exportJWK(publicKey);
    const vc = ob3Credential({ id: COLLEGE, name: 'Northfield College' });
    const jws = await new SignJWT({ vc })
      .setProtectedHeader({ alg: 'ES256', jwk })
      .setIssuer(COLLEGE)
      .sign(privateKey);
    expect(await verdict(jws)).to.include({ verdict: 'unverified', proof: 'pass', key: 'unknown' });
    const jwks = 'https://northfield.example/.well-known/jwks.json';
    const other = await exportJWK(
      (await generateKeyPair('ES256', { extractable: true })).publicKey,
    );
    expect(await verdict(jws, { [jwks]: { keys: [other] } })).to.include({
      verdict: 'invalid',
      key: 'fail',
    });
    expect(await verdict(jws, { [jwks]: { keys: [jwk] } })).to.include({
      verdict: 'verified',
      key: 'pass',
    });
    expect(await calculateJwkThumbprint(jwk)).to.be.a('string');
  });

  it('does not tie a kid on another origin, or a did:jwk that is not the issuer', async () => {
    const elsewhere = 'https://keys.forger.example/k1';
    const { jws, jwk } = await signedCredential(
      {},
      { issuer: () => COLLEGE, kid: () => elsewhere },
    );
    expect(await verdict(jws, { [elsewhere]: jwk })).to.include({
      verdict: 'unverified',
      key: 'unknown',
    });
    const forged = await signedCredential(
      {},
      { issuer: () => 'did:jwk:eyJrdHkiOiJFQyJ9', kid: (k) => `${didJwk(k)}#0` },
    );
    expect((await verdict(forged.jws)).verdict).to.equal('invalid');
  });

  it('refuses alg none, HS256 and symmetric keys, whatever the header says', async () => {
    const vc = ob3Credential({ id: COLLEGE, name: 'Northfield College' });
    const none = unsignedToken({ alg: 'none' }, { vc, iss: COLLEGE });
    expect(await verdict(none)).to.include({ verdict: 'invalid' });
    const secret = new TextEncoder().encode('a shared secret anyone can read from the header');
    const octJwk = { kty: 'oct', k: btoa(String.fromCharCode(...secret)).replace(/=+$/, '') };
    const hs = await new SignJWT({ vc })
      .setProtectedHeader({ alg: 'HS256', jwk: octJwk } as never)
      .setIssuer(COLLEGE)
      .sign(secret);
    expect((await verdict(hs)).verdict).to.equal('invalid');
    // An asymmetric alg with a symmetric key in the header is no better.
    const header = JSON.parse(atob(hs.split('.')[0]!.replace(/-/g, '+').replace(/_/g, '/')));
    const relabelled = unsignedToken(
      { ...header, alg: 'ES256' },
      { vc, iss: COLLEGE },
      hs.split('.')[2],
    );
    expect((await verdict(relabelled)).verdict).not.to.equal('verified');
  });
});
