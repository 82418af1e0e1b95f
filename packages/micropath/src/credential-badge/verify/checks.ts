/** Checks that every proof format reports the same way: the key, and the validity window. */
import { msg, str } from '@lit/localize';
import { check, REVOKED, type CheckResult } from './verdict.ts';
import { dateOf, type Json } from '../json-values.ts';
import { reasonOf } from '../reasons.ts';

const day = (value: Date) => value.toISOString().slice(0, 10);

/**
 * Where a signing key came from: a DID that is the key itself (`at` names its method, did:key
 * or did:jwk), a DID
 * document, a web address, a key embedded in the credential, or one written into the proof's
 * key address (`…#z6Mk…`).
 */
export type KeySource =
  { kind: 'did' | 'did-document' | 'url'; at: string } | { kind: 'embedded' | 'key-address' };

function ownedKey(source: KeySource): string {
  switch (source.kind) {
    case 'did':
      return msg(str`The key is the issuer’s own identifier (${source.at}).`);
    case 'did-document':
      return msg(str`The key comes from the DID document of ${source.at}, the issuer.`);
    case 'url':
      return msg(str`The key comes from ${source.at}, which belongs to the issuer.`);
    default:
      return unprovenKey(source);
  }
}

function unprovenKey(source: KeySource): string {
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

/** Where the signing key came from, and whether it is shown to be the issuer's. */
export const issuerKeyCheck = (source: KeySource, ownedByIssuer: boolean): CheckResult =>
  ownedByIssuer
    ? check('issuer-key', 'pass', () => ownedKey(source))
    : check('issuer-key', 'warn', () => unprovenKey(source));

/** The issuer's key could not be found: the signature cannot be checked either. */
export const keyNotFound = (error: unknown): CheckResult[] => [
  check('issuer-key', 'unknown', reasonOf(error)),
  check('proof', 'unknown', () =>
    msg('The signature could not be checked without the issuer’s key.'),
  ),
];

/** The validity window check, shared by every format. */
export function validityCheck(
  from: Date | undefined,
  until: Date | undefined,
  now: Date,
): CheckResult {
  if (from && from > now) {
    const date = day(from);
    return check('validity', 'warn', () => msg(str`This credential is not valid until ${date}.`));
  }
  if (until && until < now) {
    const date = day(until);
    return check('validity', 'warn', () => msg(str`This credential expired on ${date}.`));
  }
  if (!until) return check('validity', 'pass', () => msg('Valid, with no end date.'));
  const date = day(until);
  return check('validity', 'pass', () => msg(str`Valid until ${date}.`));
}

/** The validity window a VC (data model 1.1 or 2.0) states. */
export const credentialValidity = (credential: Json, now: Date): CheckResult =>
  validityCheck(
    dateOf(credential.validFrom) ?? dateOf(credential.issuanceDate),
    dateOf(credential.validUntil) ?? dateOf(credential.expirationDate),
    now,
  );

/** A revocation list names the credential, with the issuer's own words when it gives some. */
export const revokedByIssuer = (why: unknown): CheckResult => {
  const words = typeof why === 'string' && why.trim() ? why.trim() : undefined;
  return check(
    'status',
    'fail',
    () => (words ? msg(str`Revoked by the issuer: ${words}`) : msg('Revoked by the issuer.')),
    REVOKED,
  );
};

/** No revocation list names the credential. */
export const notOnRevocationList = (): CheckResult =>
  check('status', 'pass', () => msg('Not on the issuer’s revocation list.'));
