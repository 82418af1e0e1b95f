/**
 * A wallet exchange (VC-API, the DCC Learner Credential Wallet's "request" flow) for one
 * application: the backend hosts it, a wallet answers its presentation request at `url`, and
 * the page asks for its state with `token` until the wallet's presentation arrives.
 */
import * as v from '../valibot.ts';
import { dateOrInstant, httpUrl, text } from '../schema-helpers.ts';

export const EXCHANGE_STATES = ['pending', 'complete', 'expired'] as const;

/** What `POST /exchanges` answers. */
export const ExchangeSchema = v.object({
  id: text(),
  /** Where a wallet posts (VC-API): `{}` for the request, then its presentation. */
  url: httpUrl(),
  expiresAt: dateOrInstant(),
  /** The page's secret for reading the exchange (`Authorization: Bearer …`). */
  token: text(),
});

/** What `GET /exchanges/{id}` answers. */
export const ExchangeStateSchema = v.object({
  id: text(),
  state: v.picklist(EXCHANGE_STATES),
  expiresAt: dateOrInstant(),
  /** The DID that signed the presentation (complete only). */
  holder: v.optional(v.string()),
  /** The wallet's Verifiable Presentation, as the backend verified it (complete only). */
  presentation: v.optional(v.record(v.string(), v.unknown())),
});

export type Exchange = v.InferOutput<typeof ExchangeSchema>;
export type ExchangeState = v.InferOutput<typeof ExchangeStateSchema>;
