/**
 * CDN file for pages that only need the board: defines `<apprentice-board>`, which reads its
 * backend from `source`, a provider or its `adapter` property. `createRestAdapter` is here too
 * (its code loads on first use), for a page whose backend takes applications
 * (`applications: true`), which `source="rest:…"` cannot say; the other adapter factories
 * are in micropath.js.
 */
import '../apprentice-board/define.ts';

export { ApprenticeBoard } from '../apprentice-board/apprentice-board.ts';
export {
  MpApplyEvent,
  MpListingOpenEvent,
  MpQueryChangeEvent,
  MpSkillGapEvent,
} from '../apprentice-board/events.ts';
export { registerSource } from '../core/sources.ts';
export { createRestAdapter } from './lazy-adapters.ts';
