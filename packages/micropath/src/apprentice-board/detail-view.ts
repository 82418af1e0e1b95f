/**
 * What the board needs only once a listing is open: the detail view (`renderOpened`), what opening does (its
 * sanitized description, the JobPosting data; detail-actions.ts) and the skill gaps. Loaded on
 * first open (and prefetched after the first page shows). The application form is a chunk of
 * its own (board-application.ts), loaded when a visitor chooses "Apply here".
 */
export { SkillGaps } from './skill-gaps.ts';
export {
  apply,
  closeListing,
  loadApplication,
  openById,
  renderOpened,
  showListing,
} from './detail-actions.ts';
export { detailStyles } from './detail-view.styles.ts';
