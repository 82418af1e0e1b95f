// `micropath/testing` on every built-in adapter: the memory and REST adapters (the REST one on
// the reference server), Cal.com on its recorded stand-in, and each ATS adapter on its
// recorded feed, all through `describeAdapterContract` with node:test.
import { describe, it, before, after } from 'node:test';
import {
  createMemoryAdapter,
  createRestAdapter,
  calComAdapter,
  greenhouseAdapter,
  leverAdapter,
  ashbyAdapter,
  smartRecruitersAdapter,
  workableAdapter,
  recruiteeAdapter,
  personioAdapter,
  workdayAdapter,
  bambooHrAdapter,
  teamtailorAdapter,
} from '../../packages/micropath/src/adapters/index.ts';
import type { MemoryMentor } from '../../packages/micropath/src/adapters/index.ts';
import { describeAdapterContract } from '../../packages/micropath/src/testing/index.ts';
import { makeListings } from '../support/listing-factory.ts';
import { mentors } from '../support/mentors.ts';
import { alwaysFree, testServer, type TestServer } from '../support/server-harness.ts';
import { serveRecordedSources } from '../support/recorded-sources.ts';

const runner = { describe, it };

describeAdapterContract(runner, 'memory adapter', () =>
  createMemoryAdapter({
    listings: makeListings(45, 7),
    mentors: [...mentors, alwaysFree as MemoryMentor],
  }),
);

let server: TestServer;
let sources: Awaited<ReturnType<typeof serveRecordedSources>>;
before(async () => {
  [server, sources] = await Promise.all([
    testServer({ writeRate: { limit: 100_000, windowMs: 60_000 } }),
    serveRecordedSources(),
  ]);
});
after(async () => {
  await Promise.all([server.close(), sources.close()]);
});

describeAdapterContract(runner, 'REST adapter on the reference server', () =>
  createRestAdapter({ baseUrl: `${server.url}/api` }),
);

// The recorded Cal.com answers every booking alike and keeps no state: it cannot refuse a
// taken time, and its free times are the recorded week of 2050.
describeAdapterContract(
  runner,
  'Cal.com adapter (recorded stand-in)',
  () =>
    calComAdapter({
      username: 'jane',
      eventSlug: '60min',
      mentor: { name: 'Jane Doe' },
      apiBase: `${sources.url}/cal/ok-contract/v2`,
    }),
  {
    kinds: ['mentoring'],
    mentoring: {
      from: '2050-09-05T00:00:00+02:00',
      to: '2050-09-07T00:00:00+02:00',
      timeZone: 'Europe/Rome',
      conflicts: false,
    },
  },
);

const ats = (path: string) => `${sources.url}/ats/${path}`;
const ATS = {
  greenhouse: () => greenhouseAdapter({ board: 'anthropic', apiBase: ats('greenhouse') }),
  lever: () => leverAdapter({ site: 'people-ai', apiBase: ats('lever'), company: 'People.ai' }),
  ashby: () => ashbyAdapter({ board: 'ramp', apiBase: ats('ashby') }),
  smartrecruiters: () =>
    smartRecruitersAdapter({ company: 'Tieto2', apiBase: ats('smartrecruiters') }),
  workable: () => workableAdapter({ account: 'crewai', apiBase: ats('workable') }),
  recruitee: () => recruiteeAdapter({ company: 'tellent', apiBase: ats('recruitee/tellent') }),
  personio: () => personioAdapter({ company: 'clark', apiBase: ats('personio/clark') }),
  workday: () =>
    workdayAdapter({ tenant: 'workday', site: 'Workday', apiBase: ats('workday/workday') }),
  bamboohr: () => bambooHrAdapter({ company: 'acme', apiBase: ats('bamboohr/acme') }),
  teamtailor: () => teamtailorAdapter({ company: 'career', apiBase: ats('teamtailor/career') }),
};
for (const [name, adapter] of Object.entries(ATS))
  describeAdapterContract(runner, `${name} adapter (recorded feed)`, adapter, {
    kinds: ['listings'],
  });
