/**
 * Hostile inputs for the badge, each under the 10 MB file limit: oversized keys and proof values
 * (base58 decoding is quadratic), an SVG full of unterminated badge tags, a PNG whose baked
 * chunk inflates to gigabytes, JSON nested or repeated past reason, a status list that
 * inflates without end. Each must end in a verdict or a clear error, quickly; the test checks
 * the outcome, `npm run bench` times the slowest. No DOM or test-framework imports.
 */

import { addProof, testKey } from './sign-data-integrity.ts';

type Json = Record<string, unknown>;

const issuer = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';

const credential = (extra: Json = {}): Json => ({
  '@context': [
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  ],
  id: 'urn:uuid:hostile',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer,
  validFrom: '2025-01-01T00:00:00Z',
  credentialSubject: {
    type: ['AchievementSubject'],
    achievement: { type: ['Achievement'], name: 'Hostile' },
  },
  ...extra,
});

const proof = (extra: Json) => ({
  type: 'DataIntegrityProof',
  cryptosuite: 'eddsa-rdfc-2022',
  created: '2025-01-01T00:00:00Z',
  verificationMethod: `${issuer}#${issuer.slice(8)}`,
  proofPurpose: 'assertionMethod',
  proofValue: 'z5',
  ...extra,
});

/** Deflate-compressed bytes of `size` zero bytes (a small file that inflates hugely). */
async function bomb(size: number, format: CompressionFormat): Promise<Uint8Array> {
  const zeros = new Uint8Array(1024 * 1024);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let left = size; left > 0; left -= zeros.length)
        controller.enqueue(zeros.subarray(0, Math.min(left, zeros.length)));
      controller.close();
    },
  }).pipeThrough(new CompressionStream(format) as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  new DataView(out.buffer).setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  return out;
}

const base64Url = (bytes: Uint8Array) => {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
};

export interface HostileCase {
  name: string;
  /** What the badge is given: an object, text, or a file. */
  input: () => Promise<unknown>;
  /** Lookups during verification (a status list, say); everything else is a 404. */
  web?: Record<string, () => Promise<Response>>;
}

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: '300 kB proofValue',
    input: async () => credential({ proof: proof({ proofValue: `z${'2'.repeat(300_000)}` }) }),
  },
  {
    name: '300 kB did:key',
    input: async () => {
      const key = `did:key:z6Mk${'2'.repeat(300_000)}`;
      return credential({ issuer: key, proof: proof({ verificationMethod: `${key}#x` }) });
    },
  },
  {
    name: '1.8 MB SVG of unterminated badge tags',
    input: async () =>
      new Blob([`<svg>${'<openbadges:assertion verify="x'.repeat(56_000)}</svg>`], {
        type: 'image/svg+xml',
      }),
  },
  {
    name: 'PNG whose baked chunk inflates to 256 MB',
    input: async () => {
      const header = new TextEncoder().encode('openbadgecredential\0\x01\0\0\0');
      const zipped = await bomb(256 * 1024 ** 2, 'deflate');
      const text = new Uint8Array(header.length + zipped.length);
      text.set(header);
      text.set(zipped, header.length);
      const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      return new Blob(
        [signature, pngChunk('IHDR', new Uint8Array(13)), pngChunk('iTXt', text)].map((part) =>
          part.slice(),
        ),
        { type: 'image/png' },
      );
    },
  },
  {
    name: 'JSON nested 1,000,000 levels (4 MB)',
    input: async () => `{"a":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`,
  },
  {
    name: 'credential with 400,000 values',
    input: async () =>
      credential({
        credentialSubject: {
          achievement: { name: 'Hostile', tag: Array.from({ length: 400_000 }, (_, i) => `t${i}`) },
        },
        proof: proof({}),
      }),
  },
  {
    name: 'credential with 4,000 values for JSON-LD',
    input: async () =>
      credential({
        credentialSubject: {
          achievement: {
            name: 'Hostile',
            alignment: Array.from({ length: 800 }, (_, i) => ({
              type: ['Alignment'],
              targetName: `Skill ${i}`,
              targetUrl: `https://skills.example/${i}`,
              targetCode: `S${i}`,
            })),
          },
        },
        proof: proof({}),
      }),
  },
  {
    name: '8 MB VC-JWT',
    input: async () => {
      const header = base64Url(new TextEncoder().encode('{"alg":"ES256"}'));
      const payload = base64Url(
        new TextEncoder().encode(
          JSON.stringify({ vc: credential({ name: 'x'.repeat(6_000_000) }) }),
        ),
      );
      return `${header}.${payload}.AAAA`;
    },
  },
  {
    name: 'signed status list that inflates to 256 MB',
    input: async () => (await signedBombList()).credential,
    web: {
      'https://issuer.example/status': async () => Response.json((await signedBombList()).list),
    },
  },
];

let bombList: Promise<{ credential: Json; list: Json }> | undefined;
/** A credential and its issuer's status list, properly signed, whose bits inflate to 256 MB. */
function signedBombList() {
  bombList ??= (async () => {
    const key = await testKey();
    const list = await addProof(
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        id: 'https://issuer.example/status',
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        issuer: key.did,
        validFrom: '2025-01-01T00:00:00Z',
        credentialSubject: {
          id: 'https://issuer.example/status#list',
          type: 'BitstringStatusList',
          statusPurpose: 'revocation',
          encodedList: `u${base64Url(await bomb(256 * 1024 ** 2, 'gzip'))}`,
        },
      },
      key,
    );
    const entry = {
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '5',
      statusListCredential: 'https://issuer.example/status',
    };
    const signed = await addProof(credential({ issuer: key.did, credentialStatus: entry }), key);
    return { credential: signed, list };
  })();
  return bombList;
}
