/**
 * Data for the board stories: the demo's fictional openings (dates as offsets from today),
 * recorded ATS feeds mapped by the real adapters, and adapters for each state.
 */
import demo from '../../demo/data/listings.json';
import greenhouseFeed from '../../test/fixtures/ats/greenhouse-jobs-fullcontent.json';
import leverFeed from '../../test/fixtures/ats/lever-postings.json';
import ashbyFeed from '../../test/fixtures/ats/ashby-jobs.json';
import { createMemoryAdapter } from '../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import { mapGreenhouseJob } from '../../packages/micropath/src/adapters/ats/greenhouse.ts';
import { mapLeverPosting } from '../../packages/micropath/src/adapters/ats/lever.ts';
import { mapAshbyJob } from '../../packages/micropath/src/adapters/ats/ashby.ts';
import { AdapterError } from '../../packages/micropath/src/core/errors.ts';
import type { ListingsAdapter } from '../../packages/micropath/src/core/contracts.ts';
import type { ListingInput } from '../../packages/micropath/src/core/models/listing.ts';

const DAY = 86_400_000;

type Seed = ListingInput & { postedDaysAgo: number; applyInDays: number | null };

export const demoListings: ListingInput[] = (demo as Seed[]).map(
  ({ postedDaysAgo, applyInDays, ...listing }) => ({
    ...listing,
    postedAt: new Date(Date.now() - postedDaysAgo * DAY).toISOString(),
    ...(applyInDays === null
      ? {}
      : { applyBy: new Date(Date.now() + applyInDays * DAY).toISOString() }),
  }),
);

export const memory = (listings: unknown[] = demoListings, latencyMs = 0) =>
  createMemoryAdapter({ listings, latencyMs });

/** A thousand openings, for the performance-shaped story. */
export const thousand = () =>
  Array.from({ length: 1000 }, (_, i) => ({
    ...demoListings[i % demoListings.length]!,
    id: `bulk-${i}`,
  }));

export const longTexts: ListingInput[] = [
  {
    id: 'long-1',
    title:
      'Senior-mentored micro-apprenticeship in sustainable supply-chain analytics and regional logistics optimisation for cooperatives',
    kind: 'micro-apprenticeship',
    organization: {
      name: 'Internationale Genossenschaft für nachhaltige Versorgungsketten und Regionalentwicklung eG',
    },
    summary: 'Ein sehr langer Text '.repeat(20),
    skills: [
      'Supply-chain modelling',
      'Geographic information systems',
      'Stakeholder interviews',
      'Spreadsheet automation',
      'Presentation',
    ],
    locations: [
      { label: 'Castellón de la Plana, Comunitat Valenciana, Spain' },
      { label: 'Remote within the European Union' },
    ],
    workplace: 'hybrid',
    mentorship:
      'A named mentor from the analytics team with weekly one-to-one sessions and written feedback on every deliverable',
  },
];

export const greenhouseListings = (greenhouseFeed.payload.jobs as never[]).map((job) =>
  mapGreenhouseJob(job, 'SmarterDx'),
);
export const leverListings = (leverFeed.payload as never[]).map((posting) =>
  mapLeverPosting(posting, 'Backstory'),
);
export const ashbyListings = (ashbyFeed.payload.jobs as never[]).flatMap(
  (job) => mapAshbyJob(job, 'Ramp') ?? [],
);

/** Never answers: the loading state stays on screen. */
export const pending: ListingsAdapter = { listListings: () => new Promise(() => undefined) };

/** Always fails as an unreachable server would. */
export const failing: ListingsAdapter = {
  listListings: async () => {
    throw new AdapterError('network', 'The service could not be reached.');
  },
};

/** A source with two broken items among valid ones. */
export const partlyBroken: ListingsAdapter = {
  listListings: async (query, ctx) => {
    const page = await memory(demoListings.slice(0, 4)).listListings(query, ctx);
    return { ...page, items: [...page.items, { id: 'broken' }, { title: 'no id' }] as never };
  },
};
