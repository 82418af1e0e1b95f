/**
 * The one place the kit imports zod. `zod/mini` tree-shakes (classic `zod` costs ~25 KB gzip),
 * as long as it is re-exported statically: modules use `import * as z from './zod.ts'` and
 * static member access only. The names are listed, not `export *`: zod is external in the npm
 * build, and a star re-export of an external module becomes a runtime copy of its whole
 * namespace that no consumer's bundler can tree-shake (a Vite app then shipped all of zod).
 * A name missing here is a type error where it is used. `jitless` keeps zod from probing
 * `new Function`, which a strict CSP reports as a violation; it runs before any schema is used.
 */
import { config } from 'zod/mini';

config({ jitless: true });

export {
  _default,
  array,
  boolean,
  email,
  enum,
  gte,
  int,
  iso,
  literal,
  looseObject,
  lte,
  maxLength,
  minimum,
  minLength,
  nonnegative,
  nullable,
  number,
  object,
  optional,
  parse,
  pipe,
  positive,
  record,
  refine,
  regex,
  safeParse,
  string,
  transform,
  trim,
  union,
  unknown,
  url,
} from 'zod/mini';
export type { core, infer, input, output, ZodMiniType } from 'zod/mini';
