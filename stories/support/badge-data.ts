/**
 * Credentials for the badge stories: freshly signed VC-JWTs (a `did:jwk` issuer, so they verify
 * without a network), the 1EdTech validator's recorded samples, and a fake web for the
 * lookups (status lists, hosted OB 2.0 assertions), so every verdict shows offline.
 */
import type { CredentialsAdapter } from '../../packages/micropath/src/core/contracts.ts';
import samples from '../../test/fixtures/badges/validator-samples.json';
import diSamplesJson from '../../test/fixtures/badges/data-integrity-samples.json';
import {
  didJwk,
  signedCredential,
  statusListCredential,
  tamperClaim,
} from '../../test/support/sign-credential.ts';
import { addProof, testKey } from '../../test/support/sign-data-integrity.ts';

const diSamples = diSamplesJson as { files: Record<string, Record<string, unknown>> };

type SampleFile = { text?: string; json?: Record<string, unknown>; base64?: string };
export const sample = (name: string) =>
  (samples as { files: Record<string, SampleFile> }).files[name]!;
export const sampleBlob = (name: string, type: string) =>
  new Blob([Uint8Array.from(atob(sample(name).base64!), (c) => c.charCodeAt(0))], { type });

const STATUS_LIST = 'https://riverside.example/status/1';
const BADGE_IMAGE =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle cx="50" cy="50" r="46" fill="#1c56c9"/><path d="M30 52l14 14 27-30" stroke="#fff" stroke-width="9" fill="none"/></svg>',
  );

/** A realistic micro-credential from a fictional college. */
export const solarCredential = (claims: Record<string, unknown> = {}) => ({
  '@context': [
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  ],
  id: 'https://riverside.example/credentials/4821',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  name: 'Solar Panel Installation Basics',
  validFrom: '2026-03-14T00:00:00Z',
  credentialSubject: {
    type: ['AchievementSubject'],
    achievement: {
      id: 'https://riverside.example/achievements/solar-101',
      type: ['Achievement'],
      achievementType: 'MicroCredential',
      name: 'Solar Panel Installation Basics',
      description:
        'Safely mounts, wires and commissions a residential photovoltaic array under supervision.',
      image: { id: BADGE_IMAGE, type: 'Image', caption: 'A blue badge with a check mark' },
      criteria: {
        narrative:
          '## What learners did\n- 24 hours of supervised roof work\n- Wired and **commissioned** a 4 kW array\n- Passed the safety assessment',
      },
      alignment: [
        {
          type: ['Alignment'],
          targetName: 'Install photovoltaic systems',
          targetFramework: 'ESCO',
          targetCode: 'S8.1.2',
          targetUrl: 'https://esco.ec.europa.eu/',
        },
      ],
      tag: ['Renewable energy', 'Electrical', 'Apprenticeship'],
    },
    result: [{ type: ['Result'], value: 'Pass with merit' }],
    creditsEarned: 2,
    name: 'Ada Okafor',
  },
  ...claims,
});

/** A fake web for the lookups: nothing but the status lists the adapters sign. */
const notHere = async (): Promise<Response> => new Response('not here', { status: 404 });

export interface SignedOptions {
  claims?: Record<string, unknown>;
  /** Flip one payload character after signing. */
  tamper?: boolean;
  /** Index 8 of the issuer's signed status list is revoked, index 1 is not. */
  statusIndex?: number;
  /** false: an https issuer whose keys cannot be fetched offline. */
  didIssuer?: boolean;
  /** Names the college's did:jwk as issuer but is signed with another key (a forgery). */
  forgedIssuer?: boolean;
}

/** The college's own did:jwk, whose key a forger does not hold. */
const COLLEGE_DID = didJwk({
  kty: 'EC',
  crv: 'P-256',
  x: '4HYVlEbitgv7JxpR5v42xwlu4A66DSS_zH-j2EFB1zw',
  y: 'zHduJN4fnlaWfvmEwI2LSD3feSHqD4n-E-TRhXqdNVE',
});

