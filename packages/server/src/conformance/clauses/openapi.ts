/** The OpenAPI document the backend serves, which every other answer is held against. */
import { cite, expect, SECTIONS, Skip, type Clause } from '../clause.ts';

export const openApiClauses: Clause[] = [
  {
    id: 'openapi.document',
    title: 'GET /openapi.json serves an OpenAPI 3.1 document of the contract',
    section: cite(SECTIONS.routes, 'published as OpenAPI 3.1'),
    async check(ctx) {
      const answer = await ctx.probe.send('GET', '/openapi.json', { validate: false });
      if (answer.status === 404)
        throw new Skip(
          'the backend serves no OpenAPI document; answers are held against the contract’s own',
        );
      expect(answer.status === 200, `answered ${answer.status}, not 200`, answer.exchange);
      expect(
        /^3\.1\./.test(String(answer.body?.openapi)),
        'the document is not OpenAPI 3.1',
        answer.exchange,
      );
      const missing = [
        '/listings',
        '/listings/{id}',
        '/mentors',
        '/mentors/{id}/availability',
        '/bookings',
      ].filter((path) => !answer.body.paths?.[path]);
      expect(!missing.length, `the document lacks ${missing.join(', ')}`, answer.exchange);
    },
  },
];
