import { expect, html } from '@open-wc/testing';
import { verifyDataIntegrity } from '../../../packages/micropath/src/credential-badge/verify/data-integrity.ts';
import { verifyCredential } from '../../../packages/micropath/src/credential-badge/verify/verify-credential.ts';
import { multibaseBytes } from '../../../packages/micropath/src/credential-badge/verify/multikey.ts';
import { buildReport } from '../../../packages/micropath/src/credential-badge/verify/verdict.ts';
import { base58 } from '@scure/base';
import { $, $$, badge, text, verdictOf } from '../../support/badge-helpers.ts';
import samples from '../../fixtures/badges/data-integrity-samples.json';
import validator from '../../fixtures/badges/validator-samples.json';

type Json = Record<string, unknown>;
const sample = (name: string) =>
  structuredClone((samples as { files: Record<string, Json> }).files[name]!);
const DCC_LIST = (validator as { files: Record<string, { json?: Json }> }).files[
  'dcc/status/e5WK8CbZ1GjycuPombrj'
]!.json!;

/** No network: every lookup fails, as for an issuer whose key URL cannot be reached. */
const offline = { fetchJson: async (url: string) => Promise.reject(new Error(`offline: ${url}`)) };
const status = (checks: { id: string; status: string }[], id: string) =>
  checks.find((c) => c.id === id)?.status;
const checks = (list: { id: string; message: string }[], id: string) =>
  list.find((c) => c.id === id)?.message ?? '';
const messageOf = (list: { id: string; message: string }[], id: string) =>
  list.find((c) => c.id === id)?.message ?? '';

