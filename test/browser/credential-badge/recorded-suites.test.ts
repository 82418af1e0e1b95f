/**
 * The recorded public-suite samples (test/fixtures/badges, with their sources) against what each
 * suite expects: the element's verdict for every one, as docs/credential-conformance.md lists it,
 * and never Verified for a case its suite says must fail or for a tampered copy. Offline, like
 * the table's run: the only documents served are the suites' own support files and each
 * hosted OB 2.0 assertion at its own id.
 */
import { expect } from '@open-wc/testing';
import { readCredential } from '../../../packages/micropath/src/credential-badge/read-credential.ts';
import { verifyCredential } from '../../../packages/micropath/src/credential-badge/verify/verify-credential.ts';
import validator from '../../fixtures/badges/validator-samples.json';
import dataIntegrity from '../../fixtures/badges/data-integrity-samples.json';

type Json = Record<string, unknown>;
type Sample = { text?: string; json?: Json; base64?: string };
const recorded = (validator as { files: Record<string, Sample> }).files;
const di = (dataIntegrity as { files: Record<string, Json> }).files;
const NOW = new Date('2026-11-28T00:00:00Z');

/** What the suite expects ("valid" or "must fail"), and the element's verdict. */
const CASES: [string, 'valid' | 'must fail' | 'not asserted', string][] = [
  ['validator:ob20/basic-assertion.json', 'valid', 'verified'],
  ['validator:ob20/simple-badge.png', 'valid', 'verified'],
  // The signing keys (example.org/key1.json, key3.json) are not among the recorded files.
  ['validator:ob20/simple.jwt', 'valid', 'unverified'],
  ['validator:ob20/simple-revoked.jwt', 'must fail', 'unverified'],
  ['validator:ob20/basic-assertion-expired.json', 'must fail', 'expired'],
  ['validator:ob20/basic-assertion-in-future.json', 'must fail', 'expired'],
  // OB 3.0 samples: the signature holds, but nothing ties the key to the https issuer.
  ['validator:ob3-vcjwt-rs256.jwt', 'valid', 'unverified'],
  ['validator:ob30/simple.json', 'valid', 'unverified'],
  ['validator:ob30/simple.jwt', 'valid', 'unverified'],
  ['validator:ob30/simple-json.png', 'valid', 'unverified'],
  ['validator:ob30/simple-json.svg', 'valid', 'unverified'],
  ['validator:ob30/simple-jwt.svg', 'valid', 'unverified'],
  ['validator:ob30/complete.json', 'must fail', 'unverified'],
  ['validator:ob30/simple-err-issued.json', 'must fail', 'expired'],
  // Their status lists are on the network.
  ['validator:ob30/credential-status-revoked.json', 'must fail', 'unverified'],
  ['validator:ob30/bit-string-list/credential-status-revoked.json', 'must fail', 'unverified'],
  ['di:ob30/simple-did-key-method.json', 'valid', 'unverified'],
  ['di:ob30/simple-did-web-method.json', 'valid', 'unverified'],
  ['di:ob30/simple-eddsa-2022.json', 'valid', 'unverified'],
  ['di:ob30/simple-err-context.json', 'must fail', 'invalid'],
  ['di:ob30/simple-err-expired.json', 'must fail', 'expired'],
  ['di:ob30/simple-err-proof-value.json', 'must fail', 'invalid'],
  ['di:ob30/simple-noproof.json', 'not asserted', 'invalid'],
  // The proof's key reference has no scheme, or an unknown one: it names no usable key.
  ['di:ob30/simple-err-proof-method-no-scheme.json', 'must fail', 'invalid'],
  ['di:ob30/simple-err-proof-method-unknown-scheme.json', 'must fail', 'invalid'],
  // A well-formed DID of a method the badge does not resolve (did:example), and a key URL
  // on the network: they could name a key, so Not verified.
  ['di:ob30/simple-err-proof-method-unknown-did-method.json', 'must fail', 'unverified'],
  ['di:ob30/simple-err-proof-method.json', 'must fail', 'unverified'],
  ['di:w3c/eddsa-rdfc-2022', 'valid', 'unverified'],
  ['di:dcc/v1/v1NoStatus', 'valid', 'verified'],
  ['di:dcc/v2/v2NoStatus', 'valid', 'verified'],
  ['di:dcc/v2/v2OBv3SpecExample', 'not asserted', 'verified'],
  ['di:dcc/v2/v2Expired', 'must fail', 'expired'],
  // The DCC status list has 100,000 entries, under the 131,072 minimum: read, with a note.
  ['di:dcc/v2/v2WithValidStatus', 'valid', 'verified'],
  ['di:dcc/eddsa/v2/v2EddsaWithValidStatus', 'valid', 'verified'],
  ['di:dcc/v2/v2Revoked', 'must fail', 'revoked'],
  ['di:dcc/v1/v1WithValidStatus', 'valid', 'verified'],
  ['di:dcc/v1/v1Revoked', 'must fail', 'revoked'],
  ['di:dcc/eddsaAndEd25519/v2/v2DoubleSigWithValidStatus', 'valid', 'verified'],
  // Revoked and expired (the DCC says both): revoked comes first in the badge's order.
  ['di:dcc/v2/v2RevokedAndExpired', 'must fail', 'revoked'],
  // did:web documents on the network.
  ['di:dcc/v2/didWeb/v2didWebWithValidStatus', 'valid', 'unverified'],
  ['di:dcc/v2/didWeb/v2WithBadDidWeb', 'must fail', 'unverified'],
];

