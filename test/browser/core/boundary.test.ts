import { expect } from '@open-wc/testing';
import { readOne, checkRequest } from '../../../packages/micropath/src/core/boundary.ts';
import { readListingPage } from '../../../packages/micropath/src/core/read-listings.ts';
import { readSlots, readMentors } from '../../../packages/micropath/src/core/read-mentoring.ts';
import { readBooking } from '../../../packages/micropath/src/core/read-bookings.ts';
import { AdapterError } from '../../../packages/micropath/src/core/errors.ts';
import * as v from '../../../packages/micropath/src/core/valibot.ts';
import { ApplicationSchema } from '../../../packages/micropath/src/core/models/application.ts';
import { ListingSchema } from '../../../packages/micropath/src/core/models/listing.ts';
import { MentorSchema } from '../../../packages/micropath/src/core/models/mentoring.ts';
import { VerificationReportSchema } from '../../../packages/micropath/src/core/models/credential.ts';

const thrown = (fn: () => unknown): AdapterError => {
  try {
    fn();
  } catch (error) {
    return error as AdapterError;
  }
  throw new Error('expected a throw');
};

describe('adapter boundary', () => {
  it('drops and counts invalid listings, adding to what the source skipped', () => {
    const page = readListingPage({
      items: [
        { id: '1', title: 'OK', organization: { name: 'Org' } },
        { id: '2', title: '', organization: { name: 'Org' } },
        {
          id: '3',
          title: 'Bad link',
          organization: { name: 'Org' },
          applyUrl: 'javascript:alert(1)',
        },
        'not even an object',
      ],
      total: 4,
      nextCursor: null,
      skipped: 1,
    });
    // The unsafe apply link costs listing 3 that field, not its place.
    expect(page.items.map((i) => i.id)).to.deep.equal(['1', '3']);
    expect(page.items[1]).to.not.have.property('applyUrl');
    expect(page.skipped).to.equal(3);
    expect(page.total).to.equal(4);
    expect(page).to.not.have.property('nextCursor');
  });

  it('drops an unusable link field by field, keeps mail apply links, and says so in the console', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const org = { name: 'Volt & Co' };
      const given = [
        {
          id: 'mail',
          title: 'Electrician',
          organization: org,
          applyUrl: 'mailto:jobs@volt.example',
        },
        {
          id: 'relative',
          title: 'Welder',
          organization: { ...org, url: '/about' },
          applyUrl: '/apply/7',
        },
        {
          id: 'hostile',
          title: 'Baker',
          organization: { ...org, logoUrl: 'data:image/svg+xml,<svg onload=alert(1)>' },
          url: 'javascript:alert(1)',
          credential: { name: 'Cert', url: 42 },
        },
      ];
      const before = JSON.stringify(given);
      const page = readListingPage({ items: given });
      expect(page.items.map((i) => i.id)).to.deep.equal(['mail', 'relative', 'hostile']);
      expect(page.skipped).to.equal(0);
      expect(page.items[0]!.applyUrl).to.equal('mailto:jobs@volt.example');
      expect(page.items[1]).to.not.have.property('applyUrl');
      expect(page.items[1]!.organization).to.deep.equal({ name: 'Volt & Co' });
      expect(page.items[2]).to.not.have.property('url');
      expect(page.items[2]!.organization).to.not.have.property('logoUrl');
      expect(page.items[2]!.credential).to.deep.equal({ name: 'Cert' });
      expect(JSON.stringify(given), 'the backend’s objects are not changed').to.equal(before);
      expect(String(warnings[0]?.[0])).to.contain('5 links were left out of the listings');

      // A mail link is an apply link only; a mentor's photo and a booking's links are http(s).
      const mentors = readMentors([
        {
          id: 'a',
          name: 'Ana',
          photoUrl: 'javascript:x',
          sessionTypes: [{ id: 's', name: 'S', durationMinutes: 30 }],
        },
      ]);
      expect(mentors.items).to.have.length(1);
      expect(mentors.items[0]).to.not.have.property('photoUrl');
      const booking = readBooking({
        id: 'b1',
        status: 'confirmed',
        start: '2030-01-01T09:00:00Z',
        end: '2030-01-01T09:30:00Z',
        mentorId: 'a',
        sessionTypeId: 's',
        attendee: { name: 'Sam', email: 'sam@example.org', timeZone: 'UTC' },
        mentor: { id: 'a', name: 'Ana' },
        joinUrl: 'mailto:ana@example.org',
        manageUrl: 'https://mentoring.example.org/manage?token=t',
      });
      expect(booking).to.not.have.property('joinUrl');
      expect(booking.manageUrl).to.equal('https://mentoring.example.org/manage?token=t');
    } finally {
      console.warn = warn;
    }
    // What anyone sends through the schema itself (a server's admin route) is still refused.
    expect(
      v.safeParse(ListingSchema, { id: 'x', title: 'X', organization: { name: 'O' }, url: '/x' })
        .success,
    ).to.equal(false);
  });

  it('names the field at fault when an envelope or object is malformed', () => {
    const envelope = thrown(() => readListingPage({ items: 'nope' }));
    expect(envelope.code).to.equal('invalid-response');
    expect(envelope.message).to.equal(
      'The listing page could not be read: items: expected array, got string.',
    );
    const booking = thrown(() => readBooking({ id: 'b', status: 'maybe' }));
    expect(booking.message).to.contain(
      'status: expected one of "confirmed", "pending", "cancelled"',
    );
    expect(thrown(() => readOne(ListingSchema, null, 'listing')).message).to.contain(
      '(root): expected object, got null',
    );
  });

  it('keeps valid slots only, sorted by instant and without duplicates', () => {
    const { items, skipped } = readSlots([
      { start: '2030-01-02T10:00:00+01:00', end: '2030-01-02T10:30:00+01:00' },
      { start: '2030-01-02T08:00:00Z', end: '2030-01-02T08:30:00Z' },
      // The same instant as the first, written in UTC: a duplicate.
      { start: '2030-01-02T09:00:00Z', end: '2030-01-02T09:30:00Z' },
      { start: '2030-01-02T08:00:00', end: '2030-01-02T08:30:00' },
      { start: '2030-01-02T11:00:00Z', end: '2030-01-02T10:00:00Z' },
    ]);
    expect(items.map((s) => s.start)).to.deep.equal([
      '2030-01-02T08:00:00Z',
      '2030-01-02T10:00:00+01:00',
    ]);
    expect(skipped).to.equal(2);
    expect(thrown(() => readSlots({})).code).to.equal('invalid-response');
  });

  it('rejects unknown time zones and mentors without session types', () => {
    const { items, skipped, problems } = readMentors([
      {
        id: 'm',
        name: 'M',
        timeZone: 'Mars/Olympus',
        sessionTypes: [{ id: 's', name: 'S', durationMinutes: 30 }],
      },
      { id: 'n', name: 'N', timeZone: 'Asia/Kolkata', sessionTypes: [] },
      {
        id: 'o',
        name: 'O',
        timeZone: 'Asia/Kolkata',
        sessionTypes: [{ id: 's', name: 'S', durationMinutes: 30 }],
      },
    ]);
    expect(items.map((m) => m.id)).to.deep.equal(['o']);
    expect(skipped).to.equal(2);
    expect(problems[0]).to.contain('timeZone: not a known IANA time zone');
    expect(v.parse(MentorSchema, items[0]).expertise).to.deep.equal([]);
  });

  it("turns a caller's invalid input into a 422 with a message per field", () => {
    const error = thrown(() =>
      checkRequest(ApplicationSchema, { name: ' ', email: 'no', consent: false }, 'application'),
    );
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(422);
    expect(error.retryable).to.equal(false);
    expect(Object.keys(error.fields!).sort()).to.deep.equal(['consent', 'email', 'name']);
  });

  it('describes verification reports in order', () => {
    const report = v.parse(VerificationReportSchema, {
      verdict: 'unverified',
      checks: [
        { id: 'status', status: 'unknown', message: 'The status list could not be reached.' },
      ],
      checkedAt: '2026-11-23T10:00:00Z',
    });
    expect(report.warnings).to.deep.equal([]);
  });
});

describe('AdapterError', () => {
  it('defaults retryable by code and wraps foreign errors', () => {
    expect(new AdapterError('timeout', 't').retryable).to.equal(true);
    expect(new AdapterError('conflict', 'c').retryable).to.equal(false);
    expect(new AdapterError('http', 'h', { retryable: true }).retryable).to.equal(true);
    const network = AdapterError.from(new TypeError('Failed to fetch'));
    expect(network.code).to.equal('network');
    expect(network.cause).to.be.instanceOf(TypeError);
    expect(AdapterError.from('boom').message).to.equal('boom');
    const same = new AdapterError('not-found', 'x');
    expect(AdapterError.from(same)).to.equal(same);
    expect(same.name).to.equal('AdapterError');
  });
});
