/** Credentials: served with a content type that says what they are. */
import { cite, expect, SECTIONS, Skip, type Clause } from '../clause.ts';

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json$/;
const JWT_TYPE = /^(?:application\/(?:[\w.-]+\+)?jwt|text\/plain)$/;
const COMPACT_JWT = /^[\w-]+\.[\w-]+\.[\w-]*$/;

export const credentialClauses: Clause[] = [
  {
    id: 'credentials.media-type',
    title: 'A credential is JSON served as JSON, or a compact JWT served as a JWT',
    section: cite(SECTIONS.routes, 'GET /credentials/{id}'),
    async check(ctx) {
      const id = ctx.options.credential;
      if (!id) throw new Skip('no --credential given');
      const answer = await ctx.probe.send('GET', `/credentials/${encodeURIComponent(id)}`, {
        headers: { accept: 'application/json, application/jwt' },
      });
      expect(answer.status === 200, `answered ${answer.status}, not 200`, answer.exchange);
      const media = (answer.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const text = answer.text.trim();
      if (text.startsWith('{')) {
        expect(
          JSON_TYPE.test(media),
          `a JSON credential is served as "${media || 'no content type'}"`,
          answer.exchange,
        );
        expect(
          answer.body && typeof answer.body === 'object',
          'the credential is not a JSON object',
          answer.exchange,
        );
      } else {
        expect(
          COMPACT_JWT.test(text),
          'the credential is neither a JSON object nor a compact JWT',
          answer.exchange,
        );
        expect(
          JWT_TYPE.test(media),
          `a JWT credential is served as "${media || 'no content type'}"`,
          answer.exchange,
        );
      }
    },
  },
  {
    id: 'credentials.holder',
    title: "A holder's credentials are a list of JSON objects and JWTs",
    section: cite(SECTIONS.routes, 'GET /holders/{holder}/credentials'),
    async check(ctx) {
      const holder = ctx.options.holder;
      if (!holder) throw new Skip('no --holder given');
      const answer = await ctx.probe.send(
        'GET',
        `/holders/${encodeURIComponent(holder)}/credentials`,
      );
      expect(answer.status === 200, `answered ${answer.status}, not 200`, answer.exchange);
      expect(
        Array.isArray(answer.body) &&
          answer.body.every(
            (c: unknown) =>
              (c && typeof c === 'object') || (typeof c === 'string' && COMPACT_JWT.test(c)),
          ),
        'the answer is not a list of credentials',
        answer.exchange,
      );
    },
  },
];
