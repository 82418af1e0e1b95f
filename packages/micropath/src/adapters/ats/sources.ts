/**
 * `source="greenhouse:BOARD"`, `lever:SITE` (or `lever:eu:SITE`), `ashby:BOARD`,
 * `smartrecruiters:COMPANY`, `workable:ACCOUNT`, `recruitee:COMPANY`, `personio:COMPANY`,
 * `workday:TENANT/SITE` (or `workday:TENANT.wdN/SITE`), `bamboohr:COMPANY` and
 * `teamtailor:COMPANY`. The feed code loads on first use (see core/lazy-adapter.ts).
 */
import { registerSource, registeredSources } from '../../core/sources.ts';
import { lazyBoard } from '../../core/lazy-adapter.ts';

export function registerAtsSources(): void {
  const known = registeredSources();
  if (!known.includes('greenhouse')) {
    registerSource('greenhouse', (board) =>
      lazyBoard(() => import('./greenhouse.ts').then((m) => m.greenhouseAdapter({ board }))),
    );
  }
  if (!known.includes('lever')) {
    registerSource('lever', (argument) => {
      const [first, second] = argument.split(':');
      const options =
        second && first === 'eu' ? { site: second, region: 'eu' as const } : { site: argument };
      return lazyBoard(() => import('./lever.ts').then((m) => m.leverAdapter(options)));
    });
  }
  if (!known.includes('ashby')) {
    registerSource('ashby', (board) =>
      lazyBoard(() => import('./ashby.ts').then((m) => m.ashbyAdapter({ board }))),
    );
  }
  if (!known.includes('smartrecruiters')) {
    registerSource('smartrecruiters', (company) =>
      lazyBoard(() =>
        import('./smartrecruiters.ts').then((m) => m.smartRecruitersAdapter({ company })),
      ),
    );
  }
  const more: [string, (argument: string) => Promise<object>][] = [
    ['workable', (account) => import('./workable.ts').then((m) => m.workableAdapter({ account }))],
    [
      'recruitee',
      (company) => import('./recruitee.ts').then((m) => m.recruiteeAdapter({ company })),
    ],
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
  for (const [prefix, load] of more)
    if (!known.includes(prefix))
      registerSource(prefix, (argument) => lazyBoard(() => load(argument)));
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
