/**
 * Verifies an Open Badges 3.0 VC-JWT: the signature (jose, WebCrypto), where the key came from
 * and whether it belongs to the issuer, the JWT claims against the credential, and the
 * validity window. Time never makes a signature invalid: an expired credential with a good
 * signature is `expired`, not `invalid`. Key lookups that cannot be made leave the proof
 * `unknown` (so the verdict is `unverified`), never `pass`.
 */
import { msg, str } from '@lit/localize';
import {
  calculateJwkThumbprint,
  compactVerify,
  decodeProtectedHeader,
  importJWK,
  type JWK,
} from 'jose';
import { check, type CheckResult } from './verdict.ts';
import { didWebUrl } from './did-web.ts';
import { base64UrlJson, dateOf, issuerIdOf, obj } from '../json-values.ts';
import { issuerKeyCheck, keyNotFound, noIssuer, validityCheck } from './checks.ts';
import { JWS_ALGORITHMS, usableKey } from './jws-algorithms.ts';
import {
  ANOTHER_KEY,
  didDocumentTie,
  issuerAuthorises,
  MAX_ID_CHARS,
  methodsOf,
  NOT_IN_ISSUER_DOCUMENT,
  sameOrigin,
  SELF_CERTIFYING,
  type KeySource,
  type KeyTie,
} from './issuer-keys.ts';
import { failure, reasonOf } from '../reasons.ts';
import { assertUsableKey, UnusableKeyReference, unusableKeyChecks } from './key-reference.ts';

export interface KeyLookup {
  /** Fetches JSON for key lookups (through the adapter's fetch hook, https only). */
  fetchJson(url: string): Promise<unknown>;
  now?: Date;
}

interface FoundKey {
  jwk: JWK;
  /** Where the key came from, for the visitor. */
  source: KeySource;
  tie: KeyTie;
}

function pickKey(set: unknown, kid: string | undefined): JWK | undefined {
  const keys = ((set as { keys?: unknown[] })?.keys ??
    (set && (set as JWK).kty ? [set] : [])) as JWK[];
  return kid
    ? (keys.find((k) => k.kid === kid) ?? (keys.length === 1 ? keys[0] : undefined))
    : keys[0];
}

const thumbprint = (jwk: JWK) => calculateJwkThumbprint(jwk).catch(() => '');

/**
 * A key the JWT carries in its own header ties nothing by itself: it is the issuer's only when
 * it is the issuer's did:jwk, or is in the key set the https issuer publishes on its origin.
 */
async function embeddedKeyTie(
  jwk: JWK,
  issuer: string | undefined,
  lookup: KeyLookup,
): Promise<KeyTie> {
  const own = await thumbprint(jwk);
  if (issuer?.startsWith('did:jwk:')) {
    const issuerKey = base64UrlJson(issuer.slice('did:jwk:'.length).split('#')[0]!) as JWK;
    return own && own === (await thumbprint(issuerKey)) ? { binding: 'issuer' } : ANOTHER_KEY;
  }
  if (issuer && /^https:\/\//i.test(issuer)) {
    let set: unknown;
    try {
      set = await lookup.fetchJson(`${new URL(issuer).origin}/.well-known/jwks.json`);
    } catch (error) {
      return { binding: 'unknown', why: reasonOf(error) };
    }
    const keys = ((set as { keys?: JWK[] })?.keys ?? []).filter((k) => k && typeof k === 'object');
    const prints = await Promise.all(keys.map(thumbprint));
    return own && prints.includes(own)
      ? { binding: 'issuer' }
      : {
          binding: 'not-issuer',
          why: () => msg('The issuer’s published key set does not hold this key.'),
        };
  }
  if (issuer && SELF_CERTIFYING.test(issuer)) return ANOTHER_KEY;
  return { binding: 'unknown' };
}

