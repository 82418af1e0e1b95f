/**
 * `adapters.js` on the CDN: everything `micropath/adapters` exports, loaded eagerly (schemas,
 * readers, the HTTP client, the query engine), for pages that write their own adapter.
 * Built together with `micropath.js`, so the two share their modules.
 */
export * from '../adapters/index.ts';
