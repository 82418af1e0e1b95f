/**
 * The times a Data Integrity proof states (DI 1.0 §2.1): `created` and `expires`, when present,
 * are XML Schema dateTimeStamps (a date, a time and a zone: `Z` or `±hh:mm`). A proof made in
 * the future (beyond a few minutes of clock difference) or past its `expires` does not hold.
 */
import { msg, str } from '@lit/localize';
import type { Reason } from '../reasons.ts';
import type { Json } from '../json-values.ts';

/** Clocks differ: a proof made this much "in the future" is still believed. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

const DATE_TIME_STAMP =
  /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))$/;

/** The instant of a dateTimeStamp, or undefined when it is not one. */
export function dateTimeStamp(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !DATE_TIME_STAMP.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** Why the proof's own times make it fail, or undefined when they do not. */
export function proofTimeProblem(proof: Json, now: Date): Reason | undefined {
  if (proof.created !== undefined) {
    const created = dateTimeStamp(proof.created);
    if (!created) return () => msg('The proof’s creation time is not a valid date and time.');
    if (created.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      const when = created.toISOString().slice(0, 16).replace('T', ' ');
      return () => msg(str`The proof says it was made in the future (${when} UTC).`);
    }
  }
  if (proof.expires !== undefined) {
    const expires = dateTimeStamp(proof.expires);
    if (!expires) return () => msg('The proof’s expiry time is not a valid date and time.');
    if (expires < now) {
      const day = expires.toISOString().slice(0, 10);
      return () => msg(str`The proof expired on ${day}.`);
    }
  }
  return undefined;
}
