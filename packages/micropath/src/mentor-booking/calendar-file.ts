/**
 * A booked session as a calendar entry: an iCalendar file (RFC 5545) and "add to calendar"
 * links for Google Calendar and Outlook. Times are written in UTC, so no VTIMEZONE is needed
 * and every calendar shows the session in its owner's zone.
 */
export interface CalendarEvent {
  /** Stable across downloads of the same booking, so a calendar updates instead of duplicating. */
  uid: string;
  /** Instants (ISO 8601 with offset). */
  start: string;
  end: string;
  title: string;
  description?: string;
  /** Where to join: a meeting link or a place. */
  location?: string;
  /** Where to manage the booking. */
  url?: string;
  /** How often the booking changed (RFC 5545 SEQUENCE): a calendar keeps the highest. */
  sequence?: number;
  /** The session was cancelled: the file removes it from the calendar (METHOD:CANCEL). */
  cancelled?: boolean;
}

const utc = (instant: string | Date) =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
const text = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length ? 74 : 75; // a continuation line starts with one space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * The `.ics` text of one event, CRLF line ends, `now` as the DTSTAMP: `METHOD:PUBLISH` with
 * `STATUS:CONFIRMED`, or for a cancelled session `METHOD:CANCEL` with `STATUS:CANCELLED`. The
 * same UID with a higher SEQUENCE updates the entry a calendar already has (RFC 5546 §3.2).
 */
export function icsFile(event: CalendarEvent, now: Date = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Micropath//mentor-booking//EN',
    'CALSCALE:GREGORIAN',
    event.cancelled ? 'METHOD:CANCEL' : 'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${text(event.uid)}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `DTSTAMP:${utc(now)}`,
    `DTSTART:${utc(event.start)}`,
    `DTEND:${utc(event.end)}`,
    `SUMMARY:${text(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${text(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${text(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    event.cancelled ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Google Calendar's "create event" link. */
export function googleCalendarUrl(event: CalendarEvent): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set('text', event.title);
  url.searchParams.set('dates', `${utc(event.start)}/${utc(event.end)}`);
  if (event.description) url.searchParams.set('details', event.description);
  if (event.location) url.searchParams.set('location', event.location);
  return url.href;
}

/** Outlook on the web's "new event" link (outlook.live.com; work accounts are redirected). */
export function outlookCalendarUrl(event: CalendarEvent): string {
  const url = new URL('https://outlook.live.com/calendar/0/deeplink/compose');
  url.searchParams.set('path', '/calendar/action/compose');
  url.searchParams.set('rru', 'addevent');
  url.searchParams.set('subject', event.title);
  url.searchParams.set('startdt', new Date(event.start).toISOString());
  url.searchParams.set('enddt', new Date(event.end).toISOString());
  if (event.description) url.searchParams.set('body', event.description);
  if (event.location) url.searchParams.set('location', event.location);
  return url.href;
}