describe('Data Integrity proofs (eddsa-rdfc-2022, Ed25519Signature2020)', () => {
  it('verifies the W3C eddsa-rdfc-2022 test vector (did:key, offline)', async () => {
    const checks = await verifyDataIntegrity(sample('w3c/eddsa-rdfc-2022'), offline);
    expect(status(checks, 'proof')).to.equal('pass');
    // did:key, but the issuer is an https id that cannot be read: nothing ties the key to it.
    expect(status(checks, 'issuer-key')).to.equal('unknown');
  });

  it('rejects the W3C vector with one claim changed', async () => {
    const forged = sample('w3c/eddsa-rdfc-2022');
    (forged.credentialSubject as Json).alumniOf = 'The School of Forgery';
    const checks = await verifyDataIntegrity(forged, offline);
    expect(status(checks, 'proof')).to.equal('fail');
    expect(checks.find((c) => c.id === 'proof')!.message).to.contain('does not match');
  });

  it('verifies the 1EdTech validator samples that upstream marks valid', async () => {
    for (const name of [
      'ob30/simple.json',
      'ob30/simple-did-key-method.json',
      'ob30/simple-eddsa-2022.json',
    ]) {
      const checks = await verifyDataIntegrity(sample(name), offline);
      expect(status(checks, 'proof'), name).to.equal('pass');
    }
  });

  it('fails the 1EdTech sample whose proof value was altered', async () => {
    const checks = await verifyDataIntegrity(sample('ob30/simple-err-proof-value.json'), offline);
    expect(status(checks, 'proof')).to.equal('fail');
  });

  it('fails a credential whose terms its contexts do not define (1EdTech wrong context)', async () => {
    const checks = await verifyDataIntegrity(sample('ob30/simple-err-context.json'), offline);
    expect(status(checks, 'proof')).to.equal('fail');
  });

  it('verifies DCC Ed25519Signature2020 credentials (VC 1.1 and 2.0) with the issuer’s did:key', async () => {
    for (const name of [
      'dcc/v2/v2NoStatus',
      'dcc/v1/v1NoStatus',
      'dcc/eddsa/v2/v2EddsaWithValidStatus',
    ]) {
      const checks = await verifyDataIntegrity(sample(name), offline);
      expect(status(checks, 'proof'), name).to.equal('pass');
      expect(status(checks, 'issuer-key'), name).to.equal('pass');
    }
  });

  it('fails the DCC credential tampered as upstream does (name changed)', async () => {
    const forged = { ...sample('dcc/v2/v2NoStatus'), name: 'tampered!' };
    expect(status(await verifyDataIntegrity(forged, offline), 'proof')).to.equal('fail');
  });

  it('cannot check a context it does not carry, and fetches none', async () => {
    const other = sample('w3c/eddsa-rdfc-2022');
    (other['@context'] as string[]).push('https://contexts.example/extra.jsonld');
    const fetched: string[] = [];
    const checks = await verifyDataIntegrity(other, {
      fetchJson: async (url) => (fetched.push(url), Promise.reject(new Error('offline'))),
    });
    expect(status(checks, 'proof')).to.equal('unknown');
    expect(checks.find((c) => c.id === 'proof')!.message).to.contain(
      'contexts.example/extra.jsonld',
    );
    // The issuer's profile may be read (for its keys); a context never is.
    expect(fetched).to.deep.equal(['https://vc.example/issuers/5678']);
  });

  it('reads a key from an https key document and checks its controller', async () => {
    const credential = sample('ob30/simple.json');
    const method = String((credential.proof as Json[])[0]!.verificationMethod);
    const key = method.split('#')[1];
    const served = (controller: string) => ({
      fetchJson: async (url: string) =>
        url === method.split('#')[0]
          ? { id: method, type: 'Multikey', controller, publicKeyMultibase: key }
          : {},
    });
    const own = await verifyDataIntegrity(credential, served('https://example.com/issuers/876543'));
    expect(status(own, 'issuer-key')).to.equal('pass');
    // A key document naming another controller shows the key is not the issuer's.
    const foreign = await verifyDataIntegrity(credential, served('https://elsewhere.example'));
    expect(status(foreign, 'issuer-key')).to.equal('fail');
    expect(checks(foreign, 'issuer-key')).to.contain('belongs to https://elsewhere.example');
  });

  it('resolves a did:web key through the lookup hook', async () => {
    const credential = sample('ob30/simple.json');
    const key = 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi';
    const did = 'did:web:issuer.example';
    (credential.proof as Json[])[0]!.verificationMethod = `${did}#key-1`;
    const urls: string[] = [];
    const checks = await verifyDataIntegrity(credential, {
      fetchJson: async (url) => {
        urls.push(url);
        return {
          id: did,
          verificationMethod: [{ id: '#key-1', controller: did, publicKeyMultibase: key }],
        };
      },
    });
    // The key's DID document, then the issuer's profile, which lists no keys.
    expect(urls).to.deep.equal([
      'https://issuer.example/.well-known/did.json',
      'https://example.com/issuers/876543',
    ]);
    // The proof options changed, so the signature no longer holds, but the key was found.
    expect(status(checks, 'proof')).to.equal('fail');
    expect(status(checks, 'issuer-key')).to.equal('unknown');
  });

  it('says why when the proof is of another kind', async () => {
    const credential = sample('ob30/simple.json');
    (credential.proof as Json[])[0]!.cryptosuite = 'bbs-2023';
    const checks = await verifyDataIntegrity(credential, offline);
    expect(status(checks, 'proof')).to.equal('unknown');
    expect(checks.find((c) => c.id === 'proof')!.message).to.contain('bbs-2023');
  });

  it('fails a proof whose key reference is not a web address or a DID, or a did:key that is not a key', async () => {
    // An Ed25519 multicodec prefix with 16 bytes of key instead of 32.
    const shortKey = `did:key:z${base58.encode(Uint8Array.from([0xed, 0x01, ...Array(16).fill(7)]))}`;
    const ed25519 = 'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2';
    const cases: [string, string][] = [
      [ed25519, 'is neither a web address nor a DID'],
      [`xxx:${ed25519}`, 'is neither a web address nor a DID'],
      ['urn:example:key', 'is neither a web address nor a DID'],
      ['did:KEY:abc', 'is neither a web address nor a DID'],
      ['https://', 'is neither a web address nor a DID'],
      ['did:key:abc', 'is not a key'],
      ['did:key:z0OIl', 'is not a key'],
      [shortKey, 'is not a key'],
      [`did:key:${ed25519}#z6MkOther`, 'is not a key'],
    ];
    for (const [method, why] of cases) {
      const credential = sample('ob30/simple.json');
      (credential.proof as Json[])[0]!.verificationMethod = method;
      const checks = await verifyDataIntegrity(credential, offline);
      expect(status(checks, 'proof'), method).to.equal('fail');
      expect(messageOf(checks, 'proof'), method).to.match(
        new RegExp(`^The signature names no usable key: “.*” ${why}\\.$`),
      );
      expect(status(checks, 'issuer-key'), method).to.equal('unknown');
      expect(buildReport(checks).verdict, method).to.equal('invalid');
    }
  });

  it('leaves a well-formed key reference it cannot use Not verified (another DID method, a key type it does not read)', async () => {
    for (const method of [
      'did:ion:EiClkZMDxPKqC9c-umQfTkR8vvZ9JPhl_xLDI9Nfk38w5w#key-1',
      'did:example:z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x',
      // secp256k1, a did:key the DID method defines but this viewer does not read
      'did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme',
      'http://issuer.example/keys/1',
    ]) {
      const credential = sample('ob30/simple.json');
      (credential.proof as Json[])[0]!.verificationMethod = method;
      const checks = await verifyDataIntegrity(credential, offline);
      expect(status(checks, 'proof'), method).to.equal('unknown');
      expect(buildReport(checks).verdict, method).to.equal('unverified');
    }
  });

  it('decodes base58btc with leading zeros, and refuses text that is not base58 or too long', () => {
    expect([...multibaseBytes('z112g')]).to.deep.equal([0, 0, 0x61]);
    expect(() => multibaseBytes('z0OIl')).to.throw();
    expect(() => multibaseBytes(`z${'2'.repeat(300_000)}`)).to.throw(/too long/);
  });

  it('gives verdicts end to end: verified, expired, revoked through the signed DCC list', async () => {
    const web = async (url: string) =>
      url.endsWith('e5WK8CbZ1GjycuPombrj')
        ? Response.json(DCC_LIST)
        : new Response('', { status: 404 });
    const verdict = async (name: string) =>
      (await verifyCredential(sample(name), { fetch: web, now: new Date('2026-11-23') })).report
        .verdict;
    expect(await verdict('dcc/v2/v2NoStatus')).to.equal('verified');
    // The DCC's list has 100,000 entries, under the Bitstring Status List minimum of 131,072:
    // read all the same (with a note on privacy), as the DCC's own verifier reads it.
    expect(await verdict('dcc/v2/v2WithValidStatus')).to.equal('verified');
    expect(await verdict('dcc/v2/v2Revoked')).to.equal('revoked');
    expect(await verdict('dcc/v2/v2Expired')).to.equal('expired');
    expect(await verdict('ob30/simple-err-proof-value.json')).to.equal('invalid');
    expect(await verdict('ob30/simple-noproof.json')).to.equal('invalid');
  });
});

