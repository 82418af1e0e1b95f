/**
 * The board's filters and open listing as namespaced query parameters (`jobs.q=data`,
 * `jobs.kind=internship,project`, `jobs.open=123`), so links can be shared and back/forward
 * work. Only the view lives in the URL: never the backend.
 */
import { LISTING_KINDS, LISTING_SORTS, WORKPLACES } from '../core/models/listing-constants.ts';
import type { ListingQuery } from '../core/models/listing.ts';

export interface BoardView {
  query: ListingQuery;
  open?: string;
}

const list = (value: string | null) =>
  value
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : [];
const only = <T extends string>(allowed: readonly T[], values: string[]) =>
  values.filter((v): v is T => (allowed as readonly string[]).includes(v));

export function readView(search: string, ns: string): BoardView {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(`${ns}.${key}`);
  const query: ListingQuery = {};
  const q = get('q');
  if (q) query.q = q.slice(0, 200);
  const kind = only(LISTING_KINDS, list(get('kind')));
  if (kind.length) query.kind = kind;
  const workplace = only(WORKPLACES, list(get('workplace')));
  if (workplace.length) query.workplace = workplace;
  const skill = list(get('skill'));
  if (skill.length) query.skill = skill.slice(0, 20);
  const location = list(get('location'));
  if (location.length) query.location = location.slice(0, 20);
  if (get('paid') === '1') query.paid = true;
  const max = Number(get('max'));
  if (Number.isFinite(max) && max > 0) query.maxWeeks = max;
  const sort = only(LISTING_SORTS, list(get('sort')))[0];
  if (sort) query.sort = sort;
  const open = get('open');
  return open ? { query, open } : { query };
}

/** The page's search string with this board's parameters replaced (others kept). */
export function writeView(search: string, ns: string, view: BoardView): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(`${ns}.`)) params.delete(key);
  const set = (key: string, value: string | undefined) =>
    value && params.set(`${ns}.${key}`, value);
  const { query } = view;
  set('q', query.q?.trim());
  set('kind', query.kind?.join(','));
  set('workplace', query.workplace?.join(','));
  set('skill', query.skill?.join(','));
  set('location', query.location?.join(','));
  set('paid', query.paid ? '1' : undefined);
  set('max', query.maxWeeks ? String(query.maxWeeks) : undefined);
  set('sort', query.sort && query.sort !== 'relevance' ? query.sort : undefined);
  set('open', view.open);
  const text = params.toString();
  return text ? `?${text}` : '';
}
