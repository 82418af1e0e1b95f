/**
 * What the board needs only once a listing is open: the detail view, the application form and
 * the JobPosting data. Loaded on first open (and prefetched after the first page shows).
 */
export { renderDetail } from './listing-detail.ts';
export { renderApplication } from './application-form.ts';
export { jobPosting } from './job-posting.ts';
export { jsonLdScript } from './json-ld-script.ts';
export { BoardApplication } from './board-application.ts';