describe('<credential-badge> and a proof naming no usable key (1EdTech samples)', () => {
  /** The verdict, the line under it and the checklist's Signature row, as a visitor reads them. */
  async function shown(name: string) {
    const credential = sample(name);
    const el = await badge(
      html`<credential-badge lang="en" .credential=${credential}></credential-badge>`,
    );
    const verdict = await verdictOf(el);
    $(el, 'summary')!.click();
    await el.updateComplete;
    const row = (label: string) =>
      $$(el, '[part=checks] li')
        .find((li) => li.querySelector('strong')?.textContent === label)!
        .textContent!.replace(/\s+/g, ' ')
        .trim();
    return { verdict, line: text(el, '.verdict'), signature: row('Signature') };
  }

  it('reads Invalid when the key reference has no scheme or an unknown one', async () => {
    const noScheme = await shown('ob30/simple-err-proof-method-no-scheme.json');
    expect(noScheme.verdict).to.equal('Invalid');
    expect(noScheme.line).to.contain('This credential failed verification.');
    expect(noScheme.signature).to.equal(
      'Failed Signature The signature names no usable key: “z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x” is neither a web address nor a DID.',
    );
    const unknownScheme = await shown('ob30/simple-err-proof-method-unknown-scheme.json');
    expect(unknownScheme.verdict).to.equal('Invalid');
    expect(unknownScheme.signature).to.contain('names no usable key: “xxx:z6Mk');
  });

  it('reads Not verified for a well-formed DID of a method it cannot resolve', async () => {
    const { verdict, signature } = await shown(
      'ob30/simple-err-proof-method-unknown-did-method.json',
    );
    expect(verdict).to.equal('Not verified');
    expect(signature).to.equal(
      'Could not check Signature The signature could not be checked without the issuer’s key.',
    );
  });
});
