/**
 * The time-zone picker's list (zone-picker.ts): every zone with its offset, the search over
 * them, the keys and the placement (zone-search.ts), and the listbox with its count. A lazy
 * chunk, loaded when the visitor heads for the zone button or opens the picker: a month of free
 * times shows without it.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { plural } from '../core/plural.ts';
import { currentZoneName, type ZoneOption } from './time-zones.ts';

export { matches, moveActive, opened, pickActive } from './zone-search.ts';
export { zoneListStyles } from './zone-list.styles.ts';

export interface ZoneListContext {
  matches: readonly ZoneOption[];
  /** The index of the option the search field points at. */
  active: number;
  /** The zone in use (its option is the selected one). */
  zone: string;
  locale: string;
  pick: (zone: string) => void;
}

/** The count of matches (announced), the listbox, and what shows when nothing matches. */
export function renderZoneList({ matches, active, zone, locale, pick }: ZoneListContext) {
  // Options are reached from the keyboard through the search field (aria-activedescendant,
  // the APG combobox); the listbox's click handler is for pointers only.
  /* eslint-disable lit-a11y/click-events-have-key-events */
  return html`<p class="visually-hidden" role="status">
      ${plural(matches.length, locale, {
        zero: (n) => msg(str`${n} time zones`, { id: 'time-zones.zero' }),
        one: (n) => msg(str`${n} time zone`, { id: 'time-zones.one' }),
        two: (n) => msg(str`${n} time zones`, { id: 'time-zones.two' }),
        few: (n) => msg(str`${n} time zones`, { id: 'time-zones.few' }),
        many: (n) => msg(str`${n} time zones`, { id: 'time-zones.many' }),
        other: (n) => msg(str`${n} time zones`, { id: 'time-zones.other' }),
      })}
    </p>
    <ul
      id="zone-list"
      role="listbox"
      aria-label=${msg('Time zones')}
      @click=${(e: Event) => {
        const chosen = (e.target as Element).closest<HTMLElement>('[data-zone]')?.dataset.zone;
        if (chosen) pick(chosen);
      }}
    >
      ${matches.map(
        (option, i) =>
          html`<li
            id="zone-${i}"
            role="option"
            class=${i === active ? 'active' : ''}
            aria-selected=${option.id === currentZoneName(zone) ? 'true' : 'false'}
            data-zone=${option.id}
          >
            <span class="zone-offset">${option.offset}</span>
            <span>${option.label}</span>
            ${option.name ? html`<span class="muted">${option.name}</span>` : nothing}
          </li>`,
      )}
    </ul>
    ${matches.length ? nothing : html`<p class="muted">${msg('No time zone matches.')}</p>`}`;
  /* eslint-enable lit-a11y/click-events-have-key-events */
}
