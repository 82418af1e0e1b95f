/**
 * Data Integrity proofs made in tests (eddsa-rdfc-2022, ecdsa-rdfc-2019 with P-256 or P-384), with
 * fresh WebCrypto keys, so forged cases can be signed correctly by the "wrong" party: a valid
 * signature by a key that is not the issuer's. Canonicalization uses the verifier's bundled
 * contexts. Follows VC Data Integrity 1.0 §4 and the two cryptosuite specifications.
 */
import jsonld from 'jsonld';
import { base58 } from '@scure/base';
import { bundledContext } from '../../packages/micropath/src/credential-badge/verify/contexts.ts';

type Json = Record<string, unknown>;

export interface TestKey {
  suite: 'eddsa-rdfc-2022' | 'ecdsa-rdfc-2019';
  curve: 'Ed25519' | 'P-256' | 'P-384';
  /** The public key as a multibase Multikey (`z6Mk…` or `zDn…`). */
  multikey: string;
  /** `did:key:<multikey>` */
  did: string;
  /** `did:key:<multikey>#<multikey>` */
  didMethod: string;
  privateKey: CryptoKey;
}

/** A fresh Ed25519 (default) key, or a P-256 / P-384 key for ecdsa-rdfc-2019. */
export async function testKey(
  suite: TestKey['suite'] = 'eddsa-rdfc-2022',
  ecCurve: 'P-256' | 'P-384' = 'P-256',
): Promise<TestKey> {
  const ed = suite === 'eddsa-rdfc-2022';
  const curve = ed ? 'Ed25519' : ecCurve;
  const algorithm: EcKeyGenParams | Algorithm = ed
    ? { name: 'Ed25519' }
    : { name: 'ECDSA', namedCurve: curve };
  const pair = (await crypto.subtle.generateKey(algorithm, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  // A compressed point (02 or 03 by the parity of y, then x) behind the multicodec prefix.
  const size = curve === 'P-384' ? 48 : 32;
  const body = ed ? raw : Uint8Array.from([2 + (raw[2 * size]! & 1), ...raw.subarray(1, 1 + size)]);
  const prefix = ed ? [0xed, 0x01] : curve === 'P-256' ? [0x80, 0x24] : [0x81, 0x24];
  const multikey = `z${base58.encode(Uint8Array.from([...prefix, ...body]))}`;
  const did = `did:key:${multikey}`;
  return {
    suite,
    curve,
    multikey,
    did,
    didMethod: `${did}#${multikey}`,
    privateKey: pair.privateKey,
  };
}

const canonize = async (document: Json) => {
  const quads = await jsonld.toRDF(document, {
    format: 'application/n-quads',
    documentLoader: bundledContext,
    safe: true,
  });
  return jsonld.canonize(quads, {
    inputFormat: 'application/n-quads',
    format: 'application/n-quads',
    canonizeOptions: { algorithm: 'RDFC-1.0', maxWorkFactor: 1 },
  });
};
const digest = async (hash: 'SHA-256' | 'SHA-384', text: string) =>
  new Uint8Array(await crypto.subtle.digest(hash, new TextEncoder().encode(text)));

export interface ProofOptions {
  verificationMethod?: string;
  proofPurpose?: string;
  created?: string;
  expires?: string;
  id?: string;
  previousProof?: string | string[];
  /** A presentation's proof for `authentication`: the request's challenge and the page's origin. */
  challenge?: string;
  domain?: string | string[];
}

/**
 * The credential with one more proof by `key`. Proofs named by `previousProof` are signed
 * over, as DI 1.0 chains require; other proofs already present stay beside it (a proof set).
 */
export async function addProof(
  credential: Json,
  key: TestKey,
  options: ProofOptions = {},
): Promise<Json> {
  const existing = [credential.proof].flat().filter(Boolean) as Json[];
  const unsecured: Json = { ...credential };
  delete unsecured.proof;
  const previous = [options.previousProof ?? []]
    .flat()
    .map((id) => existing.find((p) => p.id === id)!);
  if (previous.length) unsecured.proof = previous;
  const proof: Json = {
    type: 'DataIntegrityProof',
    cryptosuite: key.suite,
    created: '2025-01-01T00:00:00Z',
    verificationMethod: key.didMethod,
    proofPurpose: 'assertionMethod',
    ...options,
  };
  const hash = key.curve === 'P-384' ? 'SHA-384' : 'SHA-256';
  const hashes = await Promise.all([
    canonize({ ...proof, '@context': credential['@context'] }).then((t) => digest(hash, t)),
    canonize(unsecured).then((t) => digest(hash, t)),
  ]);
  const data = Uint8Array.from([...hashes[0], ...hashes[1]]);
  const algorithm = key.curve === 'Ed25519' ? { name: 'Ed25519' } : { name: 'ECDSA', hash };
  const signature = new Uint8Array(await crypto.subtle.sign(algorithm, key.privateKey, data));
  const signed = { ...proof, proofValue: `z${base58.encode(signature)}` };
  return { ...credential, proof: existing.length ? [...existing, signed] : signed };
}

/** A minimal OB 3.0 credential from `issuer` (an id string or a profile object). */
export const ob3Credential = (issuer: unknown, extra: Json = {}): Json => ({
  '@context': [
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  ],
  id: 'urn:uuid:2f0b9c3e-1d1a-4b8e-9b8e-5f1c1d2e3f40',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer,
  validFrom: '2025-01-01T00:00:00Z',
  name: 'Welding Safety',
  credentialSubject: {
    type: ['AchievementSubject'],
    achievement: {
      id: 'urn:uuid:0c6ef4b4-0b0e-4a11-8a33-2f1ab1c2d3e4',
      type: ['Achievement'],
      name: 'Welding Safety',
      description: 'Completed the welding safety course.',
      criteria: { narrative: 'Passed the practical exam.' },
    },
  },
  ...extra,
});

/** The ESCO concept "SQL", as the wallet tests align their credentials with it. */
export const ESCO_SQL = 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742';

/**
 * A signed OB 3.0 "SQL Basics" credential from `issuer` about `subject` (a DID, as a wallet's
 * holder), aligned with the ESCO skill SQL.
 */
export const sqlCredentialAbout = (
  issuer: TestKey,
  subject: string,
  id = 'urn:uuid:0f4c1f9e-52a1-4b7e-9d3c-2a1b3c4d5e6f',
) =>
  addProof(
    ob3Credential(issuer.did, {
      id,
      name: 'SQL Basics',
      credentialSubject: {
        id: subject,
        type: ['AchievementSubject'],
        achievement: {
          id: 'urn:uuid:5d2c7a10-3b1e-4c55-8f6a-1e2d3c4b5a69',
          type: ['Achievement'],
          name: 'SQL Basics',
          description: 'Writes SELECT queries with joins.',
          criteria: { narrative: 'Passed the practical.' },
          alignment: [
            {
              type: ['Alignment'],
              targetName: 'SQL',
              targetUrl: ESCO_SQL,
              targetFramework: 'ESCO',
              targetType: 'ext:EscoSkill',
            },
          ],
        },
      },
    }),
    issuer,
  );

/**
 * A wallet's Verifiable Presentation of `credentials`, signed by `signer` for `authentication`
 * over a presentation request's challenge and domain (`holder` defaults to the signer).
 */
export const presentationBy = (
  signer: TestKey,
  credentials: Json[],
  request: { challenge: string; domain: string },
  holder = signer.did,
) =>
  addProof(
    {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiablePresentation'],
      holder,
      verifiableCredential: credentials,
    },
    signer,
    { proofPurpose: 'authentication', challenge: request.challenge, domain: request.domain },
  );
