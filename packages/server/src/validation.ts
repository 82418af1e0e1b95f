/**
 * Requests are checked with the kit's own schemas. Bodies are strict: a field the contract
 * does not know is a 422 naming it, so a typo ("atendee") never passes silently.
 */
import * as z from 'zod/mini';
import {
  ApplicationSchema,
  AttendeeSchema,
  BookingRequestSchema,
  RescheduleRequestSchema,
  checkRequest,
} from 'micropath/adapters';
import { ApiError } from './api-error.ts';

export const BookingBody = z.strictObject({
  ...BookingRequestSchema.shape,
  attendee: z.strictObject(AttendeeSchema.shape),
});

/** `{ start, end }`: moving a booking. */
export const RescheduleBody = z.strictObject(RescheduleRequestSchema.shape);

/** `{ reason? }`: cancelling a booking, revoking a credential. */
export const ReasonBody = z.strictObject({
  reason: z.optional(z.string().check(z.maxLength(1000))),
});

export const ApplicationBody = z.strictObject(ApplicationSchema.shape);

/** `POST /exchanges`: the listing the wallet's credentials are for. */
export const ExchangeBody = z.strictObject({ listingId: z.string().check(z.minLength(1)) });

/** What a wallet posts to an exchange: `{}`, then its presentation (VC-API; other fields ignored). */
export const ExchangeMessage = z.looseObject({
  verifiablePresentation: z.optional(z.record(z.string(), z.unknown())),
});

/** The body checked against `schema`: 422 with one message per field at fault. */
export function checkBody<S extends z.core.$ZodType>(
  schema: S,
  body: unknown,
  what: string,
): z.output<S> {
  const result = z.safeParse(schema, body);
  if (result.success) return result.data;
  const { issues } = result.error;
  // Only unknown fields: name each one ("attendee.phone"), not one issue on its parent.
  if (issues.every((issue) => issue.code === 'unrecognized_keys')) {
    const unknown = issues.flatMap((issue) =>
      issue.keys.map((key) => [...issue.path.map(String), key].join('.')),
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
export function checkQuery<S extends z.core.$ZodType>(
  schema: S,
  query: unknown,
  what: string,
): z.output<S> {
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
