/**
 * The time-zone picker: a button showing the zone in use, opening a popover with a search field
 * (an APG combobox over a listbox of every zone with its offset now). The popover is the
 * platform's (`popover="auto"`: top layer, Escape and outside clicks close it), placed by the
 * kit's placement controller. The list (zone-list.ts) is a lazy chunk, fetched when the pointer
 * or focus reaches the button, at the latest when the picker opens; the search field works
 * before it arrives (what is typed is kept, Enter waits for the list). The zone list is built
 * on first open, once per language.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { PlacementController } from '../core/placement.ts';
import { offsetMinutes } from '../core/time.ts';
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

export class ZonePicker implements ReactiveController {
  private readonly placement: PlacementController;
  /** The list's code, once its chunk has loaded. */
  private list?: ZoneList;
  private listLoading?: Promise<ZoneList>;
  /** Where the list's code comes from (a test holds it back to act before it arrives). */
  private readonly loadList: () => Promise<ZoneList> = () => import('./zone-list.ts');
  private options?: { locale: string; list: ZoneOption[] };
  /** The language and zone the picker was opened with. */
  private shown = { locale: '', zone: '' };
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

  /** Loads the list's code (once; again after a failed attempt). */
  private load(): Promise<ZoneList> {
    if (!this.listLoading) {
      const attempt = this.loadList().then((list) => {
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

  private matches(): ZoneOption[] {
    const { list } = this;
    if (!list) return [];
    const { locale, zone } = this.shown;
    if (this.options?.locale !== locale)
      this.options = { locale, list: list.zoneOptions(locale, Date.now(), [zone]) };
    return list.searchZones(this.options.list, this.query);
  }

  private onToggle(event: ToggleEvent, locale: string, zone: string): void {
    const panel = event.target as HTMLElement;
    if (event.newState === 'open') {
      this.open = true;
      this.query = '';
      this.active = 0;
      this.shown = { locale, zone };
      void this.placement.start(this.$('#zone-button')!, panel);
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => this.$<HTMLInputElement>('#zone-search')?.focus());
      void this.load().then(
        () => {
          // The zone in use is the active option, unless the visitor has typed meanwhile.
          if (!this.open || this.query) return;
          this.active = Math.max(
            0,
            this.matches().findIndex((o) => o.id === currentZoneName(zone)),
          );
          this.host.requestUpdate();
          void this.host.updateComplete.then(() => this.scrollActive());
        },
        () => undefined,
      );
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
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    if (event.key === 'Enter') {
      event.preventDefault();
      // Before the list has arrived, Enter picks what it will show first for the search.
      this.load().then(
        () => {
          const option = this.open ? this.matches()[this.active] : undefined;
          if (option) this.pick(option.id);
        },
        () => undefined, // not loaded (offline): the next Enter tries again
      );
      return;
    }
    const count = this.matches().length;
    if (!(event.key in step) || !count) return;
    event.preventDefault();
    this.active = Math.min(count - 1, Math.max(0, this.active + step[event.key]!));
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
    const { list } = this;
    const matches = this.open ? this.matches() : [];
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
