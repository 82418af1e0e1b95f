/**
 * `GET /api/openapi.json`: OpenAPI 3.1, its schemas generated from the same valibot schemas
 * the kit and the server validate with (`@valibot/to-json-schema`), so the document cannot
 * drift from what is checked. Requests are described as accepted (`typeMode: 'input'`),
 * answers as sent.
 */
import * as v from 'valibot';
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import {
  BookingSchema,
  ListingPageSchema,
  ListingSchema,
  MentorSchema,
  SlotSchema,
  ApplicationReceiptSchema,
  ExchangeSchema,
  ExchangeStateSchema,
  LISTING_KINDS,
  LISTING_SORTS,
  WORKPLACES,
} from 'micropath/adapters';
import {
  ApplicationBody,
  BookingBody,
  ExchangeBody,
  ExchangeMessage,
  ReasonBody,
  RescheduleBody,
} from './validation.ts';
import { FEED_ATS } from './feeds/feed-adapters.ts';

const ErrorSchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    fields: v.optional(v.record(v.string(), v.string())),
  }),
});

const SlotsSchema = v.object({ slots: v.array(SlotSchema) });

/** The kit's own checks of text formats (named by their messages), as JSON Schema formats. */
const FORMATS: Record<string, string> = {
  'not a valid url': 'uri',
  'not a valid email': 'email',
  'not a valid date': 'date',
  'not a valid datetime': 'date-time',
};

type Described = { type: string; literal?: unknown; entries?: Record<string, Described> } & {
  default?: unknown;
};

/**
 * What the converter leaves implicit, said as the contract means it: an answer's object has
 * only its own fields, and a field with a default is always there; a literal has its type.
 */
function describeAs(schema: unknown, json: JsonSchema, typeMode: 'input' | 'output') {
  const { type, literal, entries } = schema as Described;
  if (type === 'literal') return { type: typeof literal, ...json } as JsonSchema;
  if (!entries || json.type !== 'object') return undefined;
  const result: JsonSchema = { ...json };
  const given = new Set(json.required ?? []);
  const required = Object.keys(entries).filter(
    (key) =>
      given.has(key) ||
      (typeMode === 'output' &&
        entries[key]!.type === 'optional' &&
        entries[key]!.default !== undefined),
  );
  if (required.length) result.required = required;
  else delete result.required;
  if (typeMode === 'output' && type === 'object') result.additionalProperties = false;
  return result;
}

function jsonSchema(schema: v.GenericSchema, typeMode: 'input' | 'output') {
  const generated = toJsonSchema(schema, {
    target: 'draft-2020-12',
    typeMode,
    // What JSON Schema cannot say (trimming, a refinement such as "ends after it starts") is
    // left out: the document describes the shape, the schema still checks the rest.
    errorMode: 'ignore',
    overrideAction: ({ valibotAction, jsonSchema }) => {
      const format =
        valibotAction.type === 'check'
          ? FORMATS[String((valibotAction as { message?: unknown }).message)]
          : undefined;
      return format ? { ...jsonSchema, format } : undefined;
    },
    overrideSchema: ({ valibotSchema, jsonSchema }) =>
      describeAs(valibotSchema, jsonSchema, typeMode),
  }) as Record<string, unknown>;
  delete generated.$schema; // the document's dialect already says it
  return generated;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ content: { 'application/json': { schema: ref(name) } } });
const answer = (description: string, name?: string) =>
  name ? { description, ...json(name) } : { description };
const failure = (description: string) => answer(description, 'Error');
const param = (
  name: string,
  where: 'path' | 'query' | 'header',
  schema: object,
  description?: string,
) => ({
  name,
  in: where,
  required: where === 'path',
  schema,
  ...(description ? { description } : {}),
});
const many = (items: object) => ({ type: 'array', items });
const text = { type: 'string' };
const instant = { type: 'string', format: 'date-time' };

let cached: object | undefined;

