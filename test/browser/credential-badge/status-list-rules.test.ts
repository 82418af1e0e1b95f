/**
 * Status lists that must not be believed (Bitstring Status List 1.0): an index outside the list,
 * a list outside its own validity period or for another purpose, a list signed with a key that
 * is not the issuer's. Each reads "could not be checked", never "not revoked". A list under the
 * 131,072-entry minimum is read, with a note that it weakens holders' privacy. Lists are made
 * and signed here with fresh keys.
 */
import { expect } from '@open-wc/testing';
import { checkStatus } from '../../../packages/micropath/src/credential-badge/verify/status-list.ts';
import { verifyCredential } from '../../../packages/micropath/src/credential-badge/verify/verify-credential.ts';
import { signedCredential, statusListCredential } from '../../support/sign-credential.ts';

const URL_ = 'https://status.example/lists/1';
const entry = (index: number | string, purpose = 'revocation') => ({
  credentialStatus: {
    type: 'BitstringStatusListEntry',
    statusPurpose: purpose,
    statusListIndex: String(index),
    statusListCredential: URL_,
  },
});
const serving = (body: string) => ({
  fetch: async (url: string) =>
    url === URL_ ? new Response(body) : new Response('', { status: 404 }),
  now: new Date('2026-11-23T00:00:00Z'),
});

/** A credential with a status entry, and its issuer's list (edited by `edit`) signed by `signer`. */
async function setup(
  index: number | string,
  edit: (list: Record<string, unknown>) => void = () => {},
  options: { purpose?: string; bytes?: number; foreignKey?: boolean } = {},
) {
  const issued = await signedCredential(entry(index, options.purpose));
  const list = await statusListCredential(URL_, issued.credential.issuer, [8], options.bytes);
  edit(list);
  const signer = options.foreignKey ? await signedCredential() : issued;
  return { credential: issued.credential, jws: issued.jws, list: await signer.sign(list) };
}

describe('status lists that are not believed', () => {
  it('reads a good list: bit 8 revoked, bit 3 not', async () => {
    const revoked = await setup(8);
    expect((await checkStatus(revoked.credential, serving(revoked.list))).reason).to.equal(
      'revoked',
    );
    const fine = await setup(3);
    expect((await checkStatus(fine.credential, serving(fine.list))).status).to.equal('pass');
  });

  it('an index outside the list, negative or not a number is an error, not "not revoked"', async () => {
    for (const index of [131_072, 10_000_000, -1, 'x']) {
      const { credential, list } = await setup(index);
      const result = await checkStatus(credential, serving(list));
      expect(result.status, String(index)).to.equal('unknown');
    }
  });

  it('reads a list under the 131,072-entry minimum, with a note; past its end is an error', async () => {
    const note =
      'The issuer’s status list is shorter than the standard asks, which weakens holders’ privacy.';
    const fine = await setup(3, () => {}, { bytes: 1024 });
    const notRevoked = await checkStatus(fine.credential, serving(fine.list));
    expect(notRevoked.status).to.equal('warn');
    expect(notRevoked.message).to.contain('Not revoked').and.to.contain(note);
    expect((await verifyCredential(fine.jws, serving(fine.list))).report.verdict).to.equal(
      'verified',
    );
    const revoked = await setup(8, () => {}, { bytes: 1024 });
    expect((await verifyCredential(revoked.jws, serving(revoked.list))).report.verdict).to.equal(
      'revoked',
    );
    const outside = await setup(8192, () => {}, { bytes: 1024 });
    const result = await checkStatus(outside.credential, serving(outside.list));
    expect(result.status).to.equal('unknown');
    expect(result.message).to.contain('outside the list');
  });

  it('says nothing of privacy for a list of the standard length', async () => {
    const { credential, list } = await setup(3);
    const result = await checkStatus(credential, serving(list));
    expect(result.status).to.equal('pass');
    expect(result.message).to.equal('Not revoked, according to the issuer’s signed status list.');
  });

  it('does not believe a list that has expired, is not valid yet, or is for another purpose', async () => {
    const expired = await setup(3, (l) => (l.validUntil = '2026-01-01T00:00:00Z'));
    const future = await setup(3, (l) => (l.validFrom = '2027-01-01T00:00:00Z'));
    for (const { credential, list } of [expired, future]) {
      const result = await checkStatus(credential, serving(list));
      expect(result.status).to.equal('unknown');
      expect(result.message).to.contain('outside its validity period');
    }
    const suspension = await setup(8, () => {}, { purpose: 'suspension' });
    const result = await checkStatus(suspension.credential, serving(suspension.list));
    expect(result.status).to.equal('unknown');
    expect(result.message).to.contain('another purpose');
  });

  it('does not believe a list signed by a key that is not the issuer’s, though it names the issuer', async () => {
    const { credential, list } = await setup(3, () => {}, { foreignKey: true });
    expect((await checkStatus(credential, serving(list))).status).to.equal('unknown');
  });

  it('leaves the credential not verified when its list cannot be believed', async () => {
    const { jws, list } = await setup(3, (l) => (l.validUntil = '2026-01-01T00:00:00Z'));
    const { report } = await verifyCredential(jws, serving(list));
    expect(report.verdict).to.equal('unverified');
  });
});

describe('VC 1.1 credentials with Bitstring status', () => {
  it('checks them: the status/v1 context is bundled, so the proof and the list both verify', async () => {
    const { addProof, testKey } = await import('../../support/sign-data-integrity.ts');
    const key = await testKey();
    const list = await addProof(await statusListCredential(URL_, key.did, [5]), key);
    const credential = await addProof(
      {
        '@context': [
          'https://www.w3.org/2018/credentials/v1',
          'https://www.w3.org/ns/credentials/status/v1',
          'https://w3id.org/security/data-integrity/v2',
          'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        ],
        id: 'urn:uuid:0d7c1a52-5d1c-4c1e-9a77-5b0f3d2c9e10',
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: { id: key.did, type: ['Profile'], name: 'Northfield College' },
        issuanceDate: '2025-01-01T00:00:00Z',
        name: 'Welding Safety',
        credentialSubject: {
          type: ['AchievementSubject'],
          achievement: { type: ['Achievement'], name: 'Welding Safety' },
        },
        credentialStatus: {
          id: `${URL_}#5`,
          type: 'BitstringStatusListEntry',
          statusPurpose: 'revocation',
          statusListIndex: '5',
          statusListCredential: URL_,
        },
      },
      key,
    );
    const { report } = await verifyCredential(credential, serving(JSON.stringify(list)));
    expect(report.checks.find((c) => c.id === 'proof')!.status).to.equal('pass');
    expect(report.verdict).to.equal('revoked');
  });
});
