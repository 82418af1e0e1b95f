/**
 * Links from a backend, field by field. A listing, a mentor or a booking whose link is unsafe
 * or unusable (`javascript:`, `data:`, a relative path no adapter resolved, not text) loses
 * that field, not the whole record: the boundary calls `dropUnsafeLinks` before the schema,
 * which keeps insisting on http(s) (and `mailto:` for applying) for anything else that sends
 * records, such as the reference server's admin routes.
 */
import * as v from './valibot.ts';
import { httpUrl, mailOrHttpUrl } from './schema-helpers.ts';

/** A dotted path to a link field, and whether a `mailto:` link is fine there. */
export type LinkField = readonly [path: string, mail?: 'mail'];

export const LISTING_LINKS: readonly LinkField[] = [
  ['applyUrl', 'mail'],
  ['url'],
  ['organization.logoUrl'],
  ['organization.url'],
  ['credential.url'],
];
export const MENTOR_LINKS: readonly LinkField[] = [['photoUrl']];
export const BOOKING_LINKS: readonly LinkField[] = [['joinUrl'], ['manageUrl']];

const web = httpUrl();
const webOrMail = mailOrHttpUrl();

/** Whether the schema would take `value` as a link (there, with `mail`, a mail link too). */
export const isSafeLink = (value: unknown, mail = false): value is string =>
  v.safeParse(mail ? webOrMail : web, value).success;

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const DROP = Symbol('drop');

/**
 * `raw` with each link field it has passed through `change` (`DROP` leaves the field out):
 * the same object when nothing changed, else a copy down to each changed field, so the
 * backend's object is never changed.
 */
function mapLinks(
  raw: unknown,
  fields: readonly LinkField[],
  change: (value: unknown, path: string, mail: boolean) => unknown,
): unknown {
  if (!isObject(raw)) return raw;
  let result: Obj = raw;
  for (const [path, mail] of fields) {
    const keys = path.split('.');
    const last = keys.pop()!;
    let holder: unknown = result;
    for (const key of keys) holder = isObject(holder) ? holder[key] : undefined;
    if (!isObject(holder) || holder[last] === undefined) continue;
    const next = change(holder[last], path, mail === 'mail');
    if (next === holder[last]) continue;
    result = { ...result };
    let copy: Obj = result;
    for (const key of keys) copy = copy[key] = { ...(copy[key] as Obj) };
    if (next === DROP) delete copy[last];
    else copy[last] = next;
  }
  return result;
}

/** `raw` without the links it cannot keep, and which were dropped ("applyUrl: javascript:…"). */
export function dropUnsafeLinks(
  raw: unknown,
  fields: readonly LinkField[],
): { value: unknown; dropped: string[] } {
  const dropped: string[] = [];
  const value = mapLinks(raw, fields, (link, path, mail) => {
    if (isSafeLink(link, mail)) return link;
    dropped.push(`${path}: ${String(link).slice(0, 60)}`);
    return DROP;
  });
  return { value, dropped };
}

/**
 * A relative link made absolute against the backend's address (a feed's page, a REST base
 * URL); other values are returned as they are, for `dropUnsafeLinks` to judge.
 */
export function resolveLink(value: unknown, base: string | undefined): unknown {
  if (typeof value !== 'string' || !base || /^[a-z][a-z0-9+.-]*:/i.test(value.trim())) return value;
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return value;
  }
}

/** A record with its relative links resolved against `base`. */
export const resolveLinks = <T>(
  raw: T,
  fields: readonly LinkField[],
  base: string | undefined,
): T => mapLinks(raw, fields, (link) => resolveLink(link, base)) as T;
