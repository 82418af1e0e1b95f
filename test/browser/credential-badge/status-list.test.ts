import { expect } from '@open-wc/testing';
import {
  checkStatus,
  decodeStatusList,
  type StatusLookup,
} from '../../../packages/micropath/src/credential-badge/verify/status-list.ts';
import samples from '../../fixtures/badges/validator-samples.json';

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
  it('does not believe the recorded DCC status list: 100,000 entries is under the 131,072 minimum', async () => {
    const encoded = String((DCC_LIST.credentialSubject as Record<string, unknown>).encodedList);
    await decodeStatusList(encoded).then(
      () => expect.fail('a short list was accepted'),
      (error: Error) => expect(error.message).to.equal('untrusted status list'),
    );
    for (const index of [8, 3]) {
      const result = await checkStatus(withEntry(bitstring(index)), lookup);
      expect(result.status).to.equal('unknown');
      expect(result.message).to.contain('shorter than the standard allows');
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
