/**
 * The board's filters and open listing as namespaced query parameters (`jobs.q=data`,
 * `jobs.kind=internship&jobs.kind=project`, `jobs.location=Lisbon%2C+Portugal`,
 * `jobs.open=123`), so links can be shared and back/forward work. A filter with several values
 * repeats its parameter, so any value survives the round trip: commas, `&`, any script. Only
 * the view lives in the URL: never the backend.
 */
import { LISTING_KINDS, LISTING_SORTS, WORKPLACES } from '../core/models/listing-constants.ts';
import type { ListingQuery } from '../core/models/listing.ts';

export interface BoardView {
  query: ListingQuery;
  open?: string;
}

/** Every value of a repeated parameter, each whole ("Lisbon, Portugal" is one place). */
const values = (params: URLSearchParams, key: string) =>
  params
    .getAll(key)
    .map((v) => v.trim())
    .filter(Boolean);
/** Fixed tokens (kinds, workplaces) also read from links made before, as `a,b`. */
const tokens = (params: URLSearchParams, key: string) =>
  values(params, key).flatMap((v) => v.split(',').map((t) => t.trim()));
const only = <T extends string>(allowed: readonly T[], values: string[]) =>
  values.filter((v): v is T => (allowed as readonly string[]).includes(v));

export function readView(search: string, ns: string): BoardView {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(`${ns}.${key}`);
  const query: ListingQuery = {};
  const q = get('q');
  if (q) query.q = q.slice(0, 200);
  const kind = only(LISTING_KINDS, tokens(params, `${ns}.kind`));
  if (kind.length) query.kind = kind;
  const workplace = only(WORKPLACES, tokens(params, `${ns}.workplace`));
  if (workplace.length) query.workplace = workplace;
  const skill = values(params, `${ns}.skill`);
  if (skill.length) query.skill = skill.slice(0, 20);
  const location = values(params, `${ns}.location`);
  if (location.length) query.location = location.slice(0, 20);
  if (get('paid') === '1') query.paid = true;
  const max = Number(get('max'));
  if (Number.isFinite(max) && max > 0) query.maxWeeks = max;
  const sort = only(LISTING_SORTS, tokens(params, `${ns}.sort`))[0];
  if (sort) query.sort = sort;
  const open = get('open');
  return open ? { query, open } : { query };
}

/** The page's search string with this board's parameters replaced (others kept). */
export function writeView(search: string, ns: string, view: BoardView): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(`${ns}.`)) params.delete(key);
  const set = (key: string, value: string | readonly string[] | undefined) => {
    for (const one of typeof value === 'string' ? [value] : (value ?? []))
      if (one) params.append(`${ns}.${key}`, one);
  };
  const { query } = view;
  set('q', query.q?.trim());
  set('kind', query.kind);
  set('workplace', query.workplace);
  set('skill', query.skill);
  set('location', query.location);
  set('paid', query.paid ? '1' : undefined);
  set('max', query.maxWeeks ? String(query.maxWeeks) : undefined);
  set('sort', query.sort && query.sort !== 'relevance' ? query.sort : undefined);
  set('open', view.open);
  const text = params.toString();
  return text ? `?${text}` : '';
}
