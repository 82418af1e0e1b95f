import { expect } from '@open-wc/testing';
import * as v from '../../../packages/micropath/src/core/valibot.ts';
import {
  createListingIndex,
  durationInDays,
} from '../../../packages/micropath/src/core/listing-query.ts';
import {
  ListingSchema,
  type Listing,
  type ListingInput,
} from '../../../packages/micropath/src/core/models/listing.ts';
import { makeListings } from '../../support/listing-factory.ts';

const NOW = Date.UTC(2026, 10, 1);
const day = (offset: number) => new Date(NOW + offset * 86_400_000).toISOString();
const listing = (input: Partial<ListingInput> & { id: string }): Listing =>
  v.parse(ListingSchema, { title: `Listing ${input.id}`, organization: { name: 'Org' }, ...input });

const board = [
  listing({
    id: 'a',
    title: 'Café barista micro-internship',
    kind: 'micro-internship',
    skills: ['Coffee'],
    workplace: 'onsite',
    locations: [{ label: 'München' }],
    postedAt: day(-1),
    applyBy: day(5),
    duration: { max: 2, unit: 'weeks' },
    compensation: { kind: 'paid', min: 14, currency: 'EUR', interval: 'hour' },
  }),
  listing({
    id: 'b',
    title: 'Data analyst apprenticeship',
    kind: 'apprenticeship',
    skills: ['SQL', 'Python'],
    workplace: 'remote',
    postedAt: day(-10),
    applyBy: day(2),
    duration: { max: 12, unit: 'months' },
    compensation: { kind: 'stipend', min: 800, currency: 'EUR', interval: 'month' },
  }),
  listing({
    id: 'c',
    title: 'Frontend project',
    kind: 'project',
    skills: ['TypeScript', 'sql'],
    workplace: 'remote',
    summary: 'Build a café ordering app',
    postedAt: day(-3),
    applyBy: day(-1),
    duration: { max: 40, unit: 'hours' },
    compensation: { kind: 'unpaid' },
  }),
  listing({
    id: 'd',
    title: 'Electrician apprenticeship',
    kind: 'apprenticeship',
    organization: { name: 'Müller & Söhne' },
    skills: ['Wiring'],
    workplace: 'hybrid',
    locations: [{ label: 'Berlin' }],
    postedAt: day(-5),
  }),
];

describe('listing query engine', () => {
  const index = createListingIndex(board);
  const ids = (page: { items: Listing[] }) => page.items.map((item) => item.id);

  it('searches title, organization, summary and skills, folding case and accents', () => {
    expect(ids(index.query({ q: 'CAFE' }, NOW))).to.deep.equal(['a', 'c']);
    expect(ids(index.query({ q: 'muller' }, NOW))).to.deep.equal(['d']);
    expect(ids(index.query({ q: 'soehne' }, NOW))).to.deep.equal([]);
    expect(ids(index.query({ q: 'söhne' }, NOW))).to.deep.equal(['d']);
    expect(ids(index.query({ q: 'python' }, NOW))).to.deep.equal(['b']);
  });

  it('needs every term to match and ranks title hits above summary hits', () => {
    expect(ids(index.query({ q: 'cafe app' }, NOW))).to.deep.equal(['c']);
    expect(ids(index.query({ q: 'café' }, NOW))[0]).to.equal('a');
    expect(index.query({ q: 'nothing-like-this' }, NOW).total).to.equal(0);
  });

  it('filters: OR within a facet, AND across facets', () => {
    expect(
      ids(index.query({ kind: ['project', 'micro-internship'], sort: 'newest' }, NOW)),
    ).to.deep.equal(['a', 'c']);
    expect(
      ids(index.query({ kind: ['apprenticeship'], workplace: ['remote'] }, NOW)),
    ).to.deep.equal(['b']);
    expect(ids(index.query({ skill: ['SQL'], sort: 'newest' }, NOW))).to.deep.equal(['c', 'b']);
    expect(ids(index.query({ location: ['münchen'] }, NOW))).to.deep.equal(['a']);
    expect(ids(index.query({ paid: true, sort: 'newest' }, NOW))).to.deep.equal(['a', 'b']);
  });

  it('filters by maximum duration in weeks, counting hours as 8-hour days', () => {
    expect(durationInDays({ max: 40, unit: 'hours' })).to.equal(5);
    expect(durationInDays({ min: 3, unit: 'weeks' })).to.equal(21);
    expect(durationInDays(undefined)).to.equal(undefined);
    expect(ids(index.query({ maxWeeks: 2, sort: 'shortest' }, NOW))).to.deep.equal(['c', 'a']);
  });

  it('counts facets with every filter but their own', () => {
    const { facets } = index.query({ kind: ['apprenticeship'], workplace: ['remote'] }, NOW);
    expect(facets!.kind).to.deep.equal([
      { value: 'apprenticeship', count: 1 },
      { value: 'project', count: 1 },
    ]);
    expect(facets!.workplace).to.deep.equal([
      { value: 'hybrid', count: 1 },
      { value: 'remote', count: 1 },
    ]);
    expect(facets!.skill!.map((f) => f.value)).to.deep.equal(['Python', 'SQL']);
  });

  it('groups facet values case-insensitively and keeps a selected value listed at zero', () => {
    const { facets } = index.query({ skill: ['Haskell'] }, NOW);
    expect(facets!.skill!.find((f) => f.value === 'SQL')).to.deep.equal({ value: 'SQL', count: 2 });
    expect(facets!.skill!.find((f) => f.value === 'Haskell')).to.deep.equal({
      value: 'Haskell',
      count: 0,
    });
  });

  it('sorts by newest, by deadline (open soonest first, closed last) and by shortest', () => {
    expect(ids(index.query({ sort: 'newest' }, NOW))).to.deep.equal(['a', 'c', 'd', 'b']);
    expect(ids(index.query({ sort: 'deadline' }, NOW))).to.deep.equal(['b', 'a', 'd', 'c']);
    expect(ids(index.query({ sort: 'shortest' }, NOW))).to.deep.equal(['c', 'a', 'b', 'd']);
    expect(ids(index.query({}, NOW))).to.deep.equal(['a', 'c', 'd', 'b']);
  });

  it('pages with cursors to the end, and treats a foreign cursor as the start', () => {
    const big = createListingIndex(makeListings(45).map((l) => v.parse(ListingSchema, l)));
    const first = big.query({ limit: 20 }, NOW);
    const second = big.query({ limit: 20, cursor: first.nextCursor! }, NOW);
    const third = big.query({ limit: 20, cursor: second.nextCursor! }, NOW);
    expect([first.items.length, second.items.length, third.items.length]).to.deep.equal([
      20, 20, 5,
    ]);
    expect(third.nextCursor).to.equal(undefined);
    expect(
      new Set([...first.items, ...second.items, ...third.items].map((l) => l.id)).size,
    ).to.equal(45);
    expect(big.query({ cursor: 'DROP TABLE' }, NOW).items[0]).to.equal(first.items[0]);
    expect(big.get(first.items[0]!.id)).to.equal(first.items[0]);
    expect(big.size).to.equal(45);
  });
});
