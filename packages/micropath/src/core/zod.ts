/**
 * The one place the kit imports zod. `zod/mini` tree-shakes (classic `zod` costs ~25 KB gzip),
 * as long as it is re-exported statically: modules use `import * as z from './zod.ts'` and
 * static member access only. `jitless` keeps zod from probing `new Function`, which a strict
 * CSP reports as a violation; it runs before any schema is used.
 */
import { config } from 'zod/mini';

config({ jitless: true });

export * from 'zod/mini';
