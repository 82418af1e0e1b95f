/**
 * Credential-badge scenario: verifying OB 3.0 VC-JWTs (a fresh ES256 credential whose issuer
 * is its did:jwk, and the 1EdTech RS256 sample with its embedded key), an embedded
 * eddsa-rdfc-2022 proof (JSON-LD canonicalization of the W3C test vector and of the 1EdTech
 * sample, did:key resolved offline), and unbaking a 1 MB PNG
 * whose credential chunk sits after the image data (the worst case for the chunk scan), and
 * the hostile set (test/support/hostile-credentials.ts): its slowest case and longest task.
 * Runs in the page; `scripts/bench.mjs` drives it and aggregates.
 */
import { verifyCredential } from '../packages/micropath/src/credential-badge/verify/verify-credential.ts';
import { unbake } from '../packages/micropath/src/credential-badge/bake/unbake.ts';
import samples from '../test/fixtures/badges/validator-samples.json';
import diSamples from '../test/fixtures/badges/data-integrity-samples.json';
import { signedCredential } from '../test/support/sign-credential.ts';
import { readCredential } from '../packages/micropath/src/credential-badge/read-credential.ts';
import { HOSTILE_CASES } from '../test/support/hostile-credentials.ts';

const files = (samples as { files: Record<string, { text?: string }> }).files;
const di = (diSamples as { files: Record<string, unknown> }).files;
const offline = { fetch: async () => new Response('', { status: 404 }) };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(repeats: number, task: () => Promise<unknown>) {
  await task(); // warm up (and load nothing lazily during the samples)
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return { value: median(samples), unit: 'ms', samples: samples.length };
}

const didJwkCredential = async () =>
  (
    await signedCredential(
      { credentialSubject: { achievement: { name: 'Teamwork', description: 'x'.repeat(2000) } } },
      { issuerName: 'Bench College' },
    )
  ).jws;

function chunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8); // the CRC is left zero: the reader does not need it
  return out;
}

/** A 1 MB PNG: header, 16 × 64 KiB of image data, then the baked credential. */
function megabytePng(credential: string): Blob {
  const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = chunk('IHDR', new Uint8Array(13));
  // getRandomValues fills at most 64 KiB at a time: one call per chunk.
  const idat = Array.from({ length: 16 }, () =>
    chunk('IDAT', crypto.getRandomValues(new Uint8Array(65_536))),
  );
  const text = new TextEncoder().encode(`openbadgecredential\0\0\0\0\0${credential}`);
  return new Blob(
    [signature, ihdr, ...idat, chunk('iTXt', text), chunk('IEND', new Uint8Array())],
    {
      type: 'image/png',
    },
  );
}

/**
 * Every case of the hostile set, read and verified: the slowest case's time, and the longest
 * main-thread task seen meanwhile (Long Tasks API), each with the case that caused it.
 */
async function hostile() {
  const inputs = await Promise.all(HOSTILE_CASES.map(async (c) => ({ c, input: await c.input() })));
  let longest = { value: 0, name: '' };
  let current = '';
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.duration > longest.value) longest = { value: entry.duration, name: current };
  });
  observer.observe({ type: 'longtask', buffered: false });
  let slowest = { value: 0, name: '' };
  for (const { c, input } of inputs) {
    current = c.name;
    const fetch = async (url: string) => c.web?.[url]?.() ?? new Response('', { status: 404 });
    const start = performance.now();
    try {
      const loaded = await readCredential(input, fetch);
      await verifyCredential(loaded.credential, { fetch });
    } catch {
      // a clear error is an outcome too
    }
    const took = performance.now() - start;
    if (took > slowest.value) slowest = { value: took, name: c.name };
    // Let the long-task observer report before the next case starts.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  observer.disconnect();
  return {
    [`hostile input (${HOSTILE_CASES.length} cases), slowest`]: {
      value: slowest.value,
      unit: 'ms',
      samples: 1,
      note: slowest.name,
    },
    'hostile input, longest main-thread task': {
      value: longest.value,
      unit: 'ms',
      samples: 1,
      note: longest.name || 'none over 50 ms',
    },
  };
}

export async function run() {
  const fresh = await didJwkCredential();
  const sample = files['ob3-vcjwt-rs256.jwt']!.text!;
  const png = megabytePng(fresh);
  return {
    'verify VC-JWT, ES256 did:jwk issuer': await time(30, () => verifyCredential(fresh, offline)),
    'verify VC-JWT, 1EdTech RS256 sample': await time(30, () => verifyCredential(sample, offline)),
    'verify eddsa-rdfc-2022, W3C test vector': await time(30, () =>
      verifyCredential(di['w3c/eddsa-rdfc-2022'], offline),
    ),
    'verify eddsa-rdfc-2022, 1EdTech OB 3.0 sample': await time(30, () =>
      verifyCredential(di['ob30/simple.json'], offline),
    ),
    [`unbake a ${(png.size / 1_048_576).toFixed(1)} MB PNG`]: await time(30, () => unbake(png)),
    ...(await hostile()),
  };
}

(window as unknown as { micropathBench: unknown }).micropathBench = { run };
