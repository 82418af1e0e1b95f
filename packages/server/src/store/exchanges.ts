/**
 * Wallet exchanges as the database keeps them (migrations/006_exchanges.sql): the request's
 * single-use challenge, the page's domain, the page's token (hashed), and once a wallet has
 * answered, the holder it proved and its presentation. Answered or not, an exchange is gone a
 * day after it expired.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db/database.ts';

/** How long a wallet has to answer. */
export const EXCHANGE_TTL_MS = 10 * 60 * 1000;
const KEPT_AFTER_EXPIRY = '1 day';

export interface ExchangeRow {
  id: string;
  listing_id: string;
  domain: string;
  challenge: string;
  token_hash: string;
  expires_at: Date;
  completed_at: Date | null;
  holder: string | null;
  presentation: Record<string, unknown> | null;
}

const secret = () => randomBytes(24).toString('base64url');
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function exchangeStore(db: Database, now: () => number = Date.now) {
  return {
    /** A new exchange, and the page's token (returned once, kept only hashed). */
    async create(listingId: string, domain: string) {
      const id = `ex_${secret()}`;
      const token = secret();
      const challenge = secret();
      const expiresAt = new Date(now() + EXCHANGE_TTL_MS);
      await db.query(
        `delete from exchanges where expires_at < $1::timestamptz - interval '${KEPT_AFTER_EXPIRY}'`,
        [new Date(now())],
      );
      await db.query(
        `insert into exchanges (id, listing_id, domain, challenge, token_hash, expires_at)
         values ($1, $2, $3, $4, $5, $6)`,
        [id, listingId, domain, challenge, tokenHash(token), expiresAt],
      );
      return { id, token, challenge, expiresAt };
    },

    async get(id: string): Promise<ExchangeRow | undefined> {
      const [row] = await db.query<ExchangeRow>('select * from exchanges where id = $1', [id]);
      return row;
    },

    expired: (row: ExchangeRow) => new Date(row.expires_at).getTime() <= now(),

    /** Records the wallet's answer; false when another answer or the expiry came first. */
    async complete(id: string, holder: string, presentation: unknown): Promise<boolean> {
      const rows = await db.query(
        `update exchanges set completed_at = $2, holder = $3, presentation = $4::jsonb
         where id = $1 and completed_at is null and expires_at > $2 returning id`,
        [id, new Date(now()), holder, JSON.stringify(presentation)],
      );
      return rows.length > 0;
    },
  };
}

export type ExchangeStore = ReturnType<typeof exchangeStore>;
