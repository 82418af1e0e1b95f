/** The time-zone schema that mentors, bookings and availability requests share. */
import * as v from '../valibot.ts';
import { isKnownTimeZone } from '../time.ts';

export { isKnownTimeZone };

/** An IANA time zone the running browser knows ("Europe/Berlin", "Asia/Kolkata"). */
export const timeZone = () =>
  v.pipe(v.string(), v.check(isKnownTimeZone, 'not a known IANA time zone'));
