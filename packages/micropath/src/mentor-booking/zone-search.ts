/**
 * What the time-zone picker (zone-picker.ts, which holds the state) does once its list's code
 * is in: the search over every zone, the active option moved by the keys, Enter's pick, and the
 * panel placed beside the button. Part of the list's lazy chunk (zone-list.ts).
 */
import { PlacementController } from '../core/placement.ts';
import { currentZoneName, type ZoneOption } from './time-zones.ts';
import { searchZones, zoneOptions } from './zone-options.ts';
import type { ZonePicker } from './zone-picker.ts';

/** The zones matching what was typed, in the language the picker was opened with. */
export function matches(picker: ZonePicker): ZoneOption[] {
  const { locale, zone } = picker.shown;
  if (picker.options?.locale !== locale)
    picker.options = { locale, list: zoneOptions(locale, Date.now(), [zone]) };
  return searchZones(picker.options.list, picker.query);
}

const scrollActive = (picker: ZonePicker) =>
  picker.$(`#zone-${picker.active}`)?.scrollIntoView({ block: 'nearest' });

/** The panel opened: placed beside the button, the zone in use as the active option. */
export function opened(picker: ZonePicker, panel: HTMLElement): void {
  if (!picker.open) return; // closed meanwhile
  picker.placement ??= new PlacementController(picker.host, 'bottom-start');
  picker.placement.start(picker.$('#zone-button')!, panel);
  // The zone in use is the active option, unless the visitor has typed meanwhile.
  if (picker.query) return;
  picker.active = Math.max(
    0,
    matches(picker).findIndex((o) => o.id === currentZoneName(picker.shown.zone)),
  );
  picker.host.requestUpdate();
  void picker.host.updateComplete.then(() => scrollActive(picker));
}

/** Enter: the active option is chosen. */
export function pickActive(picker: ZonePicker): void {
  const option = picker.open ? matches(picker)[picker.active] : undefined;
  if (option) picker.pick(option.id);
}

const STEP: Readonly<Record<string, number>> = {
  ArrowDown: 1,
  ArrowUp: -1,
  PageDown: 10,
  PageUp: -10,
};

/** Arrow and page keys in the search field move the active option. */
export function moveActive(picker: ZonePicker, event: KeyboardEvent): void {
  const count = matches(picker).length;
  if (!(event.key in STEP) || !count) return;
  event.preventDefault();
  picker.active = Math.min(count - 1, Math.max(0, picker.active + STEP[event.key]!));
  picker.host.requestUpdate();
  void picker.host.updateComplete.then(() => scrollActive(picker));
}
