import { expect } from '@open-wc/testing';
import {
  foldLine,
  googleCalendarUrl,
  icsFile,
  outlookCalendarUrl,
  type CalendarEvent,
} from '../../../packages/micropath/src/mentor-booking/calendar-file.ts';

const event: CalendarEvent = {
  uid: 'b-42@careers.example.org',
  // 09:30 in Madrid on the day summer time ends (UTC+2 until 03:00, then UTC+1).
  start: '2026-10-25T09:30:00+01:00',
  end: '2026-10-25T10:00:00+01:00',
  title: 'Portfolio review with Ana Ruiz; 30 min, online',
  description:
    'Goals: feedback on my UX case study\nBring: two screens, one prototype. Größe: ñandú 🙂 — ' +
    'a long line that goes well past seventy-five octets so that it must be folded.',
  location: 'https://meet.example.org/ana',
  url: 'https://careers.example.org/bookings/b-42',
};
const NOW = new Date('2026-10-20T12:00:00Z');
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('calendar file', () => {
  it('updates and cancels the same entry: same UID, higher SEQUENCE, METHOD:CANCEL with STATUS:CANCELLED', () => {
    const moved = unfold(
      icsFile({ ...event, sequence: 1, start: '2026-10-26T08:30:00Z' }, NOW),
    ).split('\r\n');
    expect(moved).to.include.members([
      'METHOD:PUBLISH',
      'UID:b-42@careers.example.org',
      'SEQUENCE:1',
      'DTSTART:20261026T083000Z',
      'STATUS:CONFIRMED',
    ]);
    const cancelled = unfold(icsFile({ ...event, sequence: 2, cancelled: true }, NOW)).split(
      '\r\n',
    );
    expect(cancelled).to.include.members([
      'METHOD:CANCEL',
      'UID:b-42@careers.example.org',
      'SEQUENCE:2',
      'STATUS:CANCELLED',
    ]);
    expect(cancelled).not.to.include('METHOD:PUBLISH');
  });

  it('writes RFC 5545: CRLF lines, UTC times, METHOD:PUBLISH, escaped text', () => {
    const ics = icsFile(event, NOW);
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = unfold(ics).split('\r\n');
    expect(lines.slice(0, 6)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Micropath//mentor-booking//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
    ]);
    expect(lines).to.include.members([
      'UID:b-42@careers.example.org',
      'SEQUENCE:0',
      'DTSTAMP:20261020T120000Z',
      'DTSTART:20261025T083000Z',
      'DTEND:20261025T090000Z',
      'SUMMARY:Portfolio review with Ana Ruiz\\; 30 min\\, online',
      'LOCATION:https://meet.example.org/ana',
      'URL:https://careers.example.org/bookings/b-42',
    ]);
    const description = lines.find((l) => l.startsWith('DESCRIPTION:'))!;
    expect(description).to.contain('case study\\nBring: two screens\\, one prototype.');
    expect(lines.slice(-4)).to.deep.equal(['STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR', '']);
  });

  it('folds at 75 octets without splitting a character, and unfolds to the same text', () => {
    const ics = icsFile(event, NOW);
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(unfold(ics)).to.contain('Größe: ñandú 🙂 — a long line');
    const folded = foldLine(`DESCRIPTION:${'ü'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).to.equal(`DESCRIPTION:${'ü'.repeat(60)}`);
    // 12 + 31 × 2 octets, then a space and the other 29 ü.
    expect(folded.split('\r\n').map((l) => encoder.encode(l).length)).to.deep.equal([74, 59]);
  });

  it('keeps the same UID for the same booking, so calendars update rather than duplicate', () => {
    const first = icsFile(event, NOW);
    const later = icsFile({ ...event, title: 'Renamed' }, new Date('2026-10-21T00:00:00Z'));
    const uid = (ics: string) =>
      unfold(ics)
        .split('\r\n')
        .find((l) => l.startsWith('UID:'));
    expect(uid(later)).to.equal(uid(first));
  });

  it('links to Google Calendar and Outlook with the same times', () => {
    const google = new URL(googleCalendarUrl(event));
    expect(google.origin + google.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('dates')).to.equal('20261025T083000Z/20261025T090000Z');
    expect(google.searchParams.get('text')).to.equal(event.title);
    expect(google.searchParams.get('location')).to.equal(event.location);
    const outlook = new URL(outlookCalendarUrl(event));
    expect(outlook.searchParams.get('startdt')).to.equal('2026-10-25T08:30:00.000Z');
    expect(outlook.searchParams.get('enddt')).to.equal('2026-10-25T09:00:00.000Z');
    expect(outlook.searchParams.get('subject')).to.equal(event.title);
    expect(outlook.searchParams.get('body')).to.equal(event.description);
  });
});
