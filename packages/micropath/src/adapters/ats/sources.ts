/**
 * `source="greenhouse:BOARD"`, `lever:SITE` (or `lever:eu:SITE`), `ashby:BOARD` and
 * `smartrecruiters:COMPANY`. The feed
 * code loads on first use (see core/lazy-adapter.ts).
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
}
