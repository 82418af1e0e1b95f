/**
 * Issues credentials that verify end to end in `<credential-badge>`:
 * - Open Badges 2.0 hosted assertions, with resolvable assertion, badge and issuer URLs
 *   (a revoked assertion answers `410 Gone`);
 * - Open Badges 3.0 credentials as VC-JWT, signed with an ES256 key generated once and kept
 *   in the database, published at `/.well-known/jwks.json`, each with a
 *   `BitstringStatusListEntry` in its issuer's signed status list;
 * - CLR 2.0 records (`ClrCredential`) of a holder's Open Badges 3.0 credentials, signed the
 *   same way, with the associations their achievements state between one another.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import * as v from 'valibot';
import { email, httpLink, instant, strictObject } from '../schema.ts';
import {
  SignJWT,
  calculateJwkThumbprint,
  decodeJwt,
  exportJWK,
  generateKeyPair,
  importJWK,
} from 'jose';
import type { JWK } from 'jose';
import { checkRequest, SkillRefSchema } from 'micropath/adapters';
import { alignmentsOf, tagsOf } from './alignments.ts';
import type { Database, Queryable } from '../db/database.ts';
import { ApiError } from '../api-error.ts';
import type { CredentialRow } from '../store/credentials.ts';

const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';
const VC2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const CLR_CONTEXT = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';
/** The smallest list the Bitstring Status List spec allows (16 KiB), for herd privacy. */
const MIN_LIST_BITS = 131_072;

/** `{ [key]: list }` when the list has items, else nothing: spread into a document. */
const optional = (key: string, list: readonly unknown[]) => (list.length ? { [key]: list } : {});

/** CLR 2.0's association types (the CASE vocabulary it takes them from). */
export const ASSOCIATION_TYPES = [
  'exactMatchOf',
  'exemplar',
  'hasSkillLevel',
  'isChildOf',
  'isParentOf',
  'isPartOf',
  'isPeerOf',
  'isRelatedTo',
  'precedes',
  'replacedBy',
] as const;

const slug = () => v.pipe(v.string(), v.regex(/^[\w.-]{1,100}$/, 'letters, digits, . _ - only'));
const link = () => httpLink();

export const IssuerSchema = strictObject({
  id: slug(),
  name: v.pipe(v.string(), v.minLength(1)),
  url: link(),
  email: v.optional(email()),
  description: v.optional(v.string()),
  image: v.optional(link()),
});

export const AchievementSchema = strictObject({
  id: slug(),
  issuerId: slug(),
  name: v.pipe(v.string(), v.minLength(1)),
  description: v.pipe(v.string(), v.minLength(1)),
  criteria: v.pipe(v.string(), v.minLength(1)),
  image: v.optional(link()),
  tags: v.optional(v.array(v.string()), []),
  /** The skills it proves: stated as alignments (a concept URI) or tags (a label alone). */
  skills: v.optional(v.array(SkillRefSchema), []),
  /**
   * How it relates to other achievements (CLR 2.0 `associationType`s, target an achievement's
   * id): a holder's record states those whose target the holder holds too.
   */
  associations: v.optional(
    v.array(
      strictObject({
        associationType: v.picklist(ASSOCIATION_TYPES),
        targetId: slug(),
      }),
    ),
    [],
  ),
});

/** A holder's CLR 2.0 record: which issuer signs it, and (optionally) its id, name and recipient. */
export const RecordSchema = strictObject({
  issuerId: slug(),
  id: v.optional(slug()),
  name: v.optional(v.pipe(v.string(), v.minLength(1))),
  recipient: v.optional(strictObject({ email: email() })),
});

export const IssueSchema = strictObject({
  id: v.optional(slug()),
  format: v.picklist(['ob2', 'ob3']),
  achievementId: slug(),
  /** Who may list it at `/holders/{holder}/credentials`. */
  holder: slug(),
  recipient: strictObject({ email: email(), name: v.optional(v.string()) }),
  validFrom: v.optional(instant()),
  validUntil: v.optional(instant()),
  narrative: v.optional(v.string()),
});

