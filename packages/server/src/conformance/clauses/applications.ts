/** The optional routes: applications and wallet exchanges. */
import { cite, expect, SECTIONS, Skip, type Clause, type ClauseContext } from '../clause.ts';
import type { Answer } from '../probe.ts';

/** The listing to apply to: the one given, or the first listed. */
async function listingId(ctx: ClauseContext): Promise<string> {
  if (ctx.options.listing) return ctx.options.listing;
  const answer = await ctx.probe.send('GET', '/listings', { query: { limit: 1 } });
  const id = answer.body?.items?.[0]?.id as string | undefined;
  if (!id) throw new Skip('the backend has no listings');
  return id;
}

/** An optional route a backend does not serve answers 404, 405 or 501 with no listing named. */
function absent(answer: Answer, what: string): void {
  if (
    [404, 405, 501].includes(answer.status) &&
    !/listing/i.test(answer.body?.error?.message ?? '')
  )
    throw new Skip(`the backend does not serve ${what} (optional; it answered ${answer.status})`);
}

export const applicationClauses: Clause[] = [
  {
    id: 'applications.create',
    title: 'POST /listings/{id}/applications answers 201 with the receipt',
    section: cite(SECTIONS.routes, 'POST /listings/{id}/applications (optional)'),
    writes: true,
    async check(ctx) {
      const id = await listingId(ctx);
      const answer = await ctx.probe.send(
        'POST',
        `/listings/${encodeURIComponent(id)}/applications`,
        {
          json: {
            name: 'Conformance Check',
            email: 'conformance@example.org',
            consent: true,
            message: 'Sent by micropath-conformance to check the REST contract.',
            links: [],
          },
        },
      );
      absent(answer, 'applications');
      expect(answer.status === 201, `applying answered ${answer.status}, not 201`, answer.exchange);
      expect(
        answer.body.listingId === id,
        `the receipt names listing "${answer.body.listingId}", not "${id}"`,
        answer.exchange,
      );
    },
  },
  {
    id: 'exchanges.flow',
    title: "A wallet exchange opens, is read with its token only, and asks for the page's domain",
    section: cite(SECTIONS.exchanges),
    writes: true,
    async check(ctx) {
      const id = await listingId(ctx);
      const origin = ctx.origin || new URL(ctx.options.baseUrl).origin;
      const opened = await ctx.probe.send('POST', '/exchanges', {
        json: { listingId: id },
        headers: { origin },
      });
      absent(opened, 'wallet exchanges');
      expect(
        opened.status === 201,
        `opening an exchange answered ${opened.status}, not 201`,
        opened.exchange,
      );
      const exchange = opened.body as { id: string; token: string };
      const path = `/exchanges/${encodeURIComponent(exchange.id)}`;
      const anonymous = await ctx.probe.send('GET', path);
      expect(
        anonymous.status === 401,
        `reading the exchange without its token answered ${anonymous.status}, not 401`,
        anonymous.exchange,
      );
      const read = await ctx.probe.send('GET', path, {
        headers: { authorization: `Bearer ${exchange.token}` },
      });
      expect(
        read.status === 200 && read.body.state === 'pending',
        `reading a new exchange answered ${read.status} "${read.body?.state}", not 200 "pending"`,
        read.exchange,
      );
      const asked = await ctx.probe.send('POST', path, { json: {}, headers: { origin } });
      expect(
        asked.status === 200,
        `the wallet's first request answered ${asked.status}, not 200`,
        asked.exchange,
      );
      const request = asked.body?.verifiablePresentationRequest;
      expect(
        typeof request?.challenge === 'string' && request.challenge,
        'the presentation request has no challenge',
        asked.exchange,
      );
      expect(
        request.domain === origin || request.domain === new URL(origin).host,
        `the presentation request's domain is "${request.domain}", not the page's ${origin}`,
        asked.exchange,
      );
    },
  },
];
