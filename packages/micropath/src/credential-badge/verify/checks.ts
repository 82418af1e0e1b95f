/** Checks that every proof format reports the same way: the key, and the validity window. */
import { msg, str } from '@lit/localize';
import { check, REVOKED, type CheckResult } from './verdict.ts';
import { dateOf, type Json } from '../json-values.ts';
import { reasonOf } from '../reasons.ts';
import { ownedKey, unprovenKey, type KeySource, type KeyTie } from './issuer-keys.ts';

const day = (value: Date) => value.toISOString().slice(0, 10);

/** Where the signing key came from, and whether it is shown to be the issuer's. */
export function issuerKeyCheck(source: KeySource, tie: KeyTie): CheckResult {
  switch (tie.binding) {
    case 'issuer':
      return check('issuer-key', 'pass', () => ownedKey(source));
    case 'not-issuer':
      return check('issuer-key', 'fail', () =>
        [
          msg('Signed with a key that is not the issuer’s.'),
          tie.why?.() ?? unprovenKey(source),
        ].join(' '),
      );
    default:
      return check('issuer-key', 'unknown', () =>
        [unprovenKey(source), tie.why?.()].filter(Boolean).join(' '),
      );
  }
}

/** A credential that names no issuer cannot be tied to anyone. */
export const noIssuer = (): CheckResult =>
  check('issuer-key', 'fail', () => msg('The credential names no issuer.'));

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
    return check('validity', 'fail', () => msg(str`This credential is not valid until ${date}.`));
  }
  if (until && until < now) {
    const date = day(until);
    return check('validity', 'fail', () => msg(str`This credential expired on ${date}.`));
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
