/**
 * The board's toolbar (search, sort, the filters button) and the active filters as removable
 * chips, with the query edits they make.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { ListingQuery } from '../core/models/listing.ts';
import { maxWeeksLabel, valueLabel, type ListFilter } from './board-filters.ts';

const LIST_FILTERS: readonly ListFilter[] = ['kind', 'workplace', 'skill', 'location'];

export type ChipFilter = ListFilter | 'paid' | 'maxWeeks';

export interface Chip {
  filter: ChipFilter;
  value: string;
  label: string;
}

/** The query with one value of a list filter turned on or off (from the first page). */
export function withFilter(
  query: ListingQuery,
  filter: ListFilter,
  value: string,
  on: boolean,
): ListingQuery {
  const current = new Set<string>(query[filter] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const next: ListingQuery = { ...query, cursor: undefined };
  if (current.size) (next as Record<ListFilter, string[]>)[filter] = [...current];
  else delete next[filter];
  return next;
}

/** The query without a chip's filter. */
export function withoutChip(query: ListingQuery, { filter, value }: Chip): ListingQuery {
  if (filter === 'paid') return { ...query, paid: undefined };
  if (filter === 'maxWeeks') return { ...query, maxWeeks: undefined };
  return withFilter(query, filter, value, false);
}

/** No search and no filters; the sort stays. */
export function cleared(query: ListingQuery): ListingQuery {
  const next: ListingQuery = {};
  if (query.sort) next.sort = query.sort;
  return next;
}

/** The filters in use, each a chip. */
export function activeFilters(query: ListingQuery, locale: string): Chip[] {
  const chips: Chip[] = [];
  for (const filter of LIST_FILTERS) {
    for (const value of query[filter] ?? [])
      chips.push({ filter, value, label: valueLabel(filter, value) });
  }
  if (query.paid) chips.push({ filter: 'paid', value: 'true', label: msg('Paid only') });
  if (query.maxWeeks)
    chips.push({ filter: 'maxWeeks', value: '', label: maxWeeksLabel(query.maxWeeks, locale) });
  return chips;
}

export interface ToolbarContext {
  query: ListingQuery;
  /** How many filters are in use. */
  active: number;
  filtersOpen: boolean;
  filtersId: string;
  search: (q: string | undefined) => void;
  sort: (sort: ListingQuery['sort']) => void;
  toggleFilters: () => void;
}

export function renderToolbar(ctx: ToolbarContext) {
  const { query, active } = ctx;
  return html`<div part="toolbar" class="toolbar">
    <label class="search">
      <span>${msg('Search openings')}</span>
      <input
        id="search"
        part="search"
        type="search"
        autocomplete="off"
        .value=${query.q ?? ''}
        @input=${(e: Event) => ctx.search((e.target as HTMLInputElement).value || undefined)}
      />
    </label>
    <label class="sort">
      <span>${msg('Sort by')}</span>
      <select
        part="sort"
        @change=${(e: Event) => {
          const sort = (e.target as HTMLSelectElement).value as ListingQuery['sort'];
          ctx.sort(sort === 'relevance' ? undefined : sort);
        }}
      >
        <option value="relevance" ?selected=${!query.sort || query.sort === 'relevance'}>
          ${msg('Best match')}
        </option>
        <option value="newest" ?selected=${query.sort === 'newest'}>${msg('Newest')}</option>
        <option value="deadline" ?selected=${query.sort === 'deadline'}>
          ${msg('Deadline soonest')}
        </option>
        <option value="shortest" ?selected=${query.sort === 'shortest'}>${msg('Shortest')}</option>
      </select>
    </label>
    <button
      type="button"
      class="filters-toggle"
      aria-expanded=${ctx.filtersOpen ? 'true' : 'false'}
      aria-controls=${ctx.filtersId}
      @click=${ctx.toggleFilters}
    >
      ${active ? msg(str`Filters (${active})`) : msg('Filters')}
    </button>
  </div>`;
}

/** The active filters, each removable, and "Clear all"; nothing without any. */
export function renderChips(chips: Chip[], remove: (chip: Chip) => void, clearAll: () => void) {
  if (!chips.length) return nothing;
  return html`<ul part="chips" class="chips" aria-label=${msg('Active filters')}>
    ${chips.map(
      (chip) =>
        html`<li>
          <button
            type="button"
            class="chip"
            aria-label=${msg(str`Remove filter: ${chip.label}`)}
            @click=${() => remove(chip)}
          >
            ${chip.label} <span aria-hidden="true">×</span>
          </button>
        </li>`,
    )}
    <li>
      <button type="button" class="link" @click=${clearAll}>${msg('Clear all')}</button>
    </li>
  </ul>`;
}
