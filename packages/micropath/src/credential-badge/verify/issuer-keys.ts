/**
 * Whether a signing key is the issuer's: the rule behind "Verified" (docs/decisions.md,
 * "What Verified means"). A key is the issuer's only when the issuer's own identifier or
 * document says so:
 * - a `did:key` / `did:jwk` issuer has exactly one key, itself;
 * - a `did:web` issuer lists the key under `assertionMethod` in its DID document
 *   (Controlled Identifiers 1.0, VC Data Integrity 1.0 "verify proof" step on proof purpose);
 * - an https issuer publishes the key on its own origin (a key document or `/.well-known/jwks.json`),
 *   or lists it under `assertionMethod` in the profile at its id.
 * A key that one of these sources shows to be someone else's is `not-issuer` (the credential
 * is invalid); a key nothing ties either way (a key the credential carries, a key on another
 * origin, an issuer whose documents cannot be read) is `unknown` (not verified).
 */
import { msg, str } from '@lit/localize';
import { didWebUrl } from './did-web.ts';
import { reasonOf, type Reason } from '../reasons.ts';
import { obj, type Json } from '../json-values.ts';

export type Binding = 'issuer' | 'not-issuer' | 'unknown';

/**
 * Where a signing key came from: a DID that is the key itself (`at` names its method, did:key
 * or did:jwk), a DID document, a web address, a key embedded in the credential, or one written
 * into the proof's key address (`…#z6Mk…`).
 */
export type KeySource =
  { kind: 'did' | 'did-document' | 'url'; at: string } | { kind: 'embedded' | 'key-address' };

/**
 * The key's tie to the issuer, with the reason when it is shown not to be the issuer's, or
 * why the issuer's documents could not be read when it is unknown.
 */
export interface KeyTie {
  binding: Binding;
  why?: Reason;
}

export interface DocumentLookup {
  /** Fetches JSON for key lookups (through the adapter's fetch hook, https only). */
  fetchJson(url: string): Promise<unknown>;
}

/** The most characters read of any identifier (a DID, a key address); longer ones are refused. */
export const MAX_ID_CHARS = 2048;

export const SELF_CERTIFYING = /^did:(key|jwk):/;

const isHttps = (id: string | undefined): id is string => !!id && /^https:\/\//i.test(id);
const originOf = (url: string) => new URL(url).origin;
export const sameOrigin = (a: string, b: string) =>
  /^https?:/i.test(a) && /^https?:/i.test(b) && originOf(a) === originOf(b);

/** An id as written in a document (`#key-1` or absolute), made absolute against `base`. */
const absolute = (id: unknown, base: string): string | undefined =>
  typeof id !== 'string' ? undefined : id.startsWith('#') ? `${base.split('#')[0]}${id}` : id;

/** The verification method ids a controller document authorises for issuing. */
export function assertionMethods(document: Json, base: string): string[] {
  return [document.assertionMethod]
    .flat()
    .map((m) => absolute(typeof m === 'string' ? m : obj(m)?.id, base))
    .filter((id): id is string => Boolean(id));
}

/** Every verification method a document carries (listed or authorised), by absolute id. */
export function methodsOf(document: Json, base: string): Json[] {
  return [document.verificationMethod, document.assertionMethod]
    .flat()
    .map(obj)
    .filter((m): m is Json => Boolean(m))
    .map((m) => ({ ...m, id: absolute(m.id, base) }));
}

/** The document at `url`, or why it could not be read (kept for the checklist). */
async function readDocument(
  url: string,
  lookup: DocumentLookup,
): Promise<{ document?: Json; unread?: Reason }> {
  try {
    return { document: obj(await lookup.fetchJson(url)) };
  } catch (error) {
    return { unread: reasonOf(error) };
  }
}

const notListed = (): Reason => () =>
  msg('The issuer’s own documents do not list this key for signing credentials.');

/** A did:key / did:jwk issuer's credential signed with a key that is not that DID. */
export const ANOTHER_KEY: KeyTie = {
  binding: 'not-issuer',
  why: () => msg('The issuer’s identifier is a key itself, and this is another key.'),
};

