// The demo's openings read like a real town: each sits with an employer whose line of work it
// is, in a city where that employer is, paid in the local currency at no less than the local
// minimum wage, mentored by someone of its own trade, and awarding only credentials that exist
// under the issuer that awards them.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

interface Opening {
  id: string;
  title: string;
  kind: string;
  organization: { name: string };
  department?: string;
  locations: { label: string; city?: string; country?: string }[];
  workplace: string;
  duration?: { min?: number; max?: number; unit: string };
  compensation: { kind: string; min?: number; max?: number; currency?: string; interval?: string };
  mentorship: string;
  postedDaysAgo: number;
  applyInDays: number | null;
  credential?: { name: string; issuer: string };
}
const openings = read('../../../demo/data/listings.json') as Opening[];
const seed = read('../../../demo/data/seed.json') as {
  issuers: { id: string; name: string }[];
  achievements: { issuerId: string; name: string }[];
};

type Trade =
  | 'software'
  | 'data'
  | 'design'
  | 'health'
  | 'public'
  | 'logistics'
  | 'food'
  | 'farming'
  | 'electrical'
  | 'solar';

/** The demo's employers: what they do and where they are. */
const EMPLOYERS: Record<string, { trades: Trade[]; cities: string[] }> = {
  'Northwind Labs': { trades: ['software', 'data'], cities: ['Berlin'] },
  'Brightpath Software': { trades: ['software'], cities: ['Toronto'] },
  'Kite Studio': { trades: ['design'], cities: ['Madrid', 'Lisbon'] },
  'Lumen Health': { trades: ['health', 'software', 'data'], cities: ['Berlin', 'München'] },
  'Harbor City Council': { trades: ['public', 'software', 'data'], cities: ['Toronto'] },
  'Atlas Logistics': { trades: ['logistics'], cities: ['Lisbon', 'Madrid'] },
  'Café Central': { trades: ['food'], cities: ['Lisbon', 'Madrid'] },
  'Verde Urban Farms': { trades: ['farming', 'food'], cities: ['Berlin', 'Lisbon'] },
  'Müller & Söhne Elektrotechnik': {
    trades: ['electrical', 'solar'],
    cities: ['Berlin', 'München'],
  },
  'Sunforge Cooperativa': { trades: ['solar'], cities: ['Madrid'] },
};

/**
 * Who may offer each opening: employers of its trade, or (`any`) every employer, as every
 * business keeps books and markets itself. A trade opening elsewhere sits in Facilities.
 */
const ROLES: [title: RegExp, trades: Trade[] | 'any'][] = [
  [/^Data analyst/, ['data', 'logistics', 'farming', 'health', 'public']],
  [/^Frontend developer|^Cloud support|^Accessibility audit/, ['software', 'design']],
  [/^UX research/, ['software', 'design']],
  [/^Café operations/, ['food']],
  [/^Electrician/, ['electrical']],
  [/^Solar installer/, ['solar']],
  [/^Marketing content|^Bookkeeping|^Animation/, 'any'],
  [/^Logistics planner/, ['logistics', 'farming']],
  [/^Urban farming/, ['farming']],
  [/^Public service/, ['public']],
];

const TRADES = /^(Electrician|Solar installer)/;
/** Office roles a tradesperson is not mentored by, and trades an office worker is not. */
const OFFICE_MENTORS = /engineer|design lead|analyst|researcher|manager|product/i;
const TRADE_MENTORS = /electrician|solar installer|installation crew|shift lead|barista|grower/i;

const CURRENCY: Record<string, string> = { DE: 'EUR', ES: 'EUR', PT: 'EUR', CA: 'CAD' };
/** Hourly minimum wage, rounded down (Germany, Spain, Portugal, Ontario). */
const MINIMUM_WAGE: Record<string, number> = { DE: 12, ES: 8, PT: 5, CA: 17 };

const where = (o: Opening) => `${o.id} ${o.title} at ${o.organization.name}`;

describe('the demo’s openings fit their employers', () => {
  test('there are sixty, every one from a known employer in a city where it is', () => {
    assert.equal(openings.length, 60);
    for (const o of openings) {
      const employer = EMPLOYERS[o.organization.name];
      assert.ok(employer, `${where(o)}: a known employer`);
      for (const place of o.locations) {
        if (o.workplace === 'remote' && !place.city) continue;
        assert.ok(employer.cities.includes(place.city!), `${where(o)}: in ${place.label}`);
      }
    }
  });

  test('each opening sits with an employer of its trade', () => {
    for (const o of openings) {
      const role = ROLES.find(([title]) => title.test(o.title));
      assert.ok(role, `${where(o)}: a known role`);
      const [, trades] = role;
      if (trades === 'any') continue;
      const employer = EMPLOYERS[o.organization.name]!;
      const fits = employer.trades.some((t) => trades.includes(t));
      const maintenance = TRADES.test(o.title) && o.department === 'Facilities';
      assert.ok(fits || maintenance, `${where(o)}: not the employer’s line of work`);
    }
  });

  test('trades are mentored by their trade, office work by office roles', () => {
    for (const o of openings) {
      if (TRADES.test(o.title)) {
        assert.doesNotMatch(o.mentorship, OFFICE_MENTORS, where(o));
        assert.match(o.mentorship, /electrician|solar installer|crew/i, where(o));
      } else if (!/^(Café operations|Urban farming)/.test(o.title)) {
        assert.doesNotMatch(o.mentorship, TRADE_MENTORS, where(o));
      }
    }
  });

  test('pay is in the local currency and no less than the local minimum wage', () => {
    for (const o of openings) {
      const pay = o.compensation;
      const country = o.locations[0]?.country;
      if (pay.kind === 'unpaid' || !country) continue;
      assert.equal(pay.currency, CURRENCY[country], `${where(o)}: currency in ${country}`);
      if (pay.kind === 'paid' && pay.interval === 'hour')
        assert.ok(pay.min! >= MINIMUM_WAGE[country]!, `${where(o)}: ${pay.min} an hour`);
      if (o.kind === 'project' || o.kind === 'micro-internship')
        assert.notEqual(pay.interval, 'month', `${where(o)}: paid by the month for a few weeks`);
    }
  });

  test('a full-time internship of months is not unpaid', () => {
    for (const o of openings)
      if (o.kind === 'internship' && o.duration?.unit === 'months')
        assert.notEqual(o.compensation.kind, 'unpaid', where(o));
  });

  test('dates: posted in the past, a deadline after the posting', () => {
    for (const o of openings) {
      assert.ok(o.postedDaysAgo >= 0, where(o));
      if (o.applyInDays !== null) assert.ok(o.applyInDays > -o.postedDaysAgo, where(o));
    }
  });

  test('a credential the seed issues is awarded under its own issuer', () => {
    const issuers = new Map(seed.issuers.map((i) => [i.id, i.name]));
    const awarded = new Map(seed.achievements.map((a) => [a.name, issuers.get(a.issuerId)]));
    const byEmployer = new Set(Object.keys(EMPLOYERS));
    for (const o of openings) {
      if (!o.credential) continue;
      const issuer = awarded.get(o.credential.name);
      if (issuer) assert.equal(o.credential.issuer, issuer, where(o));
      else assert.equal(o.credential.issuer, o.organization.name, `${where(o)}: its own employer`);
      assert.ok(issuer || byEmployer.has(o.credential.issuer), where(o));
    }
  });
});
