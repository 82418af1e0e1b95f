/** Every clause, in the order they run (reads first; then the checks that write). */
import type { Clause } from './clause.ts';
import { openApiClauses } from './clauses/openapi.ts';
import { listingClauses } from './clauses/listings.ts';
import { errorClauses } from './clauses/errors.ts';
import { crossOriginClauses } from './clauses/cross-origin.ts';
import { credentialClauses } from './clauses/credentials.ts';
import { mentorClauses } from './clauses/mentors.ts';
import { bookingClauses } from './clauses/bookings.ts';
import { applicationClauses } from './clauses/applications.ts';

export const CLAUSES: readonly Clause[] = [
  ...openApiClauses,
  ...listingClauses,
  ...errorClauses,
  ...crossOriginClauses,
  ...credentialClauses,
  ...mentorClauses,
  ...bookingClauses,
  ...applicationClauses,
];
