import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { checked } from '../core/checked.ts';
import type {
  FacetValue,
  Facets,
  ListingKind,
  ListingQuery,
  Workplace,
} from '../core/models/listing.ts';
import { plural } from '../core/plural.ts';
import { kindLabel, workplaceLabel } from './listing-format.ts';

export type ListFilter = 'kind' | 'skill' | 'workplace' | 'location';

export interface FiltersContext {
  query: ListingQuery;
  facets: Facets | undefined;
  locale: string;
  expanded: Set<ListFilter>;
  toggle: (filter: ListFilter, value: string, on: boolean) => void;
  setPaid: (on: boolean) => void;
  setMaxWeeks: (weeks: number | undefined) => void;
  showAll: (filter: ListFilter) => void;
}

/** Options for the longest acceptable duration, in weeks. */
export const MAX_WEEKS = [1, 2, 4, 13, 26] as const;

export function maxWeeksLabel(weeks: number, locale: string): string {
  switch (weeks) {
    case 1:
      return msg('Up to 1 week');
    case 2:
      return msg('Up to 2 weeks');
    case 4:
      return msg('Up to 1 month');
    case 13:
      return msg('Up to 3 months');
    case 26:
      return msg('Up to 6 months');
    default: // another length, from the page's address or the board's attribute
      return plural(weeks, locale, {
        one: (n) => msg(str`Up to ${n} week`, { id: 'max-weeks.one' }),
        two: (n) => msg(str`Up to ${n} weeks`, { id: 'max-weeks.two' }),
        few: (n) => msg(str`Up to ${n} weeks`, { id: 'max-weeks.few' }),
        many: (n) => msg(str`Up to ${n} weeks`, { id: 'max-weeks.many' }),
        other: (n) => msg(str`Up to ${n} weeks`, { id: 'max-weeks.other' }),
      });
  }
}

export function valueLabel(filter: ListFilter, value: string): string {
  if (filter === 'kind') return kindLabel(value as ListingKind);
  if (filter === 'workplace') return workplaceLabel(value as Workplace);
  return value;
}

const SHOWN = 8;

function group(
  ctx: FiltersContext,
  filter: ListFilter,
  legend: string,
  values: FacetValue[] | undefined,
) {
  if (!values?.length) return nothing;
  const selected = new Set(ctx.query[filter] ?? []);
  const all = ctx.expanded.has(filter);
  const shown = all ? values : values.filter((v, i) => i < SHOWN || selected.has(v.value));
  return html`<fieldset part="filter-group" class="group">
    <legend>${legend}</legend>
    ${shown.map(
      (facet) =>
        html`<label class="check">
          <input
            type="checkbox"
            ?checked=${selected.has(facet.value)}
            ${checked(selected.has(facet.value))}
            @change=${(e: Event) => ctx.toggle(filter, facet.value, (e.target as HTMLInputElement).checked)}
          />
          <span>${valueLabel(filter, facet.value)}</span>
          <span class="count">${facet.count}</span>
        </label>`,
    )}
    ${
      shown.length < values.length
        ? html`<button type="button" class="link" @click=${() => ctx.showAll(filter)}>
            ${msg(str`Show all (${values.length})`)}
          </button>`
        : nothing
    }
  </fieldset>`;
}

export function renderFilters(ctx: FiltersContext, id: string, hidden: boolean) {
  const paid = ctx.facets?.paid?.find((f) => f.value === 'true')?.count ?? 0;
  return html`<div part="filters" class="filters" id=${id} ?hidden=${hidden}>
    ${group(ctx, 'kind', msg('Type'), ctx.facets?.kind)}
    ${group(ctx, 'workplace', msg('Workplace'), ctx.facets?.workplace)}
    ${group(ctx, 'skill', msg('Skills'), ctx.facets?.skill)}
    ${group(ctx, 'location', msg('Location'), ctx.facets?.location)}
    <fieldset part="filter-group" class="group">
      <legend>${msg('Pay and length')}</legend>
      <label class="check">
        <input
          type="checkbox"
          ?checked=${Boolean(ctx.query.paid)}
          ${checked(Boolean(ctx.query.paid))}
          @change=${(e: Event) => ctx.setPaid((e.target as HTMLInputElement).checked)}
        />
        <span>${msg('Paid only')}</span>
        <span class="count">${paid}</span>
      </label>
      <label class="stacked">
        <span>${msg('Maximum duration')}</span>
        <select
          @change=${(e: Event) => {
            const value = Number((e.target as HTMLSelectElement).value);
            ctx.setMaxWeeks(value > 0 ? value : undefined);
          }}
        >
          <option value="" ?selected=${!ctx.query.maxWeeks}>${msg('Any length')}</option>
          ${MAX_WEEKS.map((weeks) => html`<option value=${weeks} ?selected=${ctx.query.maxWeeks === weeks}>${maxWeeksLabel(weeks, ctx.locale)}</option>`)}
        </select>
      </label>
    </fieldset>
  </div>`;
}
