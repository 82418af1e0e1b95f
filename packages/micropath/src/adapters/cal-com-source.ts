/**
 * `source="cal:USERNAME/EVENT-SLUG"` (as in a cal.com/USERNAME/EVENT-SLUG link) or
 * `cal:EVENT-TYPE-ID`. The adapter's code loads on first use (see core/lazy-adapter.ts).
 */
import { registerSource, registeredSources } from '../core/sources.ts';
import { lazyAdapter, MENTORING_METHODS } from '../core/lazy-adapter.ts';
import { AdapterError } from '../core/errors.ts';
import type { CalComOptions } from './cal-com.ts';

function calOptions(argument: string): CalComOptions {
  if (/^\d+$/.test(argument)) return { eventTypeId: Number(argument) };
  const [username, eventSlug, ...rest] = argument.split('/');
  if (!username || !eventSlug || rest.length)
    throw new AdapterError(
      'not-configured',
      `source="cal:${argument}" must name USER/EVENT (as in cal.com/USER/EVENT) or an event type id.`,
    );
  return { username, eventSlug };
}

export function registerCalSource(): void {
  if (registeredSources().includes('cal')) return;
  registerSource('cal', (argument) => {
    const options = calOptions(argument);
    return lazyAdapter(
      () => import('./cal-com.ts').then((m) => m.calComAdapter(options)),
      MENTORING_METHODS,
    );
  });
}
