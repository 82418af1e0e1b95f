/** `micropath/apprentice-board/class`: the class and its events, without defining the element. */
export { ApprenticeBoard } from './apprentice-board.ts';
export { MpApplyEvent, MpListingOpenEvent, MpQueryChangeEvent, MpSkillGapEvent } from './events.ts';
// For server renders of careers pages: the same JobPosting data and URL view as the board's.
export { jobPosting, scriptSafeJson } from './job-posting.ts';
export { readView as readBoardView, writeView as writeBoardView } from './url-state.ts';
export type { BoardView } from './url-state.ts';
export type { PrerenderedPage } from './prerendered-page.ts';
/**
 * A REST adapter whose code loads on first use, for a page whose backend takes applications
 * (`applications: true`), which `source="rest:…"` cannot say. Set it as the board's `adapter`
 * before the element is defined, and a server-rendered board hydrates without a new request.
 */
export { createRestAdapter } from '../cdn/lazy-adapters.ts';
