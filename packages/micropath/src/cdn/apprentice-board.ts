/** CDN file for pages that only need the board: defines `<apprentice-board>`. */
import '../apprentice-board/define.ts';

export { ApprenticeBoard } from '../apprentice-board/apprentice-board.ts';
export { createRestAdapter } from '../adapters/rest-adapter.ts';
export { createMemoryAdapter } from '../adapters/memory/memory-adapter.ts';
export { greenhouseAdapter } from '../adapters/ats/greenhouse.ts';
export { leverAdapter } from '../adapters/ats/lever.ts';
export { ashbyAdapter } from '../adapters/ats/ashby.ts';
export { registerSource } from '../core/sources.ts';
