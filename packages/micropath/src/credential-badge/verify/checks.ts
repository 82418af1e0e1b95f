/** Checks that every proof format reports the same way: the key, and the validity window. */
import type { CheckResult } from './verdict.ts';
import { dateOf, type Json } from '../json-values.ts';

const day = (value: Date) => value.toISOString().slice(0, 10);

/** Where the signing key came from, and whether it is shown to be the issuer's. */
export const issuerKeyCheck = (source: string, ownedByIssuer: boolean): CheckResult =>
  ownedByIssuer
    ? {
        id: 'issuer-key',
        status: 'pass',
        message: `The key comes from ${source}, which belongs to the issuer.`,
      }
    : {
        id: 'issuer-key',
        status: 'warn',
        message: `The key comes from ${source}; nothing shows it belongs to the issuer.`,
      };

/** The issuer's key could not be found: the signature cannot be checked either. */
export const keyNotFound = (error: unknown): CheckResult[] => [
  { id: 'issuer-key', status: 'unknown', message: (error as Error).message },
  {
    id: 'proof',
    status: 'unknown',
    message: 'The signature could not be checked without the issuer’s key.',
  },
];

/** The validity window check, shared by every format. */
export function validityCheck(
  from: Date | undefined,
  until: Date | undefined,
  now: Date,
): CheckResult {
  if (from && from > now)
    return {
      id: 'validity',
      status: 'warn',
      message: `This credential is not valid until ${day(from)}.`,
    };
  if (until && until < now)
    return { id: 'validity', status: 'warn', message: `This credential expired on ${day(until)}.` };
  return {
    id: 'validity',
    status: 'pass',
    message: until ? `Valid until ${day(until)}.` : 'Valid, with no end date.',
  };
}

/** The validity window a VC (data model 1.1 or 2.0) states. */
export const credentialValidity = (credential: Json, now: Date): CheckResult =>
  validityCheck(
    dateOf(credential.validFrom) ?? dateOf(credential.issuanceDate),
    dateOf(credential.validUntil) ?? dateOf(credential.expirationDate),
    now,
  );
