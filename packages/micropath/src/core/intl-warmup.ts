/**
 * The first `Intl` formatter of a page costs tens of milliseconds: the browser loads its locale
 * and time-zone data then, and later formatters cost little. An element about to wait for the
 * network builds a date and a number formatter meanwhile, each in a task of its own, so the
 * answer's render does not carry that cost.
 */
import { isServer } from 'lit';
import { nextTask } from './pace.ts';

let warmed = false;

export function warmIntl(locale: string): void {
  if (warmed || isServer) return;
  warmed = true;
  const attempt = (build: () => void) => {
    try {
      build();
    } catch {
      // A malformed `lang`: the element's own formatting deals with it.
    }
  };
  void nextTask()
    .then(() => attempt(() => new Intl.DateTimeFormat(locale).format(0)))
    .then(nextTask)
    .then(() => attempt(() => new Intl.NumberFormat(locale).format(0)));
}
