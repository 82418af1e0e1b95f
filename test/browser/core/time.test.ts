import { expect } from '@open-wc/testing';
import {
  instantOf,
  offsetMinutes,
  toZonedIso,
  isoWeekday,
  minutesOfDay,
  wallTimeAt,
} from '../../../packages/micropath/src/core/time.ts';

describe('time-zone arithmetic', () => {
  it('converts wall times to instants across a spring-forward change', () => {
    // Berlin switched to summer time on 2026-03-29 at 02:00 → 03:00.
    expect(
      new Date(
        instantOf({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 }, 'Europe/Berlin')!,
      ).toISOString(),
    ).to.equal('2026-03-29T00:30:00.000Z');
    expect(
      instantOf({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'Europe/Berlin'),
    ).to.equal(undefined);
    expect(
      new Date(
        instantOf({ year: 2026, month: 3, day: 29, hour: 3, minute: 0 }, 'Europe/Berlin')!,
      ).toISOString(),
    ).to.equal('2026-03-29T01:00:00.000Z');
  });

  it('takes the first of a repeated hour at a fall-back change', () => {
    // New York repeats 01:00–02:00 on 2026-11-01.
    expect(
      new Date(
        instantOf({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York')!,
      ).toISOString(),
    ).to.equal('2026-11-01T05:30:00.000Z');
  });

  it('handles half-hour and quarter-hour zones', () => {
    expect(offsetMinutes(Date.UTC(2026, 0, 1), 'Asia/Kolkata')).to.equal(330);
    expect(offsetMinutes(Date.UTC(2026, 0, 1), 'Asia/Kathmandu')).to.equal(345);
    expect(toZonedIso(Date.UTC(2026, 0, 1, 12), 'Asia/Kolkata')).to.equal(
      '2026-01-01T17:30:00+05:30',
    );
    expect(toZonedIso(Date.UTC(2026, 0, 1, 12), 'America/St_Johns')).to.equal(
      '2026-01-01T08:30:00-03:30',
    );
    expect(toZonedIso(Date.UTC(2026, 0, 1, 12), 'UTC')).to.equal('2026-01-01T12:00:00+00:00');
  });

  it('reads wall times, weekdays and clock strings', () => {
    expect(wallTimeAt(Date.UTC(2026, 5, 1, 22, 15), 'Asia/Tokyo')).to.deep.equal({
      year: 2026,
      month: 6,
      day: 2,
      hour: 7,
      minute: 15,
      second: 0,
    });
    expect(isoWeekday(2026, 11, 23)).to.equal(1);
    expect(isoWeekday(2026, 11, 22)).to.equal(7);
    expect(minutesOfDay('09:30')).to.equal(570);
    expect(minutesOfDay('24:00')).to.equal(1440);
    expect(() => minutesOfDay('9:30')).to.throw(RangeError);
  });
});
