/**
 * Requests are checked with the kit's own schemas. Bodies are strict: a field the contract
 * does not know is a 422 naming it, so a typo ("atendee") never passes silently.
 */
import * as v from 'valibot';
import {
  ApplicationSchema,
  AttendeeSchema,
  BookingRequestSchema,
  RescheduleRequestSchema,
  checkRequest,
} from 'micropath/adapters';
import { ApiError } from './api-error.ts';
import { looseObject, record, strictObject } from './schema.ts';

export const BookingBody = strictObject({
  ...BookingRequestSchema.entries,
  attendee: strictObject(AttendeeSchema.entries),
});

/** `{ start, end }`: moving a booking. */
export const RescheduleBody = strictObject(RescheduleRequestSchema.entries);

/** `{ reason? }`: cancelling a booking, revoking a credential. */
export const ReasonBody = strictObject({
  reason: v.optional(v.pipe(v.string(), v.maxLength(1000))),
});

export const ApplicationBody = strictObject(ApplicationSchema.entries);

/** `POST /exchanges`: the listing the wallet's credentials are for. */
export const ExchangeBody = strictObject({ listingId: v.pipe(v.string(), v.minLength(1)) });

/** What a wallet posts to an exchange: `{}`, then its presentation (VC-API; other fields ignored). */
export const ExchangeMessage = looseObject({
  verifiablePresentation: v.optional(record(v.unknown())),
});

/** The body checked against `schema`: 422 with one message per field at fault. */
export function checkBody<S extends v.GenericSchema>(
  schema: S,
  body: unknown,
  what: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, body);
  if (result.success) return result.output;
  const { issues } = result;
  // Only unknown fields: name each one ("attendee.phone"), not one issue on its parent.
  if (issues.every((issue) => issue.type === 'strict_object' && issue.expected === 'never')) {
    const unknown = issues.map((issue) =>
      (issue.path ?? []).map((item) => String(item.key)).join('.'),
    );
    throw new ApiError(
      422,
      `The ${what} has fields the contract does not know: ${unknown.join(', ')}.`,
      Object.fromEntries(unknown.map((field) => [field, 'not a field of the contract'])),
    );
  }
  return checkRequest(schema, body, what);
}

/** Query parameters checked against `schema`: 400, as the address itself is wrong. */
export function checkQuery<S extends v.GenericSchema>(
  schema: S,
  query: unknown,
  what: string,
): v.InferOutput<S> {
  try {
    return checkRequest(schema, query, what);
  } catch (error) {
    const problem = ApiError.from(error);
    throw new ApiError(400, problem.message, problem.fields);
  }
}

/** A number from a query parameter; anything else stays as text, so the schema can name it. */
export const numeric = (value: string | undefined) =>
  value === undefined || value.trim() === '' || Number.isNaN(Number(value)) ? value : Number(value);
