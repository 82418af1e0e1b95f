/**
 * The adapter factories of `micropath.js`: the same calls and the same adapters as in
 * `micropath/adapters`, but each adapter's code (HTTP client, feed mappers, the schemas they
 * validate with) loads on its first request, which keeps the all-in-one file within its budget.
 * Until then nothing can have changed an adapter's state, so a memory adapter's `bookings` and
 * `applications` read what it was given. `dist/cdn/adapters.js` has everything, eagerly.
 */
import { lazyAdapter, lazyBoard, MENTORING_METHODS } from '../core/lazy-adapter.ts';
import { lazyRestAdapter } from '../core/lazy-rest.ts';
import type * as Adapters from '../adapters/index.ts';

const MEMORY_METHODS = [
  'listListings',
  'getListing',
  'apply',
  'getCredential',
  'listCredentials',
  ...MENTORING_METHODS,
] as const;

export const createMemoryAdapter: typeof Adapters.createMemoryAdapter = (options = {}) => {
  let real: Adapters.MemoryAdapter | undefined;
  const load = () =>
    import('../adapters/memory/memory-adapter.ts').then(
      (m) => (real ??= m.createMemoryAdapter(options)),
    );
  return Object.defineProperties(lazyAdapter(load, MEMORY_METHODS, { instantSearch: true }), {
    bookings: { get: () => real?.bookings ?? options.bookings ?? [], enumerable: true },
    applications: { get: () => real?.applications ?? [], enumerable: true },
  }) as unknown as Adapters.MemoryAdapter;
};

export const createRestAdapter: typeof Adapters.createRestAdapter = (options) =>
  lazyRestAdapter(options) as unknown as Adapters.RestAdapter;

const board = (load: () => Promise<object>) =>
  lazyBoard(load) as unknown as Adapters.WholeBoardAdapter;

export const greenhouseAdapter: typeof Adapters.greenhouseAdapter = (options) =>
  board(() => import('../adapters/ats/greenhouse.ts').then((m) => m.greenhouseAdapter(options)));
export const leverAdapter: typeof Adapters.leverAdapter = (options) =>
  board(() => import('../adapters/ats/lever.ts').then((m) => m.leverAdapter(options)));
export const ashbyAdapter: typeof Adapters.ashbyAdapter = (options) =>
  board(() => import('../adapters/ats/ashby.ts').then((m) => m.ashbyAdapter(options)));
export const smartRecruitersAdapter: typeof Adapters.smartRecruitersAdapter = (options) =>
  board(() =>
    import('../adapters/ats/smartrecruiters.ts').then((m) => m.smartRecruitersAdapter(options)),
  );

export const workableAdapter: typeof Adapters.workableAdapter = (options) =>
  board(() => import('../adapters/ats/workable.ts').then((m) => m.workableAdapter(options)));
export const recruiteeAdapter: typeof Adapters.recruiteeAdapter = (options) =>
  board(() => import('../adapters/ats/recruitee.ts').then((m) => m.recruiteeAdapter(options)));
export const personioAdapter: typeof Adapters.personioAdapter = (options) =>
  board(() => import('../adapters/ats/personio.ts').then((m) => m.personioAdapter(options)));
export const workdayAdapter: typeof Adapters.workdayAdapter = (options) =>
  board(() => import('../adapters/ats/workday.ts').then((m) => m.workdayAdapter(options)));
export const bambooHrAdapter: typeof Adapters.bambooHrAdapter = (options) =>
  board(() => import('../adapters/ats/bamboohr.ts').then((m) => m.bambooHrAdapter(options)));
export const teamtailorAdapter: typeof Adapters.teamtailorAdapter = (options) =>
  board(() => import('../adapters/ats/teamtailor.ts').then((m) => m.teamtailorAdapter(options)));

export const calComAdapter: typeof Adapters.calComAdapter = (options) =>
  lazyAdapter(
    () => import('../adapters/cal-com.ts').then((m) => m.calComAdapter(options)),
    MENTORING_METHODS,
  ) as unknown as Adapters.CalComAdapter;
