import { expect } from '@open-wc/testing';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import {
  verifyVcJwt,
  type KeyLookup,
} from '../../../packages/micropath/src/credential-badge/verify/vc-jwt.ts';
import { buildReport } from '../../../packages/micropath/src/credential-badge/verify/verdict.ts';
import { detectFormat } from '../../../packages/micropath/src/credential-badge/bake/detect-format.ts';
import samples from '../../fixtures/badges/validator-samples.json';
import { didJwk, signedCredential, type SignOptions } from '../../support/sign-credential.ts';

const files = (samples as { files: Record<string, { text?: string }> }).files;
const embeddedJwt = files['ob3-vcjwt-rs256.jwt']!.text!.trim();
const offline: KeyLookup = {
  fetchJson: async (url: string) => Promise.reject(new Error(`offline: ${url}`)),
  now: new Date('2026-11-23T00:00:00Z'),
};

async function verify(jws: string, lookup = offline) {
  let credential: Record<string, unknown> = {};
  try {
    credential = detectFormat(jws).credential;
  } catch {
    // a damaged token: the verifier reports it
  }
  return buildReport(await verifyVcJwt(jws, credential, lookup));
}

const flip = (jws: string, part: 0 | 1 | 2) => {
  const parts = jws.split('.');
  const s = parts[part]!;
  const i = Math.floor(s.length / 2);
  parts[part] = s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
  return parts.join('.');
};

describe('VC-JWT verification', () => {
  it('does not verify the 1EdTech sample signed with a key in its own header: nothing ties it to the issuer', async () => {
    const report = await verify(embeddedJwt);
    expect(report.verdict).to.equal('unverified');
    expect(report.checks.find((c) => c.id === 'proof')!.status).to.equal('pass');
    const key = report.checks.find((c) => c.id === 'issuer-key')!;
    expect(key.status).to.equal('unknown');
    expect(key.message).to.contain('embedded');
    expect(report.warnings).to.deep.equal([]);
  });

  it('finds a changed claim: one flipped character in the payload makes it invalid', async () => {
    const report = await verify(flip(embeddedJwt, 1));
    expect(report.verdict).to.equal('invalid');
  });

  it('finds a forged signature, and reports a truncated token as damaged', async () => {
    expect((await verify(flip(embeddedJwt, 2))).verdict).to.equal('invalid');
    const truncated = await verify(embeddedJwt.slice(0, 40));
    expect(truncated.verdict).to.equal('invalid');
    expect(truncated.checks[0]!.message).to.contain('damaged');
  });

  it('is unverified, not valid, when the issuer’s key set cannot be fetched', async () => {
    const report = await verify(files['ob30/simple.jwt']!.text!.trim());
    expect(report.verdict).to.equal('unverified');
    expect(report.checks.find((c) => c.id === 'issuer-key')!.message).to.contain(
      'offline: https://example.edu/.well-known/jwks.json',
    );
  });

  /** Signed by a fresh key; the issuer is an https profile unless `issuer` says otherwise. */
  const signed = (claims: Record<string, unknown>, options: SignOptions = {}) =>
    signedCredential(claims, { issuer: () => 'https://issuer.example.org/profile', ...options });

  it('verifies a did:jwk key that is the issuer, and the issuer’s own JWKS', async () => {
    const { jws } = await signed({}, { kid: (jwk) => `${didJwk(jwk)}#0`, issuer: didJwk });
    const report = await verify(jws);
    expect(report.verdict).to.equal('verified');
    expect(report.checks.find((c) => c.id === 'issuer-key')!.status).to.equal('pass');

    const { jws: viaJwks, jwk } = await signed({});
    const fetched: string[] = [];
    const lookup = {
      ...offline,
      fetchJson: async (url: string) => (fetched.push(url), { keys: [jwk] }),
    };
    expect((await verify(viaJwks, lookup)).verdict).to.equal('verified');
    expect(fetched).to.deep.equal(['https://issuer.example.org/.well-known/jwks.json']);
  });

  it('says expired (not invalid) for a good signature past its end, and checks claims against the credential', async () => {
    const { jws } = await signed(
      { validUntil: '2026-01-01T00:00:00Z' },
      { kid: (jwk) => didJwk(jwk), issuer: didJwk },
    );
    const expired = await verify(jws);
    expect(expired.verdict).to.equal('expired');
    expect(expired.checks.find((c) => c.id === 'validity')!.message).to.contain(
      'expired on 2026-01-01',
    );

    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const did = didJwk(await exportJWK(publicKey));
    const lying = await new SignJWT({
      vc: { id: 'urn:a', type: ['VerifiableCredential', 'OpenBadgeCredential'], issuer: did },
    })
      .setProtectedHeader({ alg: 'ES256', kid: did })
      .setIssuer('https://someone-else.example')
      .sign(privateKey);
    const report = await verify(lying);
    expect(report.verdict).to.equal('invalid');
    expect(report.checks.find((c) => c.id === 'proof')!.message).to.contain('issuer (iss)');
  });
});

describe('VC-JWT key ids that name no usable key', () => {
  const didIssuer = { issuer: didJwk };

  it('fails a kid that is a malformed DID, or a did:key / did:jwk that is not a key', async () => {
    for (const kid of ['did:Bad:x', 'did:key:abc', 'did:key:z0OIl', 'did:jwk:bm90IGEga2V5']) {
      const { jws } = await signedCredential({}, { ...didIssuer, kid: () => kid });
      const report = await verify(jws);
      expect(report.verdict, kid).to.equal('invalid');
      const proof = report.checks.find((c) => c.id === 'proof')!;
      expect(proof.status, kid).to.equal('fail');
      expect(proof.message, kid).to.match(/^The signature names no usable key: “.*”/);
    }
  });

  it('leaves an opaque kid or a DID it cannot resolve as before: Not verified when nothing names the key', async () => {
    for (const kid of ['key-1', 'did:ion:EiClkZMDxPKqC9c-umQfTkR8vvZ9JPhl_xLDI9Nfk38w5w#key-1']) {
      const { jws } = await signedCredential({}, { ...didIssuer, kid: () => kid });
      const report = await verify(jws);
      expect(report.verdict, kid).to.equal('unverified');
      expect(report.checks.find((c) => c.id === 'proof')!.status, kid).to.equal('unknown');
    }
  });
});