export type IssuerInput = v.InferInput<typeof IssuerSchema>;
export type AchievementInput = v.InferInput<typeof AchievementSchema>;
export type IssueInput = v.InferInput<typeof IssueSchema>;
type Issuer = v.InferOutput<typeof IssuerSchema>;
type Achievement = v.InferOutput<typeof AchievementSchema>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function createIssuer(db: Database, publicUrl: string) {
  const base = publicUrl.replace(/\/+$/, '');
  const at = (path: string, id: string) => `${base}/api/${path}/${encodeURIComponent(id)}`;
  const urls = {
    issuer: (id: string) => at('issuers', id),
    achievement: (id: string) => at('achievements', id),
    assertion: (id: string) => at('assertions', id),
    credential: (id: string) => at('credentials', id),
    statusList: (issuerId: string) => `${at('issuers', issuerId)}/status-list`,
  };

  type SigningKey = { kid: string; privateKey: CryptoKey | Uint8Array; publicJwk: JWK };
  /** Imported keys by kid: a key never changes, so it is imported once per process. */
  const imported = new Map<string, Promise<SigningKey>>();
  const load = (row: { kid: string; private_jwk: JWK; public_jwk: JWK }) => {
    let loaded = imported.get(row.kid);
    if (!loaded) {
      loaded = importJWK(row.private_jwk, 'ES256').then((privateKey) => ({
        kid: row.kid,
        privateKey,
        publicJwk: row.public_jwk,
      }));
      loaded.catch(() => imported.delete(row.kid));
      imported.set(row.kid, loaded);
    }
    return loaded;
  };

  /** Makes a signing key and stores it: from now on, every process signs with it. */
  async function newKey(tx: Queryable) {
    const pair = await generateKeyPair('ES256', { extractable: true });
    const publicJwk = await exportJWK(pair.publicKey);
    const row = {
      kid: await calculateJwkThumbprint(publicJwk),
      private_jwk: await exportJWK(pair.privateKey),
      public_jwk: publicJwk,
    };
    await tx.query(
      'insert into issuer_keys (kid, private_jwk, public_jwk) values ($1, $2::jsonb, $3::jsonb)',
      [row.kid, JSON.stringify(row.private_jwk), JSON.stringify(publicJwk)],
    );
    return row;
  }

  /**
   * The signing key: the newest in the database (made on first use). Read on every signature
   * (one small query), so a rotation by any process is used by all at once.
   */
  async function key(): Promise<SigningKey> {
    const newest = () =>
      db.query<{ kid: string; private_jwk: JWK; public_jwk: JWK }>(
        'select kid, private_jwk, public_jwk from issuer_keys order by created_at desc, kid limit 1',
      );
    const [row] = await newest();
    if (row) return load(row);
    return load(
      await db.transaction(async (tx) => {
        await tx.query('select pg_advisory_xact_lock(7210643)');
        const [made] = await tx.query<{ kid: string; private_jwk: JWK; public_jwk: JWK }>(
          'select kid, private_jwk, public_jwk from issuer_keys order by created_at desc limit 1',
        );
        return made ?? newKey(tx);
      }),
    );
  }

  async function sign(claims: Record<string, unknown>): Promise<string> {
    const { kid, privateKey } = await key();
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
      .sign(privateKey);
  }

  async function one<T>(sql: string, id: string, what: string): Promise<T> {
    const [row] = await db.query<{ data: T }>(sql, [id]);
    if (!row) throw new ApiError(404, `There is no ${what} "${id}".`);
    return row.data;
  }
  const issuerById = (id: string) =>
    one<Issuer>('select profile as data from issuers where id = $1', id, 'issuer');
  // Read through the schema: an achievement stored before a field existed gets its default.
  const achievementById = async (id: string) =>
    v.parse(
      AchievementSchema,
      await one<unknown>('select data from achievements where id = $1', id, 'achievement'),
    );

  /** The issuer's profile, readable both as an OB 2.0 Issuer and an OB 3.0 Profile. */
  const profileDocument = (issuer: Issuer) => ({
    '@context': OB2_CONTEXT,
    type: 'Issuer',
    id: urls.issuer(issuer.id),
    name: issuer.name,
    url: issuer.url,
    ...(issuer.email ? { email: issuer.email } : {}),
    ...(issuer.description ? { description: issuer.description } : {}),
    ...(issuer.image ? { image: issuer.image } : {}),
  });

  const badgeClassDocument = (achievement: Achievement) => ({
    '@context': OB2_CONTEXT,
    type: 'BadgeClass',
    id: urls.achievement(achievement.id),
    name: achievement.name,
    description: achievement.description,
    criteria: { narrative: achievement.criteria },
    issuer: urls.issuer(achievement.issuerId),
    ...(achievement.image ? { image: achievement.image } : {}),
    ...optional('alignment', alignmentsOf(achievement.skills, 'ob2')),
    ...optional('tags', tagsOf(achievement.tags, achievement.skills)),
  });

  function ob2Assertion(
    id: string,
    input: v.InferOutput<typeof IssueSchema>,
    achievement: Achievement,
  ) {
    const salt = randomBytes(8).toString('hex');
    return {
      '@context': OB2_CONTEXT,
      type: 'Assertion',
      id: urls.assertion(id),
      recipient: {
        type: 'email',
        hashed: true,
        salt,
        identity: `sha256$${sha256(input.recipient.email.toLowerCase() + salt)}`,
      },
      badge: urls.achievement(achievement.id),
      issuedOn: input.validFrom ?? new Date().toISOString(),
      ...(input.validUntil ? { expires: input.validUntil } : {}),
      ...(input.narrative ? { narrative: input.narrative } : {}),
      ...(achievement.image ? { image: achievement.image } : {}),
      verification: { type: 'hosted' },
    };
  }

  const achievementDocument = (achievement: Achievement) => ({
    id: urls.achievement(achievement.id),
    type: ['Achievement'],
    name: achievement.name,
    description: achievement.description,
    criteria: { narrative: achievement.criteria },
    ...(achievement.image ? { image: { id: achievement.image, type: 'Image' } } : {}),
    ...optional(
      'alignment',
      alignmentsOf(achievement.skills, 'ob3').map((a) => ({ type: ['Alignment'], ...a })),
    ),
    ...optional('tag', tagsOf(achievement.tags, achievement.skills)),
  });

  const emailIdentity = (email: string) => {
    const salt = randomBytes(8).toString('hex');
    return {
      type: 'IdentityObject',
      identityType: 'emailAddress',
      hashed: true,
      salt,
      identityHash: `sha256$${sha256(email.toLowerCase() + salt)}`,
    };
  };

  function ob3Claims(
    id: string,
    input: v.InferOutput<typeof IssueSchema>,
    achievement: Achievement,
    issuer: Issuer,
    statusIndex: number,
  ) {
    const salt = randomBytes(8).toString('hex');
    const validFrom = input.validFrom ?? new Date().toISOString();
    const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
    return {
      '@context': [VC2_CONTEXT, OB3_CONTEXT],
      id: urls.credential(id),
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: urls.issuer(issuer.id), type: ['Profile'], name: issuer.name, url: issuer.url },
      validFrom,
      ...(input.validUntil ? { validUntil: input.validUntil } : {}),
      name: achievement.name,
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [
          {
            type: 'IdentityObject',
            identityType: 'emailAddress',
            hashed: true,
            salt,
            identityHash: `sha256$${sha256(input.recipient.email.toLowerCase() + salt)}`,
          },
        ],
        achievement: achievementDocument(achievement),
        ...(input.narrative ? { narrative: input.narrative } : {}),
      },
      credentialStatus: {
        id: `${urls.statusList(issuer.id)}#${statusIndex}`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: String(statusIndex),
        statusListCredential: urls.statusList(issuer.id),
      },
      iss: urls.issuer(issuer.id),
      jti: urls.credential(id),
      nbf: seconds(validFrom),
      ...(input.validUntil ? { exp: seconds(input.validUntil) } : {}),
    };
  }

  return {
    urls,

    /** Every key, newest first: credentials signed before a rotation keep verifying. */
    async jwks() {
      await key(); // the first key exists before anyone asks for it
      const rows = await db.query<{ kid: string; public_jwk: JWK }>(
        'select kid, public_jwk from issuer_keys order by created_at desc, kid',
      );
      return {
        keys: rows.map((row) => ({ ...row.public_jwk, kid: row.kid, alg: 'ES256', use: 'sig' })),
      };
    },

    /** A new signing key, published beside the old ones; the old ones still verify. */
    async rotateKey(): Promise<{ kid: string }> {
      const row = await db.transaction(async (tx) => {
        await tx.query('select pg_advisory_xact_lock(7210643)');
        return newKey(tx);
      });
      return { kid: row.kid };
    },

    async putIssuer(input: unknown) {
      const issuer = checkRequest(IssuerSchema, input, 'issuer');
      await db.query(
        `insert into issuers (id, profile) values ($1, $2::jsonb)
         on conflict (id) do update set profile = excluded.profile`,
        [issuer.id, JSON.stringify(issuer)],
      );
      return profileDocument(issuer);
    },

    async putAchievement(input: unknown) {
      const achievement = checkRequest(AchievementSchema, input, 'achievement');
      await issuerById(achievement.issuerId);
      await db.query(
        `insert into achievements (id, issuer_id, data) values ($1, $2, $3::jsonb)
         on conflict (id) do update set issuer_id = excluded.issuer_id, data = excluded.data`,
        [achievement.id, achievement.issuerId, JSON.stringify(achievement)],
      );
      return badgeClassDocument(achievement);
    },

    issuerProfile: async (id: string) => profileDocument(await issuerById(id)),
    badgeClass: async (id: string) => badgeClassDocument(await achievementById(id)),

    /** Issues one credential; its id must be new. */
    async issue(raw: unknown): Promise<CredentialRow> {
      const input = checkRequest(IssueSchema, raw, 'credential to issue');
      const achievement = await achievementById(input.achievementId);
      const issuer = await issuerById(achievement.issuerId);
      const id = input.id ?? randomUUID();
      if ((await db.query('select 1 from credentials where id = $1', [id])).length)
        throw new ApiError(409, `A credential "${id}" already exists.`);
      // The index goes into the signed credential, so it is drawn before the row is written.
      const [{ index }] = (await db.query<{ index: number }>(
        `select nextval('credential_status_index')::int as index`,
      )) as [{ index: number }];
      const body =
        input.format === 'ob2'
          ? JSON.stringify(ob2Assertion(id, input, achievement))
          : await sign(ob3Claims(id, input, achievement, issuer, index));
      const [row] = await db.query<CredentialRow>(
        `insert into credentials (id, holder, format, body, issuer_id, status_index)
         values ($1, $2, $3, $4, $5, $6) returning *`,
        [
          id,
          input.holder,
          input.format === 'ob2' ? 'ob2-hosted' : 'ob3-jwt',
          body,
          issuer.id,
          index,
        ],
      );
      return row!;
    },

    /**
     * A CLR 2.0 record of a holder's Open Badges 3.0 credentials (revoked ones too: each says so
     * itself through its status entry), signed by the server's key for `issuerId`. It holds each
     * credential as issued (its compact VC-JWT, signed on its own), lists their achievements,
     * and states the associations those achievements name between one another. Not stored: ask
     * again for a record of the holder's newer credentials.
     */
    async issueRecord(holder: string, raw: unknown): Promise<{ id: string; credential: string }> {
      const input = checkRequest(RecordSchema, raw, 'record to issue');
      const issuer = await issuerById(input.issuerId);
      const rows = await db.query<CredentialRow>(
        `select * from credentials where holder = $1 and format = 'ob3-jwt'
         order by issued_at, id`,
        [holder],
      );
      if (!rows.length)
        throw new ApiError(
          404,
          `There are no Open Badges 3.0 credentials for "${holder}" to put in a record.`,
        );
      const held = rows.map((row) => ({ row, claims: decodeJwt(row.body) }));
      const achievementIds = [
        ...new Set(
          held.map(({ claims }) => {
            const subject = claims.credentialSubject as { achievement?: { id?: string } };
            return decodeURIComponent(
              String(subject.achievement?.id ?? '')
                .split('/')
                .pop()!,
            );
          }),
        ),
      ];
      const achievements = (
        await Promise.all(achievementIds.map((id) => achievementById(id).catch(() => undefined)))
      ).filter((a): a is Achievement => a !== undefined);
      const holds = new Set(achievements.map((a) => a.id));
      const association = achievements.flatMap((source) =>
        source.associations
          .filter((a) => holds.has(a.targetId) && a.targetId !== source.id)
          .map((a) => ({
            type: 'Association',
            associationType: a.associationType,
            sourceId: urls.achievement(source.id),
            targetId: urls.achievement(a.targetId),
          })),
      );
      const id = input.id ?? randomUUID();
      const url = `${urls.issuer(issuer.id)}/records/${encodeURIComponent(id)}`;
      const now = new Date();
      const credential = await sign({
        '@context': [VC2_CONTEXT, CLR_CONTEXT, OB3_CONTEXT],
        id: url,
        type: ['VerifiableCredential', 'ClrCredential'],
        issuer: {
          id: urls.issuer(issuer.id),
          type: ['Profile'],
          name: issuer.name,
          url: issuer.url,
        },
        name: input.name ?? `Learner record of ${holder}`,
        validFrom: now.toISOString(),
        credentialSubject: {
          type: ['ClrSubject'],
          ...(input.recipient ? { identifier: [emailIdentity(input.recipient.email)] } : {}),
          verifiableCredential: held.map(({ row }) => row.body),
          achievement: achievements.map(achievementDocument),
          ...optional('association', association),
        },
        iss: urls.issuer(issuer.id),
        jti: url,
        nbf: Math.floor(now.getTime() / 1000),
      });
      return { id, credential };
    },

    /** The issuer's revocation list as a signed VC-JWT (`BitstringStatusListCredential`). */
    async statusList(issuerId: string, revoked: readonly number[]): Promise<string> {
      const issuer = await issuerById(issuerId);
      const size = Math.max(MIN_LIST_BITS, Math.ceil((Math.max(-1, ...revoked) + 1) / 8) * 8);
      const bits = new Uint8Array(size / 8);
      for (const index of revoked) bits[index >> 3]! |= 0x80 >> (index & 7);
      const listUrl = urls.statusList(issuer.id);
      const now = new Date();
      return sign({
        '@context': [VC2_CONTEXT],
        id: listUrl,
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        issuer: urls.issuer(issuer.id),
        validFrom: now.toISOString(),
        credentialSubject: {
          id: `${listUrl}#list`,
          type: 'BitstringStatusList',
          statusPurpose: 'revocation',
          encodedList: `u${gzipSync(bits).toString('base64url')}`,
        },
        iss: urls.issuer(issuer.id),
        jti: listUrl,
        nbf: Math.floor(now.getTime() / 1000),
      });
    },
  };
}

export type CredentialIssuer = ReturnType<typeof createIssuer>;
