/**
 * Verifies an Open Badges 3.0 VC-JWT: the signature (jose, WebCrypto), where the key came from
 * and whether it belongs to the issuer, the JWT claims against the credential, and the
 * validity window. Time never makes a signature invalid: an expired credential with a good
 * signature is `expired`, not `invalid`. Key lookups that cannot be made leave the proof
 * `unknown` (so the verdict is `unverified`), never `pass`.
 */
import { msg, str } from '@lit/localize';
import { compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import { check, type CheckResult } from './verdict.ts';
import { didWebUrl } from './did-web.ts';
import { base64UrlJson, dateOf, issuerIdOf } from '../json-values.ts';
import { issuerKeyCheck, keyNotFound, validityCheck, type KeySource } from './checks.ts';
import { failure } from '../reasons.ts';

export interface KeyLookup {
  /** Fetches JSON for key lookups (through the adapter's fetch hook, https only). */
  fetchJson(url: string): Promise<unknown>;
  now?: Date;
}

interface FoundKey {
  jwk: JWK;
  /** Where the key came from, for the visitor. */
  source: KeySource;
  /** Whether the key is shown to belong to the issuer. */
  ownedByIssuer: boolean;
}

function pickKey(set: unknown, kid: string | undefined): JWK | undefined {
  const keys = ((set as { keys?: unknown[] })?.keys ??
    (set && (set as JWK).kty ? [set] : [])) as JWK[];
  return kid
    ? (keys.find((k) => k.kid === kid) ?? (keys.length === 1 ? keys[0] : undefined))
    : keys[0];
}

async function findKey(
  header: Record<string, unknown>,
  issuer: string | undefined,
  lookup: KeyLookup,
): Promise<FoundKey> {
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  if (header.jwk && typeof header.jwk === 'object') {
    return {
      jwk: header.jwk as JWK,
      source: { kind: 'embedded' },
      ownedByIssuer: false,
    };
  }
  if (kid?.startsWith('did:jwk:')) {
    const did = kid.split('#')[0]!;
    return {
      jwk: base64UrlJson(did.slice('did:jwk:'.length)) as JWK,
      source: { kind: 'did', at: 'did:jwk' },
      ownedByIssuer: issuer === did,
    };
  }
  if (kid?.startsWith('did:web:')) {
    const did = kid.split('#')[0]!;
    const document = (await lookup.fetchJson(didWebUrl(did))) as {
      verificationMethod?: { id?: string; publicKeyJwk?: JWK }[];
    };
    const method = document.verificationMethod?.find(
      (m) => m.id === kid || `${did}${m.id}` === kid,
    );
    if (!method?.publicKeyJwk)
      throw failure('invalid-response', () =>
        msg(str`The DID document of ${did} has no key ${kid}.`),
      );
    return {
      jwk: method.publicKeyJwk,
      source: { kind: 'did-document', at: did },
      ownedByIssuer: issuer === did,
    };
  }
  // http links pass here; the guarded fetch allows them only for the page's own origin or
  // a page on localhost (development), as for every other lookup.
  if (kid && /^https?:\/\//i.test(kid)) {
    const key = pickKey(await lookup.fetchJson(kid), undefined);
    if (!key) throw failure('invalid-response', () => msg(str`No key was found at ${kid}.`));
    const sameOrigin =
      issuer !== undefined &&
      /^https?:/.test(issuer) &&
      new URL(kid).origin === new URL(issuer).origin;
    return { jwk: key, source: { kind: 'url', at: kid }, ownedByIssuer: sameOrigin };
  }
  if (issuer && /^https?:\/\//i.test(issuer)) {
    const url = `${new URL(issuer).origin}/.well-known/jwks.json`;
    const key = pickKey(await lookup.fetchJson(url), kid);
    if (!key)
      throw failure('invalid-response', () =>
        msg(str`The issuer’s key set at ${url} has no matching key.`),
      );
    return { jwk: key, source: { kind: 'url', at: url }, ownedByIssuer: true };
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
  const alg = String(header.alg);
  checks.push(
    check('format', 'pass', () =>
      msg(str`An Open Badges 3.0 credential signed as a JWT (${alg}).`),
    ),
  );

  let key: FoundKey;
  try {
    key = await findKey(header, issuer, lookup);
  } catch (error) {
    checks.push(...keyNotFound(error));
    return checks;
  }
  try {
    const publicKey = await importJWK(
      key.jwk,
      typeof header.alg === 'string' ? header.alg : undefined,
    );
    await compactVerify(jws, publicKey);
  } catch (error) {
    const mismatch = (error as { code?: string }).code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED';
    checks.push(
      check('proof', 'fail', () =>
        mismatch
          ? msg('The signature does not match its content: the credential may have been changed.')
          : msg(
              'The signature could not be checked with the key: the credential may have been changed.',
            ),
      ),
    );
    return checks;
  }
  const issuerDiffers = claims.iss !== undefined && issuer !== undefined && claims.iss !== issuer;
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
  checks.push(issuerKeyCheck(key.source, key.ownedByIssuer));
  const from =
    dateOf(credential.validFrom) ?? dateOf(credential.issuanceDate) ?? seconds(claims.nbf);
  const until =
    dateOf(credential.validUntil) ?? dateOf(credential.expirationDate) ?? seconds(claims.exp);
  checks.push(validityCheck(from, until, lookup.now ?? new Date()));
  return checks;
}
