/**
 * The search as a visitor types (a reactive controller): the request waits for a pause in
 * typing, unless the adapter searches instantly (its whole board is in memory); any other
 * change loads at once and drops the one waiting. Nothing waits once the element has left.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const SEARCH_DEBOUNCE_MS = 250;

export class SearchDebounce implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Runs `load` once typing pauses (`wait`), or now; a load still waiting is dropped. */
  run(load: () => void, wait: boolean): void {
    clearTimeout(this.timer);
    if (wait) this.timer = setTimeout(load, SEARCH_DEBOUNCE_MS);
    else load();
  }
}