function input(name: string): unknown {
  const [set, key] = name.split(/:(.*)/s) as [string, string];
  if (set === 'di') return structuredClone(di[key]!);
  const sample = recorded[key]!;
  if (sample.base64)
    return new Blob([Uint8Array.from(atob(sample.base64), (c) => c.charCodeAt(0))], {
      type: 'image/png',
    });
  if (key.endsWith('.svg')) return new Blob([sample.text!], { type: 'image/svg+xml' });
  return sample.json ? structuredClone(sample.json) : sample.text!;
}

const SUPPORT: Record<string, unknown> = {
  'https://example.org/robotics-badge.json': recorded['ob20/assets/robotics-badge.json']!.json,
  'https://example.org/organization.json': recorded['ob20/assets/organization.json']!.json,
};
const DCC_LIST = recorded['dcc/status/e5WK8CbZ1GjycuPombrj']!.json;

/** Reads and verifies `given`; `hosted` is what the issuer hosts at the assertion's id. */
async function verdictOf(given: unknown, hosted?: Json) {
  const pages: Record<string, unknown> = { ...SUPPORT };
  const fetch = async (url: string) => {
    if (url.endsWith('/e5WK8CbZ1GjycuPombrj')) return Response.json(DCC_LIST);
    return url in pages ? Response.json(pages[url]) : new Response('', { status: 404 });
  };
  const loaded = await readCredential(given, fetch);
  const own = hosted ?? (typeof loaded.credential === 'object' ? loaded.credential : undefined);
  if (own && typeof own.id === 'string') pages[own.id] = own;
  return (await verifyCredential(loaded.credential, { fetch, now: NOW })).report.verdict;
}

/** The same credential with a claim changed after signing (a JWT: one payload character). */
function tampered(given: unknown): unknown {
  if (typeof given === 'string') {
    const [header, payload, signature] = given.trim().split('.') as [string, string, string];
    const i = Math.floor(payload.length / 2);
    return [
      header,
      `${payload.slice(0, i)}${payload[i] === 'A' ? 'B' : 'A'}${payload.slice(i + 1)}`,
      signature,
    ].join('.');
  }
  if (given && typeof given === 'object' && !(given instanceof Blob))
    return { ...(given as Json), name: 'Master Welder' };
  return undefined;
}

describe('recorded public-suite samples', function () {
  this.timeout(20_000);
  for (const [name, upstream, expected] of CASES)
    it(`${name}: the suite says ${upstream}, the element ${expected}`, async () => {
      const verdict = await verdictOf(input(name));
      expect(verdict).to.equal(expected);
      if (upstream === 'must fail') expect(verdict).not.to.equal('verified');
      const forged = upstream === 'valid' ? tampered(input(name)) : undefined;
      if (forged !== undefined) {
        const original = input(name) as Json;
        const forgedVerdict = await verdictOf(
          forged,
          typeof original === 'object' ? original : undefined,
        ).catch(() => 'refused');
        expect(forgedVerdict, 'tampered copy').not.to.equal('verified');
      }
    });
});
