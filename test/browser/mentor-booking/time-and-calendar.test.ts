import { expect } from '@open-wc/testing';
import { offsetLabel } from '../../../packages/micropath/src/mentor-booking/time-zones.ts';
import {
  searchZones,
  zoneOptions,
} from '../../../packages/micropath/src/mentor-booking/zone-options.ts';
import {
  addDays,
  addMonths,
  dateIn,
  monthWeeks,
  slotsByDate,
  weekStartFor,
} from '../../../packages/micropath/src/mentor-booking/month-grid.ts';

const JULY = Date.UTC(2026, 6, 1, 12);
const JANUARY = Date.UTC(2026, 0, 15, 12);

describe('time zones for the picker', () => {
  it('labels offsets, half and three-quarter hours included, with a true minus sign', () => {
    expect([0, 330, 345, -180, -570].map(offsetLabel)).to.deep.equal([
      'UTC',
      'UTC+05:30',
      'UTC+05:45',
      'UTC\u221203:00',
      'UTC\u221209:30',
    ]);
  });

  it('lists every zone with its offset now and its name in the visitor’s language', () => {
    const summer = zoneOptions('de', JULY);
    const winter = zoneOptions('de', JANUARY);
    const berlin = (list: typeof summer) => list.find((z) => z.id === 'Europe/Berlin')!;
    expect(berlin(summer)).to.deep.include({ offset: 'UTC+02:00', label: 'Europe / Berlin' });
    expect(berlin(winter).offset).to.equal('UTC+01:00');
    expect(berlin(summer).name).to.equal('Mitteleuropäische Zeit');
    expect(summer.length).to.be.greaterThan(300);
    expect(summer.map((z) => z.minutes)).to.deep.equal(
      [...summer.map((z) => z.minutes)].sort((a, b) => a - b),
    );
    expect(zoneOptions('en', JULY, ['Etc/GMT+3']).some((z) => z.id === 'Etc/GMT+3')).to.equal(true);
  });

  it('finds zones by city, by localized name and by offset', () => {
    const zones = zoneOptions('de', JULY);
    const ids = (query: string) => searchZones(zones, query).map((z) => z.id);
    expect(ids('toronto')).to.deep.equal(['America/Toronto']);
    expect(ids('los angeles')).to.include('America/Los_Angeles');
    expect(ids('mitteleuropaische')).to.include('Europe/Berlin');
    expect(ids('+5:30').some((id) => /Kolkata|Calcutta|Colombo/.test(id))).to.equal(true);
    expect(ids('utc\u221203:00')).to.include('America/Sao_Paulo');
    expect(ids('')).to.have.length(zones.length);
    expect(ids('nowhere at all')).to.deep.equal([]);
  });
});

describe('month grid', () => {
  it('lists renamed zones under today’s names, once', () => {
    const zones = zoneOptions('en', JULY, ['Asia/Kolkata', 'Asia/Calcutta']);
    const ids = zones.map((z) => z.id);
    expect(ids.filter((id) => /Kolkata|Calcutta/.test(id))).to.deep.equal(['Asia/Kolkata']);
    expect(searchZones(zones, 'kyiv').map((z) => z.id)).to.deep.equal(['Europe/Kyiv']);
    expect(searchZones(zones, 'ho chi minh').map((z) => z.offset)).to.deep.equal(['UTC+07:00']);
  });

  it('starts weeks on the locale’s first day unless told', () => {
    expect(weekStartFor('de-DE')).to.equal(1);
    expect(weekStartFor('en-US')).to.equal(7);
    expect(weekStartFor('not a locale')).to.equal(1);
    // February 2026 begins on a Sunday.
    const monday = monthWeeks(2026, 2, 1);
    expect(monday).to.have.length(5);
    expect(monday[0]![0]).to.equal('2026-01-26');
    expect(monday.at(-1)!.at(-1)).to.equal('2026-03-01');
    const sunday = monthWeeks(2026, 2, 7);
    expect(sunday.map((w) => w[0])).to.deep.equal([
      '2026-02-01',
      '2026-02-08',
      '2026-02-15',
      '2026-02-22',
    ]);
  });

  it('counts calendar days, not hours, across DST and month ends', () => {
    expect(addDays('2026-03-28', 1)).to.equal('2026-03-29');
    expect(addDays('2026-03-29', 1)).to.equal('2026-03-30');
    expect(addDays('2026-01-01', -1)).to.equal('2025-12-31');
    expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addMonths('2026-03-15', -3)).to.equal('2025-12-15');
  });

  it('puts each slot on its date in the visitor’s zone', () => {
    const lateUtc = { start: '2026-03-28T23:30:00Z', end: '2026-03-29T00:00:00Z' };
    // Madrid moves from +01:00 to +02:00 at 01:00 UTC on 29 March 2026.
    const beforeShift = { start: '2026-03-29T00:30:00Z', end: '2026-03-29T01:00:00Z' };
    const afterShift = { start: '2026-03-29T22:30:00Z', end: '2026-03-29T23:00:00Z' };
    const slots = [lateUtc, beforeShift, afterShift];
    expect([...slotsByDate(slots, 'Asia/Tokyo').keys()]).to.deep.equal([
      '2026-03-29',
      '2026-03-30',
    ]);
    expect([...slotsByDate(slots, 'America/Los_Angeles').keys()]).to.deep.equal([
      '2026-03-28',
      '2026-03-29',
    ]);
    const madrid = slotsByDate(slots, 'Europe/Madrid');
    expect(madrid.get('2026-03-29')).to.deep.equal([lateUtc, beforeShift]);
    expect(madrid.get('2026-03-30')).to.deep.equal([afterShift]);
    expect(dateIn('2026-03-29T22:00:00Z', 'Asia/Kolkata')).to.equal('2026-03-30');
  });
});

describe('slots by date, fast path', () => {
  it('agrees with asking Intl for every slot, over a year of half-hours in DST and half-hour zones', () => {
    const start = Date.UTC(2026, 0, 1);
    const slots = Array.from({ length: 365 * 48 }, (_, i) => {
      const at = start + i * 1_800_000;
      return { start: new Date(at).toISOString(), end: new Date(at + 1_800_000).toISOString() };
    });
    for (const zone of [
      'Europe/Madrid',
      'America/Santiago',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
    ]) {
      const grouped = slotsByDate(slots, zone);
      for (const [date, list] of grouped)
        for (const slot of list)
          expect(dateIn(slot.start, zone), `${zone} ${slot.start}`).to.equal(date);
      expect([...grouped.values()].reduce((n, l) => n + l.length, 0)).to.equal(slots.length);
    }
  });
});
