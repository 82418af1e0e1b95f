/**
 * The server's schema building blocks, in valibot like the kit's. Objects read as the contract
 * says: an array is not an object, a missing field is reported by its own schema ("required
 * string"), and a strict object names every field it does not know, not only the first. The
 * formats (e-mail, http(s) link, instant) are the kit's own schemas, taken from its models so
 * the server reads them exactly as the widgets do.
 */
import * as v from 'valibot';
import { AttendeeSchema, ExchangeSchema, RescheduleRequestSchema } from 'micropath/adapters';

type Issue = v.BaseIssue<unknown>;
type Run = (dataset: v.UnknownDataset, config: v.Config<Issue>) => v.OutputDataset<unknown, Issue>;
interface Runnable {
  readonly type: string;
  readonly entries?: v.ObjectEntries;
  '~run': Run;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function asContract<S>(schema: S): S {
  const self = schema as unknown as Runnable;
  const run = self['~run'];
  const { entries } = self;
  (self as { '~run': Run })['~run'] = function (this: Runnable, dataset, config) {
    const input = dataset.value;
    if (Array.isArray(input)) {
      v._addIssue(this as never, 'type', dataset, config);
      return dataset as unknown as v.OutputDataset<unknown, Issue>;
    }
    const result = run.call(this, dataset, config);
    if (!result.issues) return result;
    const issues = result.issues.flatMap((issue): Issue[] => {
      const [item, ...rest] = issue.path ?? [];
      if (item?.origin !== 'key' || rest.length || issue.type !== this.type) return [issue];
      if (issue.expected === 'never') return [issue];
      const field = entries?.[String(item.key)];
      const own = field?.['~run']({ value: undefined }, config).issues;
      if (!own) return [issue];
      return own.map((inner) => ({
        ...inner,
        path: [{ ...item, origin: 'value', value: undefined }, ...(inner.path ?? [])],
      })) as Issue[];
    });
    if (this.type === 'strict_object' && isObject(input)) {
      // valibot names the first unknown field; the contract names them all.
      const named = new Set(
        issues.filter((i) => i.expected === 'never').map((i) => i.path?.[0]?.key),
      );
      for (const key of Object.keys(input)) {
        if ((entries && Object.hasOwn(entries, key)) || named.has(key)) continue;
        const unknown = { ...issues.find((i) => i.expected === 'never')! };
        unknown.input = key;
        unknown.path = [{ type: 'object', origin: 'key', input, key, value: input[key] }];
        issues.push(unknown);
      }
    }
    return { ...result, issues } as v.OutputDataset<unknown, Issue>;
  };
  return schema;
}

export const object = <const E extends v.ObjectEntries>(entries: E) =>
  asContract(v.object(entries));
export const looseObject = <const E extends v.ObjectEntries>(entries: E) =>
  asContract(v.looseObject(entries));
export const record = <const V extends v.GenericSchema>(value: V) =>
  asContract(v.record(v.string(), value));
export const strictObject = <const E extends v.ObjectEntries>(entries: E) =>
  asContract(v.strictObject(entries));

/** An e-mail address, as the kit reads an attendee's. */
export const email = () => AttendeeSchema.entries.email;
/** An http(s) link, as the kit reads one. */
export const httpLink = () => ExchangeSchema.entries.url;
/** An instant with an explicit offset, as the kit reads one. */
export const instant = () => RescheduleRequestSchema.entries.start;
/** A safe integer. */
export const int = () => v.pipe(v.number(), v.safeInteger());
