/** Errors: every error answer in the contract's shape. */
import { randomUUID } from 'node:crypto';
import { cite, expect, SECTIONS, type Clause } from '../clause.ts';
import type { Answer } from '../probe.ts';

/** `{ "error": { "code", "message", "fields"? } }`, and nothing that is not JSON. */
export function expectErrorShape(answer: Answer, what: string): void {
  const error = answer.body?.error;
  expect(
    /^application\/(.+\+)?json/i.test(answer.headers.get('content-type') ?? ''),
    `${what}: the error is not sent as JSON`,
    answer.exchange,
  );
  expect(
    error &&
      typeof error === 'object' &&
      typeof error.code === 'string' &&
      typeof error.message === 'string',
    `${what}: the body is not { "error": { "code", "message" } }`,
    answer.exchange,
  );
  expect(
    error.fields === undefined ||
      (typeof error.fields === 'object' &&
        Object.values(error.fields).every((v) => typeof v === 'string')),
    `${what}: error.fields is not an object of messages`,
    answer.exchange,
  );
}

export const errorClauses: Clause[] = [
  {
    id: 'errors.shape',
    title: 'An unknown listing or mentor is a 404 with the error body',
    section: cite(SECTIONS.errors),
    async check(ctx) {
      const nobody = `no-such-${randomUUID()}`;
      const listing = await ctx.probe.send('GET', `/listings/${nobody}`, { validate: false });
      expect(
        listing.status === 404,
        `an unknown listing answered ${listing.status}, not 404`,
        listing.exchange,
      );
      expectErrorShape(listing, 'GET /listings/{unknown}');
      // Its own shape checked first (the clearer message), then the document's.
      ctx.probe.validate(listing);
      const now = Date.now();
      const mentor = await ctx.probe.send('GET', `/mentors/${nobody}/availability`, {
        validate: false,
        query: {
          sessionType: 'any',
          from: new Date(now).toISOString(),
          to: new Date(now + 86_400_000).toISOString(),
        },
      });
      expect(
        mentor.status === 404,
        `an unknown mentor's availability answered ${mentor.status}, not 404`,
        mentor.exchange,
      );
      expectErrorShape(mentor, 'GET /mentors/{unknown}/availability');
      ctx.probe.validate(mentor);
    },
  },
];
