/**
 * From whatever the page or the visitor gave (a URL, a JSON object or text, a JWT, a baked
 * PNG / SVG as a Blob or File) to the credential itself, ready to show and to verify. Loaded
 * lazily with the badge's display code.
 */
import { msg, str } from '@lit/localize';
import { failure, type Reason } from './reasons.ts';
import type { CredentialView } from '../core/models/credential.ts';
import { unbake } from './bake/unbake.ts';
import { fetchCredential, MAX_CREDENTIAL_BYTES } from './lookups.ts';

export { guardedFetch } from './lookups.ts';
import { detectFormat, type Detected } from './bake/detect-format.ts';
import { toCredentialView } from './credential-view.ts';
import { assertReasonableJson, obj, parseJson } from './json-values.ts';
import { AdapterError } from '../core/errors.ts';

export interface LoadedCredential {
  /** The credential to verify: a JSON object, or a compact JWS / JWT. */
  credential: Record<string, unknown> | string;
  /** What to offer as a download: the baked image, the JWT, or the JSON. */
  original: Blob | string | Record<string, unknown>;
  /** The http(s) link it came from, if any (for "copy link" and LinkedIn). */
  url?: string;
  detected: Detected;
  /** What can be shown before verification; absent when parts must be fetched first (OB 2.0). */
  view?: CredentialView;
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

const invalid = (reason: Reason) => failure('invalid-response', reason);
const JWT = /^[\w-]+\.[\w-]+\.[\w-]*$/;
const PNG = [0x89, 0x50, 0x4e, 0x47];

/** A PNG by its signature, an SVG (or other XML) by its first character. */
async function isImage(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 64).arrayBuffer());
  if (PNG.every((b, i) => head[i] === b)) return true;
  return new TextDecoder()
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('<');
}

/**
 * Reads any input into a credential. A URL is followed (once: a baked image or a JSON body may
 * point to a hosted assertion, which must then hold the credential itself).
 */
export async function readCredential(
  input: unknown,
  fetch: Fetch,
  from: { url?: string; original?: Blob } = {},
  depth = 0,
): Promise<LoadedCredential> {
  if (input instanceof Blob) {
    if (input.size > MAX_CREDENTIAL_BYTES) {
      const size = Math.round(input.size / 1048576);
      throw invalid(() =>
        msg(str`The file is too large to be a credential (${size} MB; the limit is 10 MB).`),
      );
    }
    if (await isImage(input)) {
      const baked = await unbake(input);
      return readCredential(baked.value, fetch, { ...from, original: input }, depth);
    }
    // A .json or .jwt file, or a text file holding a link.
    return readCredential(await input.text(), fetch, from, depth);
  }
  if (typeof input === 'string') {
    const value = input.trim();
    if (/^https?:\/\//i.test(value) || (depth === 0 && /^\.{0,2}\//.test(value))) {
      if (depth > 1)
        throw invalid(() => msg('The credential links to another link instead of holding data.'));
      const fetched = await fetchCredential(value, fetch);
      return readCredential(fetched, fetch, { ...from, url: from.url ?? value }, depth + 1);
    }
    if (value.startsWith('{')) {
      let parsed: unknown;
      try {
        parsed = parseJson(value);
      } catch (error) {
        if (error instanceof AdapterError) throw error;
        throw invalid(() => msg('The credential is not valid JSON.'));
      }
      return readCredential(parsed, fetch, from, depth);
    }
    if (!JWT.test(value)) {
      throw invalid(() =>
        msg('This is neither a credential, a signed credential nor a link to one.'),
      );
    }
    return loaded(value, from);
  }
  const object = obj(input);
  if (!object) throw invalid(() => msg('This is not an Open Badges 2.0 or 3.0 credential.'));
  assertReasonableJson(object);
  return loaded(object, from);
}

function loaded(
  credential: Record<string, unknown> | string,
  from: { url?: string; original?: Blob },
): LoadedCredential {
  const detected = detectFormat(credential);
  const badge = obj(detected.credential.badge);
  // OB 2.0 with the badge class or issuer given as links: shown once verification fetched them.
  const selfContained = detected.format.startsWith('ob3') || (badge && obj(badge.issuer));
  let view: CredentialView | undefined;
  if (selfContained) {
    try {
      view = toCredentialView(detected);
    } catch {
      view = undefined; // the schema check will say what is missing
    }
  }
  const url = from.url ?? httpId(detected.credential.id);
  return {
    credential,
    original: from.original ?? credential,
    detected,
    ...(url ? { url } : {}),
    ...(view ? { view } : {}),
  };
}

const httpId = (id: unknown) =>
  typeof id === 'string' && /^https:\/\//i.test(id) ? id : undefined;
