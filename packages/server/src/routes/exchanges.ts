/**
 * VC-API presentation exchanges for applications (docs/rest-contract.md, "Wallet exchanges"):
 * `POST /exchanges { listingId }` opens one for the page; a wallet `POST`s `{}` to its URL for
 * the presentation request (DIDAuthentication and Open Badges / CLR credentials, a single-use
 * challenge, the page's origin as domain), then its signed presentation; the page reads the
 * result with its token at `GET /exchanges/{id}`.
 */
import { Hono, type Context } from 'hono';
import { verifyPresentation } from 'micropath/verify';
import type { Listing } from 'micropath/adapters';
import { ApiError } from '../api-error.ts';
import { readJsonBody } from '../json-body.ts';
import { sameSecret } from '../secrets.ts';
import { checkBody, ExchangeBody, ExchangeMessage } from '../validation.ts';
import type { ListingStore } from '../store/listings.ts';
import { tokenHash, type ExchangeRow, type ExchangeStore } from '../store/exchanges.ts';

const OB_CONTEXTS = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
];

/** What the wallet is asked for: proof of its holder, and the credentials to apply with. */
export function presentationRequest(row: ExchangeRow, listing: Listing | undefined) {
  const reason = `To apply for ${listing?.title ?? 'this opening'}${
    listing ? ` at ${listing.organization.name}` : ''
  }: the skills your credentials show.`;
  return {
    query: [
      { type: 'DIDAuthentication', acceptedMethods: [{ method: 'key' }] },
      {
        type: 'QueryByExample',
        credentialQuery: [
          { reason, example: { '@context': OB_CONTEXTS, type: 'OpenBadgeCredential' } },
          { reason, example: { '@context': OB_CONTEXTS, type: 'ClrCredential' } },
        ],
      },
    ],
    challenge: row.challenge,
    domain: row.domain,
  };
}

/** The page that asks: its `Origin`, or this server's own when a client sends none. */
function pageOrigin(c: Context, publicUrl: string): string {
  const origin = c.req.header('origin');
  return origin && origin !== 'null' && URL.canParse(origin)
    ? new URL(origin).origin
    : new URL(publicUrl).origin;
}

export function exchangeRoutes(
  exchanges: ExchangeStore,
  listings: ListingStore,
  options: { publicUrl: string; now?: () => number },
) {
  const routes = new Hono();
  const find = async (id: string) => {
    const row = await exchanges.get(id);
    if (!row) throw new ApiError(404, `There is no exchange "${id}".`);
    return row;
  };

  routes.post('/exchanges', async (c) => {
    const { listingId } = checkBody(ExchangeBody, await readJsonBody(c), 'exchange');
    if (!(await listings.get(listingId)))
      throw new ApiError(404, `There is no listing "${listingId}".`);
    const created = await exchanges.create(listingId, pageOrigin(c, options.publicUrl));
    return c.json(
      {
        id: created.id,
        url: `${options.publicUrl}/api/exchanges/${created.id}`,
        expiresAt: created.expiresAt.toISOString(),
        token: created.token,
      },
      201,
    );
  });

  // The wallet's side: no token, the exchange URL is its capability.
  routes.post('/exchanges/:id', async (c) => {
    // The body is read first: one that cannot be read is a 400 whatever the exchange.
    const presentation = checkBody(
      ExchangeMessage,
      await readJsonBody(c),
      'wallet message',
    ).verifiablePresentation;
    const row = await find(c.req.param('id'));
    if (row.completed_at)
      throw new ApiError(409, 'This exchange has been answered already: its challenge is used.');
    if (exchanges.expired(row))
      throw new ApiError(410, 'This exchange has expired. Ask the page for a new one.');
    if (presentation === undefined)
      return c.json({
        verifiablePresentationRequest: presentationRequest(row, await listings.get(row.listing_id)),
      });
    const checked = await verifyPresentation(presentation, {
      challenge: row.challenge,
      domain: row.domain,
      now: new Date(options.now?.() ?? Date.now()),
    });
    if ('problem' in checked) throw new ApiError(400, checked.problem);
    if (!(await exchanges.complete(row.id, checked.holder, presentation)))
      throw new ApiError(409, 'This exchange has been answered already, or it expired meanwhile.');
    return c.json({});
  });

  routes.get('/exchanges/:id', async (c) => {
    const row = await find(c.req.param('id'));
    const given = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!given || !sameSecret(tokenHash(given), row.token_hash)) {
      c.header('www-authenticate', 'Bearer');
      throw new ApiError(401, 'Reading an exchange needs its token (Authorization: Bearer …).');
    }
    const state = row.completed_at ? 'complete' : exchanges.expired(row) ? 'expired' : 'pending';
    return c.json({
      id: row.id,
      state,
      expiresAt: new Date(row.expires_at).toISOString(),
      ...(row.completed_at ? { holder: row.holder, presentation: row.presentation } : {}),
    });
  });

  return routes;
}

/**
 * The holder an application's wallet exchange proved: its token must be the page's, the
 * exchange this listing's and answered. Anything else is a 422 naming `exchange`.
 */
export async function exchangeHolder(
  exchanges: ExchangeStore,
  listingId: string,
  given: { id: string; token: string } | undefined,
): Promise<string | undefined> {
  if (!given) return undefined;
  const row = await exchanges.get(given.id);
  const problem =
    !row || !sameSecret(tokenHash(given.token), row.token_hash)
      ? 'There is no such wallet exchange, or the token is not its own.'
      : row.listing_id !== listingId
        ? 'The wallet exchange was opened for another listing.'
        : !row.holder
          ? 'The wallet has not answered this exchange.'
          : undefined;
  if (problem) throw new ApiError(422, problem, { exchange: problem });
  return row!.holder!;
}
