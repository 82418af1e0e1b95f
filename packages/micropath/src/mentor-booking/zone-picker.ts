/**
 * The time-zone picker: a button showing the zone in use, opening a popover with a search field
 * (an APG combobox over a listbox of every zone with its offset now). The popover is the
 * platform's (`popover="auto"`: top layer, Escape and outside clicks close it), placed by the
 * kit's placement controller. The list, its keyboard and the placement (zone-list.ts, with
 * `@floating-ui/dom`) are a lazy chunk, fetched when the pointer or focus reaches the button, at
 * the latest when the picker opens; the search field works before it arrives (what is typed is
 * kept, Enter waits for the list). The zone list is built on first open, once per language.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { PlacementController } from '../core/placement.ts';
import { offsetMinutes } from '../core/time.ts';
import { adoptStyles } from '../core/lazy-code.ts';
import { currentZoneName, offsetLabel, type ZoneOption } from './time-zones.ts';
import { zoneCity, zoneName } from './booking-format.ts';

type ZoneList = typeof import('./zone-list.ts');

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

/** The picker's state; what it does with the list (search, keys, placement) is zone-list.ts's. */
export class ZonePicker implements ReactiveController {
  /** Places the panel beside the button; made by the list's code. */
  placement?: PlacementController;
  /** The list's code, once its chunk has loaded. */
  private list?: ZoneList;
  private listLoading?: Promise<ZoneList>;
  /** Where the list's code comes from (a test holds it back to act before it arrives). */
  private readonly loadList: () => Promise<ZoneList> = () => import('./zone-list.ts');
  /** Every zone's option, built for a language on first open. */
  options?: { locale: string; list: ZoneOption[] };
  /** The language and zone the picker was opened with. */
  shown = { locale: '', zone: '' };
  /** What the visitor typed in the search field. */
  query = '';
  /** The index of the option the search field points at. */
  active = 0;
  open = false;

  constructor(
    readonly host: Host,
    private readonly choose: (zone: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.open = false;
  }

  $<T extends HTMLElement>(selector: string): T | null {
    return this.host.renderRoot.querySelector<T>(selector);
  }

  /** Loads the list's code (once; again after a failed attempt). */
  private load(): Promise<ZoneList> {
    if (!this.listLoading) {
      const attempt = this.loadList().then((list) => {
        adoptStyles(this.host.renderRoot, list.zoneListStyles); // they come with its code
        this.list = list;
        if (this.open) this.host.requestUpdate(); // what was typed meanwhile is searched
        return list;
      });
      attempt.catch(() => this.listLoading === attempt && (this.listLoading = undefined));
      this.listLoading = attempt;
    }
    return this.listLoading;
  }

  /** The pointer or focus reached the button: the list loads now, so opening does not wait. */
  private preload(): void {
    this.load().catch(() => undefined);
  }

  private onToggle(event: ToggleEvent, locale: string, zone: string): void {
    const panel = event.target as HTMLElement;
    if (event.newState === 'open') {
      this.open = true;
      this.query = '';
      this.active = 0;
      this.shown = { locale, zone };
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => this.$<HTMLInputElement>('#zone-search')?.focus());
      // Placed, and the zone in use made the active option, once the list's code is in.
      this.load().then(
        (list) => list.opened(this, panel),
        () => undefined,
      );
    } else {
      this.open = false;
      this.placement?.stop();
      this.host.requestUpdate();
      // Closed with Escape or by choosing: focus returns to the button. An outside click
      // leaves focus where the visitor put it.
      const focused = (this.host.renderRoot as ShadowRoot).activeElement;
      if (!focused || panel.contains(focused)) this.$<HTMLElement>('#zone-button')?.focus();
    }
  }

  pick(zone: string): void {
    this.choose(zone);
    this.$<HTMLElement>('#zone-panel')?.hidePopover();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      // Before the list has arrived, Enter picks what it will show first for the search.
      this.load().then(
        (list) => list.pickActive(this),
        () => undefined, // not loaded (offline): the next Enter tries again
      );
      return;
    }
    this.list?.moveActive(this, event);
  }

  /** The zone button and its popover. `now` dates the offsets shown. */
  render(zone: string, locale: string, now: number) {
    const name = zoneName(zone, locale, now);
    const offset = offsetLabel(offsetMinutes(now, zone));
    const { list } = this;
    const matches = this.open && list ? list.matches(this) : [];
    const active = matches[this.active];
    return html`<div class="zone">
      <button
        id="zone-button"
        part="zone-button"
        type="button"
        popovertarget="zone-panel"
        title=${name}
        @pointerenter=${() => this.preload()}
        @focus=${() => this.preload()}
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
                  aria-expanded=${list ? 'true' : 'false'}
                  aria-controls=${list ? 'zone-list' : nothing}
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
                ${
                  list
                    ? list.renderZoneList({
                        matches,
                        active: this.active,
                        zone,
                        locale,
                        pick: (chosen) => this.pick(chosen),
                      })
                    : nothing
                }`
            : nothing
        }
      </div>
    </div>`;
  }
}
