/** Issued credentials as served: OB 2.0 assertion JSON, or an OB 3.0 VC-JWT. */
import type { Database } from '../db/database.ts';

export interface CredentialRow {
  id: string;
  holder: string;
  format: 'ob2-hosted' | 'ob3-jwt';
  body: string;
  issuer_id: string;
  status_index: number;
  revoked_at: Date | null;
  revocation_reason: string | null;
}

/** What a client receives: parsed JSON for an assertion, the compact JWT as text. */
export const served = (row: CredentialRow): unknown =>
  row.format === 'ob3-jwt' ? row.body : (JSON.parse(row.body) as unknown);

export function credentialStore(db: Database) {
  return {
    async get(id: string): Promise<CredentialRow | undefined> {
      const [row] = await db.query<CredentialRow>('select * from credentials where id = $1', [id]);
      return row;
    },

    async byHolder(holder: string): Promise<CredentialRow[]> {
      return db.query<CredentialRow>(
        'select * from credentials where holder = $1 order by issued_at, id',
        [holder],
      );
    },

    async revoke(id: string, reason: string | undefined): Promise<boolean> {
      const rows = await db.query(
        `update credentials set revoked_at = coalesce(revoked_at, now()),
                revocation_reason = coalesce($2, revocation_reason)
         where id = $1 returning id`,
        [id, reason ?? null],
      );
      return rows.length > 0;
    },

    /** The status indexes revoked among an issuer's credentials. */
    async revokedIndexes(issuerId: string): Promise<number[]> {
      const rows = await db.query<{ status_index: number }>(
        'select status_index from credentials where issuer_id = $1 and revoked_at is not null',
        [issuerId],
      );
      return rows.map((r) => r.status_index);
    },
  };
}

export type CredentialStore = ReturnType<typeof credentialStore>;
