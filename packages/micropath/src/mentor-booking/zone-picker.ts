/**
 * The time-zone picker: a button showing the zone in use, opening a popover with a search field
 * (an APG combobox over a listbox of every zone with its offset now). The popover is the
 * platform's (`popover="auto"`: top layer, Escape and outside clicks close it), placed by the
 * kit's placement controller. The zone list is built on first open, once per language.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { PlacementController } from '../core/placement.ts';
import { offsetMinutes } from '../core/time.ts';
import {
  currentZoneName,
  offsetLabel,
  searchZones,
  zoneOptions,
  type ZoneOption,
} from './time-zones.ts';
import { zoneCity, zoneName } from './booking-format.ts';
import { plural } from '../core/plural.ts';

const globe = html`<svg
  class="globe"
  viewBox="0 0 24 24"
  aria-hidden="true"
  fill="none"
  stroke="currentColor"
  stroke-width="1.8"
>
  <circle cx="12" cy="12" r="9" />
  <path
    d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z"
  />
</svg>`;

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export class ZonePicker implements ReactiveController {
  private readonly placement: PlacementController;
  private options?: { locale: string; list: ZoneOption[] };
  private query = '';
  private active = 0;
  private open = false;

  constructor(
    private readonly host: Host,
    private readonly choose: (zone: string) => void,
  ) {
    host.addController(this);
    this.placement = new PlacementController(host, 'bottom-start');
  }

  hostDisconnected(): void {
    this.open = false;
  }

  private $<T extends HTMLElement>(selector: string): T | null {
    return this.host.renderRoot.querySelector<T>(selector);
  }

  private matches(): ZoneOption[] {
    return this.options ? searchZones(this.options.list, this.query) : [];
  }

  private onToggle(event: ToggleEvent, locale: string, zone: string): void {
    const panel = event.target as HTMLElement;
    if (event.newState === 'open') {
      if (this.options?.locale !== locale)
        this.options = { locale, list: zoneOptions(locale, Date.now(), [zone]) };
      this.open = true;
      this.query = '';
      this.active = Math.max(
        0,
        this.options.list.findIndex((o) => o.id === currentZoneName(zone)),
      );
      void this.placement.start(this.$('#zone-button')!, panel);
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => {
        this.$<HTMLInputElement>('#zone-search')?.focus();
        this.scrollActive();
      });
    } else {
      this.open = false;
      this.placement.stop();
      this.host.requestUpdate();
      // Closed with Escape or by choosing: focus returns to the button. An outside click
      // leaves focus where the visitor put it.
      const focused = (this.host.renderRoot as ShadowRoot).activeElement;
      if (!focused || panel.contains(focused)) this.$<HTMLElement>('#zone-button')?.focus();
    }
  }

  private pick(zone: string): void {
    this.choose(zone);
    this.$<HTMLElement>('#zone-panel')?.hidePopover();
  }

  private onKey(event: KeyboardEvent): void {
    const count = this.matches().length;
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    if (event.key in step && count) {
      event.preventDefault();
      this.active = Math.min(count - 1, Math.max(0, this.active + step[event.key]!));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = this.matches()[this.active];
      if (option) this.pick(option.id);
      return;
    } else {
      return;
    }
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.scrollActive());
  }

  private scrollActive(): void {
    this.$(`#zone-${this.active}`)?.scrollIntoView({ block: 'nearest' });
  }

  /** The zone button and its popover. `now` dates the offsets shown. */
  render(zone: string, locale: string, now: number) {
    const name = zoneName(zone, locale, now);
    const offset = offsetLabel(offsetMinutes(now, zone));
    const matches = this.open ? this.matches() : [];
    const active = matches[this.active];
    // Options are reached from the keyboard through the search field (aria-activedescendant,
    // the APG combobox); the listbox's click handler is for pointers only.
    /* eslint-disable lit-a11y/click-events-have-key-events */
    return html`<div class="zone">
      <button
        id="zone-button"
        part="zone-button"
        type="button"
        popovertarget="zone-panel"
        title=${name}
      >
        <span class="visually-hidden">${msg('Time zone:')}</span>
        ${globe}
        <span>${zoneCity(currentZoneName(zone))}</span>
        <span class="muted">${offset}</span>
        <span class="visually-hidden">${msg('(change)')}</span>
      </button>
      <div
        id="zone-panel"
        part="zone-picker"
        class="zone-panel"
        popover="auto"
        @toggle=${(e: ToggleEvent) => this.onToggle(e, locale, zone)}
      >
        ${
          this.open
            ? html`<label id="zone-search-label" for="zone-search"
                  >${msg('Search time zones')}</label
                >
                <input
                  id="zone-search"
                  type="text"
                  role="combobox"
                  aria-labelledby="zone-search-label"
                  autocomplete="off"
                  spellcheck="false"
                  aria-expanded="true"
                  aria-controls="zone-list"
                  aria-autocomplete="list"
                  aria-activedescendant=${active ? `zone-${this.active}` : nothing}
                  placeholder=${msg('City, zone or offset')}
                  .value=${this.query}
                  @input=${(e: Event) => {
                    this.query = (e.target as HTMLInputElement).value;
                    this.active = 0;
                    this.host.requestUpdate();
                  }}
                  @keydown=${(e: KeyboardEvent) => this.onKey(e)}
                />
                <p class="visually-hidden" role="status">
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
                    const zone = (e.target as Element).closest<HTMLElement>('[data-zone]')?.dataset
                      .zone;
                    if (zone) this.pick(zone);
                  }}
                >
                  ${matches.map(
                    (option, i) =>
                      html`<li
                        id="zone-${i}"
                        role="option"
                        class=${i === this.active ? 'active' : ''}
                        aria-selected=${option.id === currentZoneName(zone) ? 'true' : 'false'}
                        data-zone=${option.id}
                      >
                        <span class="zone-offset">${option.offset}</span>
                        <span>${option.label}</span>
                        ${option.name ? html`<span class="muted">${option.name}</span>` : nothing}
                      </li>`,
                  )}
                </ul>
                ${matches.length ? nothing : html`<p class="muted">${msg('No time zone matches.')}</p>`}`
            : nothing
        }
      </div>
    </div>`;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }
}
