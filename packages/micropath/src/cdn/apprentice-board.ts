/**
 * CDN file for pages that only need the board: defines `<apprentice-board>`, which reads its
 * backend from `source`, a provider or its `adapter` property. Adapter factories for
 * JavaScript (createRestAdapter, greenhouseAdapter…) are in micropath.js.
 */
import '../apprentice-board/define.ts';

export { ApprenticeBoard } from '../apprentice-board/apprentice-board.ts';
export {
  MpApplyEvent,
  MpListingOpenEvent,
  MpQueryChangeEvent,
} from '../apprentice-board/events.ts';
export { registerSource } from '../core/sources.ts';