/** An adapter answering any `credential-id` with a freshly signed credential. */
export function signedAdapter(options: SignedOptions = {}): CredentialsAdapter {
  let signed: ReturnType<typeof signedCredential> | undefined;
  const status =
    options.statusIndex === undefined
      ? {}
      : {
          credentialStatus: {
            type: 'BitstringStatusListEntry',
            statusPurpose: 'revocation',
            statusListIndex: String(options.statusIndex),
            statusListCredential: STATUS_LIST,
          },
        };
  return {
    getCredential: async () => {
      signed ??= signedCredential(solarCredential({ ...status, ...options.claims }), {
        issuerName: 'Riverside Community College',
        ...(options.didIssuer === false
          ? { issuer: () => 'https://riverside.example/issuer' }
          : {}),
        ...(options.forgedIssuer
          ? { issuer: () => COLLEGE_DID, kid: (jwk: object) => `${didJwk(jwk)}#0` }
          : {}),
      });
      const token = (await signed).jws;
      // One changed claim, signature kept: what a forger who edits the name would produce.
      return options.tamper
        ? tamperClaim(token, (vc) => (vc.credentialSubject.achievement.name = 'Master Electrician'))
        : token;
    },
    listCredentials: async () => [],
    // The issuer's status list, signed with the credential's key.
    fetch: async (url) => {
      if (url !== STATUS_LIST || !signed) return notHere();
      const { sign, credential } = await signed;
      return new Response(await sign(await statusListCredential(url, credential.issuer, [8])));
    },
  };
}

/** A holder with three credentials: verified, expired and one the badge cannot read. */
export function galleryAdapter(): CredentialsAdapter {
  const current = signedAdapter();
  const base = solarCredential();
  const expired = signedAdapter({
    claims: {
      validUntil: '2026-01-31T00:00:00Z',
      credentialSubject: {
        ...base.credentialSubject,
        achievement: { ...base.credentialSubject.achievement, name: 'First Aid at Work' },
      },
    },
  });
  return {
    getCredential: current.getCredential,
    listCredentials: async (_holder, ctx) => [
      await current.getCredential('a', ctx),
      await expired.getCredential('b', ctx),
      sample('ob3-vcjwt-rs256.jwt').text!,
      { note: 'not a credential' },
    ],
    fetch: notHere,
  };
}

/**
 * A Digital Credentials Consortium test credential, with the status list it points to (signed
 * by the same did:key issuer) served from the recorded copy.
 */
export function dccAdapter(name: string): CredentialsAdapter {
  const list = sample('dcc/status/e5WK8CbZ1GjycuPombrj').json;
  return {
    getCredential: async () => diSamples.files[name]!,
    fetch: async (url) => (url.endsWith('/e5WK8CbZ1GjycuPombrj') ? Response.json(list) : notHere()),
  };
}

/** The fictional college's credential signed with ecdsa-rdfc-2019 by its own did:key (P-256). */
export function ecdsaAdapter(): CredentialsAdapter {
  let signed: Promise<Record<string, unknown>> | undefined;
  return {
    getCredential: async () => {
      signed ??= testKey('ecdsa-rdfc-2019').then((key) =>
        addProof(
          solarCredential({ issuer: { id: key.did, name: 'Riverside Community College' } }),
          key,
        ),
      );
      return signed;
    },
    fetch: notHere,
  };
}

export const pendingCredentials: CredentialsAdapter = {
  getCredential: () => new Promise(() => undefined),
};

/** A holder whose list never arrives: the gallery's reserved size. */
export const pendingGallery: CredentialsAdapter = {
  getCredential: () => new Promise(() => undefined),
  listCredentials: () => new Promise(() => undefined),
};

/** The credential arrives at once; the issuer's key never does: checking, in its final shape. */
export function checkingAdapter(): CredentialsAdapter {
  const signed = signedAdapter({ didIssuer: false });
  return { ...signed, fetch: () => new Promise(() => undefined) };
}

/** The same credential after `ms`: the loading state giving way to the credential in place. */
export function slowAdapter(ms = 1500): CredentialsAdapter {
  const signed = signedAdapter();
  return {
    ...signed,
    getCredential: async (id, ctx) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return signed.getCredential(id, ctx);
    },
  };
}

export const failingCredentials: CredentialsAdapter = {
  getCredential: async () => {
    const { AdapterError } = await import('../../packages/micropath/src/core/errors.ts');
    throw new AdapterError('network', 'The credentials server could not be reached.');
  },
};
