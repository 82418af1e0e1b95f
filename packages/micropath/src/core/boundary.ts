/**
 * The adapter boundary. Adapters may be written by anyone, so whatever they return is read
 * here before a widget uses it: a malformed item is dropped and counted ("2 listings could not
 * be shown"), a malformed envelope or single object is an `invalid-response` error naming the
 * field at fault. Nothing here throws anything but AdapterError. The readers of each shape are
 * beside it, with its schemas (read-listings.ts, read-mentoring.ts, read-bookings.ts): a page
 * loads only those of the shapes its widget shows.
 */
import { AdapterError } from './errors.ts';
import * as v from './valibot.ts';
import { describeIssues, issueField } from './schema-helpers.ts';
import { dropUnsafeLinks, type LinkField } from './safe-links.ts';

/**
 * Objects this module has already read and deep-frozen: they cannot have changed since, so
 * reading them again (an adapter's own result, then the widget's boundary) skips the schema.
 */
const alreadyRead = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Freezes items that passed their schema and remembers them as read. */
export function markRead<T extends object>(items: T[]): T[] {
  for (const item of items) alreadyRead.add(deepFreeze(item));
  return items;
}

export interface CheckedList<T> {
  items: T[];
  /** How many items were dropped because they failed their schema. */
  skipped: number;
  /** Why the first few were dropped, for the console. */
  problems: string[];
}

/** Says which links were left out, so a page's developer can see why a link is missing. */
function reportDropped(what: string, dropped: string[], count = dropped.length): void {
  if (count)
    console.warn(
      `[micropath] ${count} ${count === 1 ? 'link was' : 'links were'} left out of the ${what}s (not http(s)):`,
      dropped.slice(0, 3),
    );
}

export function readOne<S extends v.GenericSchema>(
  schema: S,
  given: unknown,
  what: string,
  links: readonly LinkField[] = [],
): v.InferOutput<S> {
  const { value: raw, dropped } = dropUnsafeLinks(given, links);
  reportDropped(what, dropped);
  const result = v.safeParse(schema, raw);
  if (result.success) return result.output;
  throw new AdapterError(
    'invalid-response',
    `The ${what} could not be read: ${describeIssues(result.issues, raw)}.`,
  );
}

/**
 * Checks what a caller sends (a booking request, an application). A failure is the
 * contract's 422: an `http` AdapterError with a message per field.
 */
export function checkRequest<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  what: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const fields: Record<string, string> = {};
  for (const issue of result.issues) {
    const key = issueField(issue) || '(root)';
    fields[key] ??= describeIssues([issue], value).replace(/^[^:]*: /, '');
  }
  const summary = describeIssues(result.issues, value);
  throw new AdapterError('http', `The ${what} is not valid: ${summary}.`, {
    status: 422,
    fields,
  });
}

export function readList<S extends v.GenericSchema>(
  schema: S,
  raw: unknown,
  what: string,
  links: readonly LinkField[] = [],
): CheckedList<v.InferOutput<S>> {
  if (!Array.isArray(raw)) {
    throw new AdapterError('invalid-response', `The ${what} list could not be read: not a list.`);
  }
  const items: v.InferOutput<S>[] = [];
  const problems: string[] = [];
  const dropped: string[] = [];
  let droppedCount = 0;
  raw.forEach((given, index) => {
    if (typeof given === 'object' && given !== null && alreadyRead.has(given)) {
      items.push(given as v.InferOutput<S>);
      return;
    }
    // An unusable link costs the item that field, not its place in the list.
    const { value: entry, dropped: found } = dropUnsafeLinks(given, links);
    droppedCount += found.length;
    if (dropped.length < 3) dropped.push(...found.map((l) => `${what} ${index} ${l}`));
    const result = v.safeParse(schema, entry);
    if (result.success) items.push(result.output);
    else if (problems.length < 3)
      problems.push(`${what} ${index}: ${describeIssues(result.issues, entry, 2)}`);
  });
  reportDropped(what, dropped, droppedCount);
  return { items, skipped: raw.length - items.length, problems };
}