const LISTING_QUERY = [
  param('q', 'query', text),
  param('kind', 'query', many({ enum: [...LISTING_KINDS] }), 'Repeatable: any of.'),
  param('skill', 'query', many(text), 'Repeatable: any of.'),
  param('workplace', 'query', many({ enum: [...WORKPLACES] }), 'Repeatable: any of.'),
  param('location', 'query', many(text), 'Repeatable: any of.'),
  param('paid', 'query', { type: 'boolean' }),
  param('maxWeeks', 'query', { type: 'number', exclusiveMinimum: 0 }),
  param('sort', 'query', { enum: [...LISTING_SORTS] }),
  param('cursor', 'query', text),
  param('limit', 'query', { type: 'integer', minimum: 1, maximum: 100, default: 20 }),
];

const retryAfter = {
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    schema: { type: 'integer' },
  },
};
/** Answers any operation may give, beside its own. */
const COMMON: Record<string, object> = {
  400: failure(
    'A parameter, header or body could not be read (including text holding NUL or a lone surrogate, which is never stored).',
  ),
  429: { ...failure('Too many requests from this client.'), headers: retryAfter },
  500: failure('Something went wrong on the server; it was logged with the request id.'),
  503: {
    ...failure('The database is busy or restarting (or the server is starting).'),
    headers: retryAfter,
  },
};
const COMMON_WRITES: Record<string, object> = {
  413: failure('The body is larger than the limit.'),
  415: failure('The body is not sent as `application/json`.'),
};
/** Answers any operation with a request body may give: the body is checked strictly. */
const COMMON_BODIES: Record<string, object> = {
  422: failure(
    'The body is not valid (a field missing or of the wrong type, or one the contract does not know); `fields` names each problem.',
  ),
};

function withCommonAnswers<
  T extends Record<string, Record<string, { responses: object; requestBody?: object }>>,
>(paths: T): T {
  for (const operations of Object.values(paths))
    for (const [method, operation] of Object.entries(operations))
      operation.responses = {
        ...COMMON,
        ...(method === 'get' ? {} : COMMON_WRITES),
        ...(operation.requestBody ? COMMON_BODIES : {}),
        ...operation.responses,
      };
  return paths;
}

