/**
 * `@micropath/server/pages`: careers pages from any listings adapter, for a server route or a
 * static-site build. See the package README ("Careers pages").
 */
export { renderJobsPage, renderJobsBoard, renderJobPage, renderSitemap } from './careers-pages.ts';
export type { CareersPagesOptions } from './careers-pages.ts';
export { feedAdapter, parseFeed } from '../feeds/feed-adapters.ts';
export { clientAssetsDir } from './client-assets.ts';
