/**
 * Loads a seed file once per database: listings, mentors (with their weekly hours), issuers,
 * achievements and credentials to issue. An array may be given inline or as the path of a
 * JSON file beside the seed. Listings may give `postedDaysAgo` / `applyInDays` / `startsInDays`
 * instead of dates, so fictional data stays realistic whenever it is loaded.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Database } from './db/database.ts';
import { listingStore } from './store/listings.ts';
import { mentorStore } from './store/mentors.ts';
import { createIssuer } from './credentials/issuer.ts';
import { credentialStore } from './store/credentials.ts';

const DAY_MS = 86_400_000;

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`Could not read the seed file ${file}: ${(error as Error).message}`);
  }
}

async function list(value: unknown, dir: string, what: string): Promise<unknown[]> {
  const items = typeof value === 'string' ? await readJson(resolve(dir, value)) : (value ?? []);
  if (!Array.isArray(items))
    throw new Error(`The seed's ${what} must be a list or a file holding one.`);
  return items;
}

/** Relative days become dates, counted from `now`. */
function datedListing(raw: unknown, now: number): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const { postedDaysAgo, applyInDays, startsInDays, ...listing } = raw as Record<string, unknown>;
  const dated: Record<string, unknown> = { ...listing };
  const set = (field: string, days: unknown, sign = 1) => {
    if (typeof days === 'number') dated[field] = new Date(now + sign * days * DAY_MS).toISOString();
  };
  set('postedAt', postedDaysAgo, -1);
  set('applyBy', applyInDays);
  set('startsAt', startsInDays);
  return dated;
}

/** Loads `file` into `db` unless it was loaded before. Returns whether it loaded. */
export async function seedOnce(db: Database, file: string, publicUrl: string): Promise<boolean> {
  const name = basename(file);
  if ((await db.query('select 1 from seeds where name = $1', [name])).length) return false;
  const seed = (await readJson(file)) as Record<string, unknown>;
  const dir = dirname(file);
  const now = Date.now();
  const listings = listingStore(db);
  const mentors = mentorStore(db);
  const issuer = createIssuer(db, publicUrl);
  const credentials = credentialStore(db);
  for (const listing of await list(seed.listings, dir, 'listings'))
    await listings.put(datedListing(listing, now));
  for (const mentor of await list(seed.mentors, dir, 'mentors')) await mentors.put(mentor);
  for (const profile of await list(seed.issuers, dir, 'issuers')) await issuer.putIssuer(profile);
  for (const achievement of await list(seed.achievements, dir, 'achievements'))
    await issuer.putAchievement(achievement);
  for (const credential of await list(seed.credentials, dir, 'credentials')) {
    const { revoked, ...toIssue } = credential as { id?: string; revoked?: string };
    // Already issued by a load that stopped half way: everything above is an upsert, this not.
    if (toIssue.id && (await credentials.get(toIssue.id))) continue;
    const row = await issuer.issue(toIssue);
    if (revoked) await credentials.revoke(row.id, revoked);
  }
  await db.query('insert into seeds (name) values ($1) on conflict do nothing', [name]);
  return true;
}
