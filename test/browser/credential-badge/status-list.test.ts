import { expect, html } from '@open-wc/testing';
import {
  checkStatus,
  decodeStatusList,
  type StatusLookup,
} from '../../../packages/micropath/src/credential-badge/verify/status-list.ts';
import samples from '../../fixtures/badges/validator-samples.json';
import dataIntegrity from '../../fixtures/badges/data-integrity-samples.json';
import { $, $$, badge, verdictOf } from '../../support/badge-helpers.ts';

type Json = Record<string, unknown>;

const files = (samples as { files: Record<string, { json?: Record<string, unknown> }> }).files;
const LIST = 'https://testing.dcconsortium.org/status/e5WK8CbZ1GjycuPombrj';
const REVOCATIONS = 'https://issuer.example.org/revocations';

const DCC_LIST = files['dcc/status/e5WK8CbZ1GjycuPombrj']!.json!;
const lookup: StatusLookup = {
  fetch: async (url) => {
    if (url === LIST) return Response.json(DCC_LIST);
    if (url === `${LIST}/tampered`)
      return Response.json({ ...DCC_LIST, validFrom: '2020-01-01T00:00:00Z' });
    if (url === `${LIST}/unsigned`) return Response.json({ ...DCC_LIST, proof: undefined });
    if (url === REVOCATIONS)
      return Response.json({
        revokedCredentials: [{ id: 'urn:uuid:gone', revocationReason: 'Issued in error' }],
      });
    if (url.startsWith('https://down.example')) throw new TypeError('Failed to fetch');
    return new Response('', { status: 404 });
  },
};

/** A credential from the DCC list's issuer (a did:key), with one status entry. */
const withEntry = (entry: Record<string, unknown>, id = 'urn:uuid:x') => ({
  id,
  issuer: DCC_LIST.issuer,
  credentialStatus: entry,
});
const bitstring = (index: number, purpose = 'revocation', url = LIST) => ({
  type: 'BitstringStatusListEntry',
  statusPurpose: purpose,
  statusListIndex: String(index),
  statusListCredential: url,
});

describe('credential status', () => {
  it('reads the recorded DCC status list (100,000 entries, under the 131,072 minimum), with a note', async () => {
    const encoded = String((DCC_LIST.credentialSubject as Record<string, unknown>).encodedList);
    expect((await decodeStatusList(encoded)).length * 8).to.equal(100_000);
    const revoked = await checkStatus(withEntry(bitstring(8)), lookup);
    expect([revoked.status, revoked.reason]).to.deep.equal(['fail', 'revoked']);
    expect(revoked.message).to.equal(
      'Revoked, according to the issuer’s signed status list. ' +
        'The issuer’s status list is shorter than the standard asks, which weakens holders’ privacy.',
    );
    // Not revoked, with the note: a warning beside the answer, not a failure.
    const fine = await checkStatus(withEntry(bitstring(3)), lookup);
    expect(fine.status).to.equal('warn');
    expect(fine.message).to.equal(
      'Not revoked, according to the issuer’s signed status list. ' +
        'The issuer’s status list is shorter than the standard asks, which weakens holders’ privacy.',
    );
    // Past its last entry is still an error, never "not revoked".
    for (const index of [100_000, 131_071]) {
      const outside = await checkStatus(withEntry(bitstring(index)), lookup);
      expect(outside.status, String(index)).to.equal('unknown');
      expect(outside.message).to.contain('outside the list');
    }
  });

  it('believes a status list only when its proof holds and it comes from the issuer', async () => {
    const message = async (credential: Record<string, unknown>) =>
      (await checkStatus(credential, lookup)).message;
    expect(await message(withEntry(bitstring(8, 'revocation', `${LIST}/tampered`)))).to.contain(
      'status list does not hold',
    );
    expect(await message(withEntry(bitstring(8, 'revocation', `${LIST}/unsigned`)))).to.contain(
      'status list is not signed',
    );
    const stranger = { ...withEntry(bitstring(8)), issuer: 'did:example:someone-else' };
    expect(await message(stranger)).to.contain('someone other than the issuer');
    expect((await checkStatus(stranger, lookup)).status).to.equal('unknown');
  });

  it('reads a 1EdTech revocation list', async () => {
    const gone = await checkStatus(
      withEntry({ id: REVOCATIONS, type: '1EdTechRevocationList' }, 'urn:uuid:gone'),
      lookup,
    );
    expect(gone.message).to.contain('Issued in error');
    expect(
      (await checkStatus(withEntry({ id: REVOCATIONS, type: '1EdTechRevocationList' }), lookup))
        .status,
    ).to.equal('pass');
  });

  it('says "could not be checked", never valid, when the list is unreachable or unknown', async () => {
    const down = await checkStatus(
      withEntry(bitstring(8, 'revocation', 'https://down.example/list')),
      lookup,
    );
    expect(down.status).to.equal('unknown');
    expect(down.message).to.contain('could not be checked');
    expect(
      (
        await checkStatus(
          withEntry(bitstring(1, 'revocation', 'https://issuer.example.org/missing')),
          lookup,
        )
      ).status,
    ).to.equal('unknown');
    expect((await checkStatus(withEntry({ type: 'CRLEntry2099' }), lookup)).status).to.equal(
      'unknown',
    );
    expect((await checkStatus({ id: 'x' }, lookup)).status).to.equal('skip');
  });
});

describe('<credential-badge> and a status list under the minimum (the DCC’s 100,000 entries)', () => {
  /** The badge showing the recorded DCC credential `name`, its status list served as recorded. */
  async function shown(name: string) {
    const credential = structuredClone(
      (dataIntegrity as { files: Record<string, Json> }).files[name],
    );
    const web = async (url: string) =>
      url.endsWith('/e5WK8CbZ1GjycuPombrj')
        ? Response.json(DCC_LIST)
        : new Response('not here', { status: 404 });
    const el = await badge(
      html`<credential-badge
        lang="en"
        .adapter=${{ getCredential: async () => credential, fetch: web }}
        credential-id="x"
      ></credential-badge>`,
    );
    const verdict = await verdictOf(el);
    $(el, 'summary')!.click();
    await el.updateComplete;
    const revocation = $$(el, '[part=checks] li').find(
      (li) => li.querySelector('strong')?.textContent === 'Revocation',
    )!;
    return { verdict, revocation: revocation.textContent!.replace(/\s+/g, ' ').trim() };
  }
  const note =
    'The issuer’s status list is shorter than the standard asks, which weakens holders’ privacy.';

  it('reads Verified where the DCC’s verifier does, with the note in the checklist', async () => {
    for (const name of ['dcc/v2/v2WithValidStatus', 'dcc/eddsa/v2/v2EddsaWithValidStatus']) {
      const { verdict, revocation } = await shown(name);
      expect(verdict, name).to.equal('Verified');
      expect(revocation, name).to.equal(
        `Warning Revocation Not revoked, according to the issuer’s signed status list. ${note}`,
      );
    }
  });

  it('reads Revoked where the DCC’s verifier does', async () => {
    const { verdict, revocation } = await shown('dcc/v2/v2Revoked');
    expect(verdict).to.equal('Revoked');
    expect(revocation).to.equal(
      `Failed Revocation Revoked, according to the issuer’s signed status list. ${note}`,
    );
  });
});