/** A did:web issuer whose own DID document does not hold the key named. */
export const NOT_IN_ISSUER_DOCUMENT: KeyTie = {
  binding: 'not-issuer',
  why: () => msg('The issuer’s DID document does not list this key.'),
};

/**
 * Whether the issuer's own identifier or document authorises `methodId` for issuing:
 * `issuer` / `not-issuer`, or `unknown` when the issuer publishes nothing readable about keys.
 */
export async function issuerAuthorises(
  issuer: string | undefined,
  methodId: string,
  lookup: DocumentLookup,
): Promise<KeyTie> {
  if (!issuer) return { binding: 'unknown' };
  const controller = methodId.split('#')[0]!;
  if (SELF_CERTIFYING.test(issuer))
    return controller === issuer ? { binding: 'issuer' } : ANOTHER_KEY;
  const url = issuer.startsWith('did:web:') ? didWebUrl(issuer) : isHttps(issuer) ? issuer : '';
  const { document, unread } = url ? await readDocument(url, lookup) : {};
  // A profile that lists no keys at all says nothing about this one.
  if (!document || document.assertionMethod === undefined)
    return unread ? { binding: 'unknown', why: unread } : { binding: 'unknown' };
  return assertionMethods(document, issuer).includes(methodId)
    ? { binding: 'issuer' }
    : { binding: 'not-issuer', why: notListed() };
}

/**
 * The tie of a key found in `controller`'s DID document (did:web): when the controller is the
 * issuer, its document must authorise the key for issuing; otherwise the issuer must.
 */
export async function didDocumentTie(
  issuer: string | undefined,
  controller: string,
  methodId: string,
  document: Json,
  lookup: DocumentLookup,
): Promise<KeyTie> {
  if (issuer !== controller) return issuerAuthorises(issuer, methodId, lookup);
  return assertionMethods(document, controller).includes(methodId)
    ? { binding: 'issuer' }
    : {
        binding: 'not-issuer',
        why: () =>
          msg(
            'The issuer’s DID document lists this key, but not for signing credentials (assertionMethod).',
          ),
      };
}

/**
 * The tie of a key published at an https address: shown not to be the issuer's when its own
 * document names another controller; the issuer's when it lives on the https issuer's origin;
 * otherwise as the issuer's profile says.
 */
export async function urlKeyTie(
  issuer: string | undefined,
  methodId: string,
  declaredController: unknown,
  lookup: DocumentLookup,
): Promise<KeyTie> {
  if (typeof declaredController === 'string' && issuer && declaredController !== issuer) {
    const named = declaredController.slice(0, 200);
    return {
      binding: 'not-issuer',
      why: () => msg(str`The key’s own document says it belongs to ${named}.`),
    };
  }
  if (isHttps(issuer) && sameOrigin(methodId, issuer)) return { binding: 'issuer' };
  return issuerAuthorises(issuer, methodId, lookup);
}

/** The message of a key not shown to be the issuer's, by where it came from. */
export function unprovenKey(source: KeySource): string {
  switch (source.kind) {
    case 'did':
      return msg(str`The key is a ${source.at} identifier other than the issuer’s.`);
    case 'did-document':
      return msg(
        str`The key comes from the DID document of ${source.at}; nothing shows it belongs to the issuer.`,
      );
    case 'url':
      return msg(str`The key comes from ${source.at}; nothing shows it belongs to the issuer.`);
    case 'embedded':
      return msg(
        'The key is embedded in the credential itself; nothing shows it belongs to the issuer.',
      );
    case 'key-address':
      return msg(
        'The key is written into the proof’s key address; nothing shows it belongs to the issuer.',
      );
  }
}

/** The message of a key shown to be the issuer's, by where it came from. */
export function ownedKey(source: KeySource): string {
  switch (source.kind) {
    case 'did':
      return msg(str`The key is the issuer’s own identifier (${source.at}).`);
    case 'did-document':
      return msg(str`The key comes from the DID document of ${source.at}, the issuer.`);
    case 'url':
      return msg(str`The key comes from ${source.at}, which belongs to the issuer.`);
    default:
      return msg('The issuer’s own documents list this key for signing credentials.');
  }
}
