/**
 * `source="greenhouse:BOARD"`, `lever:SITE` (or `lever:eu:SITE`), `ashby:BOARD`,
 * `smartrecruiters:COMPANY`, `workable:ACCOUNT`, `recruitee:COMPANY`, `personio:COMPANY`,
 * `workday:TENANT/SITE` (or `workday:TENANT.wdN/SITE`), `bamboohr:COMPANY` and
 * `teamtailor:COMPANY`. The feed code loads on first use (see core/lazy-adapter.ts).
 */
import { registerSource, registeredSources } from '../../core/sources.ts';
import { lazyBoard } from '../../core/lazy-adapter.ts';

/** Each prefix, and how its argument becomes that feed's adapter (loaded on first use). */
const SOURCES: [string, (argument: string) => Promise<object>][] = [
  ['greenhouse', (board) => import('./greenhouse.ts').then((m) => m.greenhouseAdapter({ board }))],
  ['lever', (argument) => import('./lever.ts').then((m) => m.leverAdapter(leverSite(argument)))],
  ['ashby', (board) => import('./ashby.ts').then((m) => m.ashbyAdapter({ board }))],
  [
    'smartrecruiters',
    (company) => import('./smartrecruiters.ts').then((m) => m.smartRecruitersAdapter({ company })),
  ],
  ['workable', (account) => import('./workable.ts').then((m) => m.workableAdapter({ account }))],
  ['recruitee', (company) => import('./recruitee.ts').then((m) => m.recruiteeAdapter({ company }))],
  ['personio', (company) => import('./personio.ts').then((m) => m.personioAdapter({ company }))],
  [
    'workday',
    (argument) => import('./workday.ts').then((m) => m.workdayAdapter(workdaySite(argument))),
  ],
  ['bamboohr', (company) => import('./bamboohr.ts').then((m) => m.bambooHrAdapter({ company }))],
  [
    'teamtailor',
    (company) => import('./teamtailor.ts').then((m) => m.teamtailorAdapter({ company })),
  ],
];

export function registerAtsSources(): void {
  const known = registeredSources();
  for (const [prefix, load] of SOURCES)
    if (!known.includes(prefix))
      registerSource(prefix, (argument) => lazyBoard(() => load(argument)));
}

/** `SITE` or `eu:SITE` as Lever options. */
function leverSite(argument: string): { site: string; region?: 'eu' } {
  const [first, second] = argument.split(':');
  return second && first === 'eu' ? { site: second, region: 'eu' } : { site: argument };
}

/** `TENANT/SITE` or `TENANT.wd5/SITE` as Workday options. */
export function workdaySite(argument: string): {
  tenant: string;
  site: string;
  dataCenter?: string;
} {
  const [host = '', site = ''] = argument.split('/');
  const [tenant = '', dataCenter] = host.split('.');
  return { tenant, site, ...(dataCenter ? { dataCenter } : {}) };
}
