import { expect } from '@open-wc/testing';
import { CompactSign, exportSPKI, generateKeyPair } from 'jose';
import {
  verifyOb2Signed,
  type SignedLookup,
} from '../../../packages/micropath/src/credential-badge/verify/ob2-signed.ts';
import { buildReport } from '../../../packages/micropath/src/credential-badge/verify/verdict.ts';
import { detectFormat } from '../../../packages/micropath/src/credential-badge/bake/detect-format.ts';
import samples from '../../fixtures/badges/validator-samples.json';

const files = (
  samples as { files: Record<string, { text?: string; json?: Record<string, unknown> }> }
).files;
const ISSUER = 'https://college.example/issuer.json';
const KEY = 'https://college.example/key1.json';
const REVOCATIONS = 'https://college.example/revoked.json';

async function world(options: { owner?: string; revoked?: string[] } = {}) {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const pages: Record<string, unknown> = {
    'https://college.example/badge.json': { type: 'BadgeClass', name: 'Robotics', issuer: ISSUER },
    [ISSUER]: {
      id: ISSUER,
      type: 'Issuer',
      name: 'Example College',
      publicKey: KEY,
      revocationList: REVOCATIONS,
    },
    [KEY]: {
      id: KEY,
      type: 'CryptographicKey',
      owner: options.owner ?? ISSUER,
      publicKeyPem: await exportSPKI(publicKey),
    },
    [REVOCATIONS]: {
      revokedAssertions: (options.revoked ?? []).map((id) => ({
        id,
        revocationReason: 'Issued in error',
      })),
    },
  };
  const lookup: SignedLookup = {
    now: new Date('2026-11-23T00:00:00Z'),
    fetch: async (url) =>
      url in pages ? Response.json(pages[url]) : new Response('', { status: 404 }),
  };
  const sign = async (assertion: Record<string, unknown>) =>
    new CompactSign(new TextEncoder().encode(JSON.stringify(assertion)))
      .setProtectedHeader({ alg: 'RS256' })
      .sign(privateKey);
  return { lookup, sign };
}

const assertion = (id = 'https://college.example/assertions/1') => ({
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'Assertion',
  id,
  recipient: { type: 'email', hashed: false, identity: 'sam@example.org' },
  badge: 'https://college.example/badge.json',
  issuedOn: '2026-01-01T00:00:00Z',
  verification: { type: 'signed', creator: KEY },
});

async function verify(jws: string, lookup: SignedLookup) {
  const { credential } = detectFormat(jws);
  return buildReport((await verifyOb2Signed(jws, credential, lookup)).checks);
}

describe('OB 2.0 signed verification', () => {
  it('verifies an assertion signed with a key the issuer lists and owns', async () => {
    const { lookup, sign } = await world();
    const report = await verify(await sign(assertion()), lookup);
    expect(report.verdict).to.equal('verified');
    expect(report.checks.map((c) => `${c.id}:${c.status}`)).to.include.members([
      'proof:pass',
      'issuer-key:pass',
      'status:pass',
    ]);
  });

  it('is invalid when tampered, or signed with a key the issuer does not own', async () => {
    const { lookup, sign } = await world();
    const jws = await sign(assertion());
    const [h, p, s] = jws.split('.');
    const tampered = `${h}.${p!.slice(0, 10)}${p![10] === 'A' ? 'B' : 'A'}${p!.slice(11)}.${s}`;
    expect((await verify(tampered, lookup)).verdict).to.equal('invalid');
    const foreign = await world({ owner: 'https://someone-else.example/issuer.json' });
    expect((await verify(await foreign.sign(assertion()), foreign.lookup)).verdict).to.equal(
      'invalid',
    );
  });

  it('is revoked when the issuer’s revocation list names it', async () => {
    const { lookup, sign } = await world({ revoked: ['https://college.example/assertions/1'] });
    const report = await verify(await sign(assertion()), lookup);
    expect(report.verdict).to.equal('revoked');
    expect(report.checks.find((c) => c.id === 'status')!.message).to.contain('Issued in error');
  });

  it('is invalid when verification.creator names no usable key; a well-formed one it cannot fetch leaves it unverified', async () => {
    const { lookup, sign } = await world();
    for (const creator of ['key1.json', 'ftp//college.example/key1.json', 'did:key:z6Mkbad']) {
      const report = await verify(
        await sign({ ...assertion(), verification: { type: 'signed', creator } }),
        lookup,
      );
      expect(report.verdict, creator).to.equal('invalid');
      expect(report.checks.find((c) => c.id === 'proof')!.message, creator).to.contain(
        'The signature names no usable key',
      );
    }
    const unreachable = await verify(
      await sign({
        ...assertion(),
        verification: { type: 'signed', creator: 'https://college.example/key2.json' },
      }),
      lookup,
    );
    expect(unreachable.verdict).to.equal('unverified');
  });

  it('is unverified when the issuer’s key cannot be fetched (the 1EdTech sample offline)', async () => {
    const offline: SignedLookup = { fetch: async () => new Response('', { status: 404 }) };
    const report = await verify(files['ob20/simple.jwt']!.text!.trim(), offline);
    expect(report.verdict).to.equal('unverified');
  });
});
