/**
 * What the board needs only once a listing is open: the detail view, its sanitized description,
 * the JobPosting data and the skill gaps. Loaded on first open (and prefetched after the first
 * page shows). The application form is a chunk of its own (board-application.ts), loaded when
 * a visitor chooses "Apply here".
 */
export { renderDetail } from './listing-detail.ts';
export { jobPosting } from './job-posting.ts';
export { jsonLdScript } from './json-ld-script.ts';
export { sanitizeHtml } from '../core/sanitize.ts';
export { SkillGaps } from './skill-gaps.ts';
