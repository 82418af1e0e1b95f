/**
 * The one place the kit imports valibot. Modules use `import * as v from './valibot.ts'` and
 * static member access only, so each bundle keeps just the functions it calls. The names are
 * listed, not `export *`: valibot is external in the npm build, and a star re-export of an
 * external module becomes a runtime copy of its whole namespace that no consumer's bundler can
 * tree-shake. A name missing here is a type error where it is used. valibot builds no code at
 * run time (no `new Function`), so a strict CSP needs nothing from it.
 *
 * Three schemas are the kit's own, so the contract reads as it always has:
 * - `object`, `looseObject` and `record` take plain objects only: an array is not an object
 *   (valibot's own accept one), and a field that is missing is reported by its own schema
 *   ("title: required string", "consent: expected one of true") rather than as a missing key.
 * - `int()` is a safe integer and `finiteNumber()` a number that is neither NaN nor infinite.
 */
import {
  _addIssue,
  finite,
  looseObject as vLooseObject,
  number,
  object as vObject,
  pipe,
  record as vRecord,
  safeInteger,
  type BaseIssue,
  type FiniteAction,
  type NumberSchema,
  type SafeIntegerAction,
  type SchemaWithPipe,
  type BaseSchema,
  type Config,
  type ObjectEntries,
  type OutputDataset,
  type UnknownDataset,
} from 'valibot';

export {
  array,
  boolean,
  check,
  forward,
  gtValue,
  literal,
  maxLength,
  maxValue,
  minLength,
  minValue,
  nullable,
  number,
  optional,
  parse,
  picklist,
  pipe,
  regex,
  safeParse,
  string,
  transform,
  trim,
  union,
  unknown,
} from 'valibot';
export type {
  BaseIssue,
  BaseSchema,
  CheckAction,
  GenericSchema,
  InferInput,
  InferOutput,
  MinLengthAction,
  ObjectEntries,
  SchemaWithPipe,
  StringSchema,
  TransformAction,
  TrimAction,
  UnionSchema,
} from 'valibot';

type Issue = BaseIssue<unknown>;
type Run = (dataset: UnknownDataset, config: Config<Issue>) => OutputDataset<unknown, Issue>;
interface Runnable {
  readonly type: string;
  readonly entries?: ObjectEntries;
  '~run': Run;
}

/** `schema`, refusing arrays and reporting a missing field as its own schema would. */
/* @__NO_SIDE_EFFECTS__ */
function plainObjectsOnly<S>(schema: S): S {
  const self = schema as unknown as Runnable;
  const run = self['~run'];
  const entries = self.entries;
  (self as { '~run': Run })['~run'] = function (this: Runnable, dataset, config) {
    if (Array.isArray(dataset.value)) {
      _addIssue(this as never, 'type', dataset, config);
      return dataset as unknown as OutputDataset<unknown, Issue>;
    }
    const result = run.call(this, dataset, config);
    if (!entries || !result.issues) return result;
    const issues = result.issues.flatMap((issue): Issue[] => {
      const [item, ...rest] = issue.path ?? [];
      const missing =
        item?.origin === 'key' &&
        !rest.length &&
        issue.expected !== 'never' &&
        issue.type === this.type;
      const field = missing ? entries[String(item.key)] : undefined;
      if (!field) return [issue];
      const own = field['~run']({ value: undefined }, config).issues ?? [issue];
      return own.map((inner) => ({
        ...inner,
        path: [{ ...item, origin: 'value', value: undefined }, ...(inner.path ?? [])],
      })) as Issue[];
    });
    return { ...result, issues } as OutputDataset<unknown, Issue>;
  };
  return schema;
}

/* @__NO_SIDE_EFFECTS__ */
export const object = <const E extends ObjectEntries>(entries: E) =>
  plainObjectsOnly(vObject(entries));

/* @__NO_SIDE_EFFECTS__ */
export const looseObject = <const E extends ObjectEntries>(entries: E) =>
  plainObjectsOnly(vLooseObject(entries));

/* @__NO_SIDE_EFFECTS__ */
export const record = <
  const K extends BaseSchema<string, string | number | symbol, BaseIssue<unknown>>,
  const V extends BaseSchema<unknown, unknown, BaseIssue<unknown>>,
>(
  key: K,
  value: V,
) => plainObjectsOnly(vRecord(key, value));

// The schemas used most are named types, so the published declarations say `Int` rather than
// spelling the whole pipe out at each field.
/* eslint-disable @typescript-eslint/no-empty-object-type -- an interface is what keeps the name */

/** A number that is neither NaN nor infinite (JSON has neither). */
export interface FiniteNumber extends SchemaWithPipe<
  readonly [NumberSchema<undefined>, FiniteAction<number, undefined>]
> {}
/* @__NO_SIDE_EFFECTS__ */
export const finiteNumber = (): FiniteNumber => pipe(number(), finite());

/** A safe integer. */
export interface Int extends SchemaWithPipe<
  readonly [NumberSchema<undefined>, SafeIntegerAction<number, undefined>]
> {}
/* @__NO_SIDE_EFFECTS__ */
export const int = (): Int => pipe(number(), safeInteger());
