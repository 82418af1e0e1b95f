// How the schemas read values where valibot's own defaults differ from the contract's readings
// (which the kit kept when it moved from zod/mini): arrays, missing fields, numbers, links,
// e-mail addresses, dates and instants.
import { expect } from '@open-wc/testing';
import { checkRequest, readOne } from '../../../packages/micropath/src/core/boundary.ts';
import type { AdapterError } from '../../../packages/micropath/src/core/errors.ts';
import * as v from '../../../packages/micropath/src/core/valibot.ts';
import { ApplicationSchema } from '../../../packages/micropath/src/core/models/application.ts';
import { ListingSchema } from '../../../packages/micropath/src/core/models/listing.ts';
import { SlotSchema } from '../../../packages/micropath/src/core/models/mentoring.ts';
import { AttendeeSchema } from '../../../packages/micropath/src/core/models/booking.ts';

const base = { id: 'l', title: 'T', organization: { name: 'O' } };
const listing = (extra: object) => v.safeParse(ListingSchema, { ...base, ...extra });
const problem = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return (error as AdapterError).message;
  }
  throw new Error('expected a throw');
};

describe('schema readings', () => {
  it('never takes an array for an object or a record', () => {
    expect(listing({ hoursPerWeek: {} }).success).to.equal(true);
    expect(listing({ hoursPerWeek: [] }).success).to.equal(false);
    expect(listing({ organization: [] }).success).to.equal(false);
    const application = { name: 'N', email: 'n@example.org', consent: true };
    expect(v.safeParse(ApplicationSchema, { ...application, answers: {} }).success).to.equal(true);
    expect(v.safeParse(ApplicationSchema, { ...application, answers: ['x'] }).success).to.equal(
      false,
    );
  });

  it('says what a missing field should have been', () => {
    expect(
      problem(() => readOne(ListingSchema, { id: 'l', organization: { name: 'O' } }, 'listing')),
    ).to.contain('title: required string');
    const error = (() => {
      try {
        checkRequest(ApplicationSchema, { name: 'N', email: 'n@example.org' }, 'application');
      } catch (caught) {
        return caught as AdapterError;
      }
      throw new Error('expected a throw');
    })();
    expect(error.fields).to.deep.equal({ consent: 'expected one of true' });
  });

  it('reads numbers as JSON has them: finite, and integers where counts are asked', () => {
    expect(listing({ compensation: { kind: 'paid', min: Infinity } }).success).to.equal(false);
    expect(listing({ spots: 2 }).success).to.equal(true);
    expect(problem(() => readOne(ListingSchema, { ...base, spots: 1.5 }, 'listing'))).to.contain(
      'spots: expected int, got number',
    );
  });

  it('keeps a link as the URL parser reads it, and http(s) written with //', () => {
    const read = listing({ url: ' https://example.org/a\tb \n' });
    expect(read.success && read.output.url).to.equal('https://example.org/ab');
    expect(listing({ url: 'http:example.org' }).success).to.equal(false);
    expect(listing({ url: 'HTTPS://EXAMPLE.ORG' }).success).to.equal(true);
    expect(listing({ applyUrl: 'mailto:jobs@example.org' }).success).to.equal(true);
    expect(listing({ url: 'mailto:jobs@example.org' }).success).to.equal(false);
  });

  it('reads e-mail addresses as the contract always has', () => {
    const attendee = (email: string) =>
      v.safeParse(AttendeeSchema, { name: 'A', email, timeZone: 'UTC' }).success;
    expect(attendee("o'brien@example.org")).to.equal(true);
    expect(attendee("obrien'@example.org")).to.equal(false);
    expect(attendee('a..b@example.org')).to.equal(false);
    expect(attendee('a@example.o')).to.equal(false);
  });

  it('takes calendar days that exist and instants with seconds and an offset', () => {
    expect(listing({ postedAt: '2028-02-29' }).success).to.equal(true);
    expect(listing({ postedAt: '2030-02-29' }).success).to.equal(false);
    expect(listing({ postedAt: '2100-02-29' }).success).to.equal(false);
    expect(listing({ postedAt: '2030-04-31' }).success).to.equal(false);
    const slot = (start: string) =>
      v.safeParse(SlotSchema, { start, end: '2030-01-01T12:00:00Z' }).success;
    expect(slot('2030-01-01T10:00:00.5+05:30')).to.equal(true);
    expect(slot('2030-01-01T10:00Z')).to.equal(false);
    expect(slot('2030-01-01T10:00:00')).to.equal(false);
    expect(slot('2030-01-01T10:00:00+24:00')).to.equal(false);
  });
});
