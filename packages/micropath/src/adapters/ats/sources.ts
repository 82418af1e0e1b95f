/**
 * `source="greenhouse:BOARD"`, `lever:SITE` (or `lever:eu:SITE`), `ashby:BOARD`,
 * `smartrecruiters:COMPANY`, `workable:ACCOUNT`, `recruitee:COMPANY`, `personio:COMPANY`,
 * `workday:TENANT/SITE` (or `workday:TENANT.wdN/SITE`), `bamboohr:COMPANY` and
 * `teamtailor:COMPANY`. The feed code loads on first use (see core/lazy-adapter.ts); each feed's
 * module reads its own argument (`fromSource`), so a board carries none of that until then.
 */
import { registerSource, registeredSources } from '../../core/sources.ts';
import { lazyBoard } from '../../core/lazy-adapter.ts';
import type { WholeBoardAdapter } from './whole-board.ts';

/** Each prefix, and its feed's module (loaded on first use). */
const SOURCES: Record<string, () => Promise<{ fromSource(argument: string): WholeBoardAdapter }>> =
  {
    greenhouse: () => import('./greenhouse.ts'),
    lever: () => import('./lever.ts'),
    ashby: () => import('./ashby.ts'),
    smartrecruiters: () => import('./smartrecruiters.ts'),
    workable: () => import('./workable.ts'),
    recruitee: () => import('./recruitee.ts'),
    personio: () => import('./personio.ts'),
    workday: () => import('./workday.ts'),
    bamboohr: () => import('./bamboohr.ts'),
    teamtailor: () => import('./teamtailor.ts'),
  };

export function registerAtsSources(): void {
  const known = registeredSources();
  for (const [prefix, feed] of Object.entries(SOURCES))
    if (!known.includes(prefix))
      registerSource(prefix, (argument) =>
        lazyBoard(async () => (await feed()).fromSource(argument)),
      );
}
