/** `source="greenhouse:BOARD"`, `lever:SITE` (or `lever:eu:SITE`) and `ashby:BOARD`. */
import { registerSource, registeredSources } from '../../core/sources.ts';
import { greenhouseAdapter } from './greenhouse.ts';
import { leverAdapter } from './lever.ts';
import { ashbyAdapter } from './ashby.ts';

export function registerAtsSources(): void {
  const known = registeredSources();
  if (!known.includes('greenhouse'))
    registerSource('greenhouse', (board) => greenhouseAdapter({ board }));
  if (!known.includes('lever')) {
    registerSource('lever', (argument) => {
      const [first, second] = argument.split(':');
      return second && first === 'eu'
        ? leverAdapter({ site: second, region: 'eu' })
        : leverAdapter({ site: argument });
    });
  }
  if (!known.includes('ashby')) registerSource('ashby', (board) => ashbyAdapter({ board }));
}