export function openApiDocument(): object {
  return (cached ??= {
    openapi: '3.1.0',
    info: {
      title: 'Micropath REST contract',
      version: '1',
      description:
        'What `createRestAdapter` speaks and `@micropath/server` serves. Every error answer has the `Error` shape.',
    },
    servers: [{ url: '/api' }],
    paths: withCommonAnswers({
      '/listings': {
        get: {
          operationId: 'listListings',
          parameters: LISTING_QUERY,
          responses: {
            200: answer('A page of listings, with facet counts.', 'ListingPage'),
            400: failure('A query parameter is not valid.'),
          },
        },
      },
      '/listings/{id}': {
        get: {
          operationId: 'getListing',
          parameters: [param('id', 'path', text)],
          responses: { 200: answer('The listing.', 'Listing'), 404: failure('No such listing.') },
        },
      },
      '/listings/{id}/applications': {
        post: {
          operationId: 'apply',
          parameters: [param('id', 'path', text)],
          requestBody: { required: true, ...json('Application') },
          responses: {
            201: answer('Received.', 'ApplicationReceipt'),
            404: failure('No such listing.'),
            422: failure('The application is not valid; `fields` names each problem.'),
          },
        },
      },
      '/exchanges': {
        post: {
          operationId: 'startExchange',
          description:
            'Opens a wallet exchange (VC-API) for an application to a listing, for 10 minutes. The presentation request’s `domain` is the calling page’s `Origin` (this server’s own origin when there is none). `token` is shown once: the page reads the exchange with it.',
          requestBody: { required: true, ...json('ExchangeRequest') },
          responses: {
            201: answer('Opened.', 'Exchange'),
            404: failure('No such listing.'),
          },
        },
      },
      '/exchanges/{id}': {
        post: {
          operationId: 'answerExchange',
          description:
            'The wallet’s side (VC-API). `{}` answers with the presentation request: `DIDAuthentication` (did:key) and a query by example for `OpenBadgeCredential` and `ClrCredential`, a single-use `challenge` and the page’s `domain`. `{ "verifiablePresentation": … }` answers it: the presentation must carry a Data Integrity proof by its holder for `authentication` over that challenge and domain.',
          parameters: [param('id', 'path', text)],
          requestBody: { required: true, ...json('ExchangeMessage') },
          responses: {
            200: {
              description:
                'The presentation request (for `{}`), or `{}` when the presentation was accepted.',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            400: failure(
              'The presentation does not hold: unsigned, signed for another challenge or site, by someone other than its holder, or changed.',
            ),
            404: failure('No such exchange.'),
            409: failure('The exchange was answered already: its challenge is used.'),
            410: failure('The exchange expired.'),
          },
        },
        get: {
          operationId: 'getExchange',
          description:
            'The page’s side: the exchange’s state, and once the wallet has answered, the holder it proved and its presentation. Needs the exchange’s `token` as `Authorization: Bearer <token>`.',
          security: [{ exchangeToken: [] }],
          parameters: [param('id', 'path', text)],
          responses: {
            200: answer('The exchange.', 'ExchangeState'),
            401: failure('No token, or not this exchange’s.'),
            404: failure('No such exchange.'),
          },
        },
      },
      '/credentials/{id}': {
        get: {
          operationId: 'getCredential',
          parameters: [param('id', 'path', text)],
          responses: {
            200: {
              description: 'The credential: Open Badges JSON, or a compact VC-JWT as text.',
              content: {
                'application/json': { schema: { type: 'object' } },
                'application/jwt': { schema: text },
              },
            },
            404: failure('No such credential.'),
          },
        },
      },
      '/holders/{holder}/credentials': {
        get: {
          operationId: 'listCredentials',
          parameters: [param('holder', 'path', text)],
          responses: {
            200: {
              description: 'The holder’s credentials: JSON objects and JWT strings.',
              content: {
                'application/json': {
                  schema: many({ oneOf: [{ type: 'object' }, { type: 'string' }] }),
                },
              },
            },
            404: failure('The holder has no credentials.'),
          },
        },
      },
      '/mentors': {
        get: {
          operationId: 'listMentors',
          parameters: [
            param('q', 'query', text),
            param('expertise', 'query', text),
            param(
              'skill',
              'query',
              many(text),
              'Repeatable: a concept URI (or bare ESCO UUID) or a label. Only mentors covering any of them, those covering more first.',
            ),
          ],
          responses: {
            200: {
              description: 'The mentors.',
              content: { 'application/json': { schema: many(ref('Mentor')) } },
            },
          },
        },
      },
      '/mentors/{id}/availability': {
        get: {
          operationId: 'getAvailability',
          parameters: [
            param('id', 'path', text),
            { ...param('sessionType', 'query', text), required: true },
            { ...param('from', 'query', instant), required: true },
            { ...param('to', 'query', instant), required: true },
            param(
              'timeZone',
              'query',
              { type: 'string', default: 'UTC' },
              'The zone of the answer’s offsets.',
            ),
          ],
          responses: {
            200: answer('Free times, at most 92 days at once.', 'Slots'),
            400: failure('A query parameter is not valid.'),
            404: failure('No such mentor or session type.'),
          },
        },
      },
      '/bookings': {
        post: {
          operationId: 'book',
          parameters: [
            {
              ...param('Idempotency-Key', 'header', {
                type: 'string',
                minLength: 8,
                maxLength: 255,
              }),
              required: true,
              description: 'One per booking attempt, reused when retrying it.',
            },
          ],
          requestBody: { required: true, ...json('BookingRequest') },
          responses: {
            201: answer('Booked (or, for a repeated key, the first answer again).', 'Booking'),
            400: failure('No Idempotency-Key, or a body that is not JSON.'),
            404: failure('No such mentor or session type.'),
            409: failure('The time is taken, or the key was used for another request.'),
            413: failure('The body is too large.'),
            422: failure('The request is not valid; `fields` names each problem.'),
            429: failure('Too many writes from this client; see Retry-After.'),
          },
        },
      },
      '/bookings/{id}/cancel': {
        post: {
          operationId: 'cancel',
          description:
            'Needs the booking’s `manageToken` (from the booking) as `Authorization: Bearer <token>`.',
          security: [{ manageToken: [] }],
          parameters: [param('id', 'path', text)],
          requestBody: { required: false, ...json('Cancellation') },
          responses: {
            204: answer('Cancelled; the time is free again.'),
            403: failure('No manage token, or not this booking’s.'),
            404: failure('No such booking.'),
          },
        },
      },
      '/bookings/{id}/reschedule': {
        post: {
          operationId: 'reschedule',
          description:
            'Moves the booking to another offered time of its session type. Needs its `manageToken` as `Authorization: Bearer <token>`. The same Idempotency-Key and body answer with the moved booking again.',
          security: [{ manageToken: [] }],
          parameters: [
            param('id', 'path', text),
            {
              ...param('Idempotency-Key', 'header', {
                type: 'string',
                minLength: 8,
                maxLength: 255,
              }),
              required: true,
              description: 'One per reschedule attempt, reused when retrying it.',
            },
          ],
          requestBody: { required: true, ...json('Reschedule') },
          responses: {
            200: answer('Moved; `sequence` counts the changes.', 'Booking'),
            400: failure('No Idempotency-Key, or a body that is not JSON.'),
            403: failure('No manage token, or not this booking’s.'),
            404: failure('No such booking.'),
            409: failure(
              'The time is taken, the booking is cancelled, or the key was used for another change.',
            ),
            422: failure('The request is not valid; `fields` names each problem.'),
            429: failure('Too many writes from this client; see Retry-After.'),
          },
        },
      },
      '/feeds/{ats}/{board}/listings': {
        get: {
          operationId: 'listFeedListings',
          description:
            'An ATS board named in `MICROPATH_FEEDS`, answered like `/listings` (fetched at most once a minute).',
          parameters: [
            param('ats', 'path', { enum: [...FEED_ATS] }),
            param(
              'board',
              'path',
              text,
              'The board, site or company (`eu:SITE` for Lever EU, `TENANT.wdN%2FSITE` for Workday).',
            ),
            ...LISTING_QUERY,
          ],
          responses: {
            200: answer('A page of the feed’s listings, with facet counts.', 'ListingPage'),
            404: failure('This server does not serve that feed.'),
            502: failure('The feed could not be read.'),
          },
        },
      },
      '/feeds/{ats}/{board}/listings/{id}': {
        get: {
          operationId: 'getFeedListing',
          parameters: [
            param('ats', 'path', { enum: [...FEED_ATS] }),
            param('board', 'path', text),
            param('id', 'path', text),
          ],
          responses: {
            200: answer('The listing.', 'Listing'),
            404: failure('No such feed or listing.'),
            502: failure('The feed could not be read.'),
          },
        },
      },
      '/admin/listings/{id}/applications': {
        get: {
          operationId: 'exportApplications',
          description:
            "A listing’s applications, oldest first: JSON, or CSV with `format=csv` or `Accept: text/csv` (formula-like fields prefixed with `'`).",
          security: [{ adminToken: [] }],
          parameters: [
            param('id', 'path', text),
            param('format', 'query', { enum: ['json', 'csv'] }),
            param('limit', 'query', {
              type: 'integer',
              minimum: 1,
              maximum: 10_000,
              default: 10_000,
            }),
          ],
          responses: {
            200: {
              description: 'The applications.',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { items: many(ref('ApplicationRow')) } },
                },
                'text/csv': { schema: text },
              },
            },
            401: failure('No valid admin token.'),
            404: failure('No such listing.'),
          },
        },
      },
      '/admin/outbox': {
        get: {
          operationId: 'readOutbox',
          description:
            'Notifications, newest first: delivered, pending (e-mails wait here while no SMTP server is set) or failed, with their content.',
          security: [{ adminToken: [] }],
          parameters: [
            param('status', 'query', { enum: ['pending', 'delivered', 'failed'] }),
            param('limit', 'query', { type: 'integer', minimum: 1, maximum: 1000, default: 1000 }),
          ],
          responses: {
            200: {
              description: 'The messages.',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { items: many({ type: 'object' }) } },
                },
              },
            },
            401: failure('No valid admin token.'),
          },
        },
      },
      '/admin/bookings': {
        get: {
          operationId: 'exportBookings',
          description:
            'Bookings overlapping [from, to), of one mentor or all, by start time: JSON or CSV, as above.',
          security: [{ adminToken: [] }],
          parameters: [
            { ...param('from', 'query', instant), required: true },
            { ...param('to', 'query', instant), required: true },
            param('mentor', 'query', text),
            param('format', 'query', { enum: ['json', 'csv'] }),
            param('limit', 'query', {
              type: 'integer',
              minimum: 1,
              maximum: 10_000,
              default: 10_000,
            }),
          ],
          responses: {
            200: {
              description: 'The bookings.',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { items: many(ref('BookingRow')) } },
                },
                'text/csv': { schema: text },
              },
            },
            401: failure('No valid admin token.'),
          },
        },
      },
    }),
    components: {
      securitySchemes: {
        adminToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The server’s `MICROPATH_ADMIN_TOKEN`.',
        },
        manageToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The `manageToken` the booking came with.',
        },
        exchangeToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The `token` the exchange was opened with.',
        },
      },
      schemas: {
        Listing: jsonSchema(ListingSchema, 'output'),
        ListingPage: jsonSchema(ListingPageSchema, 'output'),
        Application: jsonSchema(ApplicationBody, 'input'),
        ApplicationReceipt: jsonSchema(ApplicationReceiptSchema, 'output'),
        ExchangeRequest: jsonSchema(ExchangeBody, 'input'),
        Exchange: jsonSchema(ExchangeSchema, 'output'),
        ExchangeMessage: jsonSchema(ExchangeMessage, 'input'),
        ExchangeState: jsonSchema(ExchangeStateSchema, 'output'),
        Mentor: jsonSchema(MentorSchema, 'output'),
        Slots: jsonSchema(SlotsSchema, 'output'),
        BookingRequest: jsonSchema(BookingBody, 'input'),
        Booking: jsonSchema(BookingSchema, 'output'),
        Cancellation: jsonSchema(ReasonBody, 'input'),
        Reschedule: jsonSchema(RescheduleBody, 'input'),
        Error: jsonSchema(ErrorSchema, 'output'),
        ApplicationRow: {
          type: 'object',
          required: ['id', 'listingId', 'receivedAt', 'name', 'email'],
          properties: {
            id: text,
            listingId: text,
            receivedAt: instant,
            name: text,
            email: text,
            message: text,
            links: many(text),
            consent: { type: 'boolean' },
          },
        },
        BookingRow: {
          type: 'object',
          required: [
            'id',
            'mentorId',
            'sessionTypeId',
            'start',
            'end',
            'status',
            'attendeeName',
            'attendeeEmail',
            'createdAt',
          ],
          properties: {
            id: text,
            mentorId: text,
            sessionTypeId: text,
            start: instant,
            end: instant,
            status: { enum: ['confirmed', 'pending', 'cancelled'] },
            attendeeName: text,
            attendeeEmail: text,
            attendeeTimeZone: text,
            createdAt: instant,
            cancelledAt: instant,
            cancelReason: text,
          },
        },
      },
    },
  });
}