async function findKey(
  header: Record<string, unknown>,
  issuer: string | undefined,
  lookup: KeyLookup,
): Promise<FoundKey> {
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  if (kid && kid.length > MAX_ID_CHARS)
    throw failure('invalid-response', () => msg('The signature’s key id is too long to be read.'));
  if (header.jwk && typeof header.jwk === 'object') {
    const jwk = header.jwk as JWK;
    return { jwk, source: { kind: 'embedded' }, tie: await embeddedKeyTie(jwk, issuer, lookup) };
  }
  // A kid is an opaque name in JOSE (looked up in the issuer's key set below); written as a
  // DID, it must be one, and a did:key or did:jwk must hold a key.
  if (kid?.startsWith('did:')) assertUsableKey(kid);
  if (kid?.startsWith('did:jwk:')) {
    const did = kid.split('#')[0]!;
    return {
      jwk: base64UrlJson(did.slice('did:jwk:'.length)) as JWK,
      source: { kind: 'did', at: 'did:jwk' },
      tie: did === issuer ? { binding: 'issuer' } : await issuerAuthorises(issuer, kid, lookup),
    };
  }
  if (kid?.startsWith('did:web:')) {
    const did = kid.split('#')[0]!;
    const document = obj(await lookup.fetchJson(didWebUrl(did))) ?? {};
    const method = methodsOf(document, did).find((m) => m.id === kid);
    const jwk = obj(method?.publicKeyJwk) as JWK | undefined;
    const source: KeySource = { kind: 'did-document', at: did };
    if (!jwk) {
      if (did === issuer) return { jwk: {}, source, tie: NOT_IN_ISSUER_DOCUMENT };
      throw failure('invalid-response', () =>
        msg(str`The DID document of ${did} has no key ${kid}.`),
      );
    }
    return { jwk, source, tie: await didDocumentTie(issuer, did, kid, document, lookup) };
  }
  // http links pass here; the guarded fetch allows them only for the page's own origin or
  // a page on localhost (development), as for every other lookup.
  if (kid && /^https?:\/\//i.test(kid)) {
    const key = pickKey(await lookup.fetchJson(kid), undefined);
    if (!key) throw failure('invalid-response', () => msg(str`No key was found at ${kid}.`));
    const tie =
      issuer && /^https?:/i.test(issuer) && sameOrigin(kid, issuer)
        ? ({ binding: 'issuer' } as const)
        : await issuerAuthorises(issuer, kid, lookup);
    return { jwk: key, source: { kind: 'url', at: kid }, tie };
  }
  if (issuer && /^https?:\/\//i.test(issuer)) {
    const url = `${new URL(issuer).origin}/.well-known/jwks.json`;
    const key = pickKey(await lookup.fetchJson(url), kid);
    if (!key)
      throw failure('invalid-response', () =>
        msg(str`The issuer’s key set at ${url} has no matching key.`),
      );
    return { jwk: key, source: { kind: 'url', at: url }, tie: { binding: 'issuer' } };
  }
  throw failure('invalid-response', () =>
    msg('The credential names no key and its issuer publishes none over https.'),
  );
}

const seconds = (value: unknown) =>
  typeof value === 'number' ? new Date(value * 1000) : undefined;

export async function verifyVcJwt(
  jws: string,
  credential: Record<string, unknown>,
  lookup: KeyLookup,
): Promise<CheckResult[]> {
  const checks: CheckResult[] = [];
  const issuer = issuerIdOf(credential);
  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(jws) as Record<string, unknown>;
    claims = base64UrlJson(jws.split('.')[1] ?? '') as Record<string, unknown>;
  } catch {
    return [
      check('format', 'fail', () => msg('The signed credential is damaged and cannot be read.')),
    ];
  }
  const alg = String(header.alg).slice(0, 32);
  if (!JWS_ALGORITHMS.includes(alg))
    return [
      check('format', 'fail', () =>
        msg(str`The credential is signed with ${alg}, which proves nothing about who signed it.`),
      ),
    ];
  checks.push(
    check('format', 'pass', () =>
      msg(str`An Open Badges 3.0 credential signed as a JWT (${alg}).`),
    ),
  );
  const from =
    dateOf(credential.validFrom) ?? dateOf(credential.issuanceDate) ?? seconds(claims.nbf);
  const until =
    dateOf(credential.validUntil) ?? dateOf(credential.expirationDate) ?? seconds(claims.exp);
  const validity = validityCheck(from, until, lookup.now ?? new Date());
  if (!issuer) return [...checks, noIssuer(), ...keyNotFound(new Error()).slice(1), validity];

  let key: FoundKey;
  try {
    key = await findKey(header, issuer, lookup);
  } catch (error) {
    if (error instanceof UnusableKeyReference)
      return [...checks, ...unusableKeyChecks(error), validity];
    return [...checks, ...keyNotFound(error), validity];
  }
  if (!usableKey(key.jwk, alg)) {
    if (key.tie.binding === 'not-issuer')
      return [
        ...checks,
        issuerKeyCheck(key.source, key.tie),
        ...keyNotFound(new Error()).slice(1),
        validity,
      ];
    return [
      ...checks,
      check('proof', 'fail', () =>
        msg('The signing key is not an asymmetric key of the kind the signature names.'),
      ),
      issuerKeyCheck(key.source, key.tie),
      validity,
    ];
  }
  try {
    const publicKey = await importJWK(key.jwk, alg);
    await compactVerify(jws, publicKey, { algorithms: [...JWS_ALGORITHMS] });
  } catch (error) {
    const mismatch = (error as { code?: string }).code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED';
    return [
      ...checks,
      check('proof', 'fail', () =>
        mismatch
          ? msg('The signature does not match its content: the credential may have been changed.')
          : msg(
              'The signature could not be checked with the key: the credential may have been changed.',
            ),
      ),
      issuerKeyCheck(key.source, key.tie),
      validity,
    ];
  }
  const issuerDiffers = claims.iss !== undefined && claims.iss !== issuer;
  const idDiffers =
    claims.jti !== undefined && typeof credential.id === 'string' && claims.jti !== credential.id;
  checks.push(
    issuerDiffers || idDiffers
      ? check('proof', 'fail', () =>
          issuerDiffers && idDiffers
            ? msg('The signed issuer (iss) and id (jti) differ from the credential’s.')
            : issuerDiffers
              ? msg('The signed issuer (iss) differs from the credential’s.')
              : msg('The signed id (jti) differs from the credential’s.'),
        )
      : check('proof', 'pass', () => msg('The signature matches the credential.')),
  );
  checks.push(issuerKeyCheck(key.source, key.tie), validity);
  return checks;
}
