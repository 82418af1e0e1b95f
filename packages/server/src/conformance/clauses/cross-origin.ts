/** A widget on another origin: reads answered with CORS headers, writes preflighted. */
import { cite, expect, SECTIONS, Skip, type Clause, type ClauseContext } from '../clause.ts';

function originOf(ctx: ClauseContext): string {
  if (ctx.origin === false)
    throw new Skip(
      'same-origin run (--same-origin): the widgets are served from the backend’s origin',
    );
  return ctx.origin;
}

const allows = (list: string | null, wanted: string) =>
  (list ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .some((item) => item === wanted.toLowerCase() || (item === '*' && wanted !== 'authorization'));

export const crossOriginClauses: Clause[] = [
  {
    id: 'cors.read',
    title: 'A read from another origin is allowed, and Retry-After can be read',
    section: cite(SECTIONS.crossOrigin),
    async check(ctx) {
      const origin = originOf(ctx);
      const answer = await ctx.probe.send('GET', '/listings', {
        query: { limit: 1 },
        headers: { origin },
      });
      const allowed = answer.headers.get('access-control-allow-origin');
      expect(
        allowed === origin || allowed === '*',
        `Access-Control-Allow-Origin is ${allowed === null ? 'missing' : `"${allowed}"`} for Origin ${origin}`,
        answer.exchange,
      );
      expect(
        allows(answer.headers.get('access-control-expose-headers'), 'retry-after'),
        'Access-Control-Expose-Headers does not name Retry-After',
        answer.exchange,
      );
    },
  },
  {
    id: 'cors.preflight',
    title: 'A booking from another origin passes its preflight',
    section: cite(SECTIONS.crossOrigin),
    async check(ctx) {
      const origin = originOf(ctx);
      const wanted = ['content-type', 'idempotency-key', 'authorization', 'accept-language'];
      const answer = await ctx.probe.send('OPTIONS', '/bookings', {
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': wanted.join(','),
        },
      });
      expect(
        answer.status >= 200 && answer.status < 300,
        `the preflight answered ${answer.status}`,
        answer.exchange,
      );
      const allowed = answer.headers.get('access-control-allow-origin');
      expect(
        allowed === origin || allowed === '*',
        `Access-Control-Allow-Origin is ${allowed ?? 'missing'}`,
        answer.exchange,
      );
      expect(
        allows(answer.headers.get('access-control-allow-methods'), 'POST'),
        'POST is not an allowed method',
        answer.exchange,
      );
      const headers = answer.headers.get('access-control-allow-headers');
      const missing = wanted.filter((header) => !allows(headers, header));
      expect(
        !missing.length,
        `Access-Control-Allow-Headers lacks ${missing.join(', ')}`,
        answer.exchange,
      );
    },
  },
];
