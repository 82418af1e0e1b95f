/** Schema building blocks shared by the models, and plain-language issue messages. */
import * as v from './valibot.ts';

// The schemas used most are named types, so the published declarations say `Text` rather
// than spelling the whole pipe out at each field.
/* eslint-disable @typescript-eslint/no-empty-object-type -- an interface is what keeps the name */

/** Non-empty text after trimming. */
export interface Text extends v.SchemaWithPipe<
  readonly [v.StringSchema<undefined>, v.TrimAction, v.MinLengthAction<string, 1, undefined>]
> {}
/* @__NO_SIDE_EFFECTS__ */
export const text = (): Text => v.pipe(v.string(), v.trim(), v.minLength(1));

/** A link (see `link`). */
export interface Link extends v.SchemaWithPipe<
  readonly [
    v.StringSchema<undefined>,
    v.CheckAction<string, 'not a valid url'>,
    v.TransformAction<string, string>,
  ]
> {}
/** A string in one of the formats below. */
export interface Formatted<Message extends string> extends v.SchemaWithPipe<
  readonly [v.StringSchema<undefined>, v.CheckAction<string, Message>]
> {}
/** A calendar date or an instant. */
export interface DateOrInstant extends v.UnionSchema<
  [Formatted<'not a valid date'>, Formatted<'not a valid datetime'>],
  undefined
> {}

/**
 * A link whose scheme `protocol` allows, read as the URL parser reads it: surrounding spaces
 * are trimmed, and tabs and line breaks (which the parser ignores) are left out of the value
 * kept. `slashes`: an http(s) link must be written `scheme://`, never `http:example.org`.
 */
/* @__NO_SIDE_EFFECTS__ */
const link = (protocol: RegExp, slashes: boolean): Link =>
  v.pipe(
    v.string(),
    v.check((value) => {
      const trimmed = value.trim();
      if (slashes && !/^https?:\/\//i.test(trimmed)) return false;
      let url: URL;
      try {
        url = new URL(trimmed);
      } catch {
        return false;
      }
      return protocol.test(url.protocol.slice(0, -1));
    }, 'not a valid url'),
    v.transform((value) => value.trim().replace(/[\t\n\r]/g, '')),
  );

/** Only http(s) links: a feed must never smuggle `javascript:` or `data:` URLs into an href. */
/* @__NO_SIDE_EFFECTS__ */
export const httpUrl = (): Link => link(/^https?$/, true);

/** An http(s) link or a `mailto:` one (applying by email). */
/* @__NO_SIDE_EFFECTS__ */
export const mailOrHttpUrl = (): Link => link(/^(https?|mailto)$/, false);

/**
 * An e-mail address as the contract has always read one: dot-separated words of letters,
 * digits and `_ ' + -` (the last character not `'`), `@`, then dot-separated host labels
 * and a top-level domain of two letters or more.
 */
const EMAIL = /^[\w'+-]+(?:\.[\w'+-]+)*(?<!')@(?:[a-z\d][a-z\d-]*\.)+[a-z]{2,}$/i;
/* @__NO_SIDE_EFFECTS__ */
export const email = (): Formatted<'not a valid email'> =>
  v.pipe(
    v.string(),
    v.check((value) => EMAIL.test(value), 'not a valid email'),
  );

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A real calendar day written YYYY-MM-DD (February 29 in leap years only). */
const isDate = (value: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && !leap ? 28 : DAYS[month - 1];
  return last !== undefined && day >= 1 && day <= last;
};
/** hh:mm:ss with optional fractions, then `Z` or an offset (±hh:mm). */
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A calendar date (YYYY-MM-DD). */
/* @__NO_SIDE_EFFECTS__ */
export const isoDate = (): Formatted<'not a valid date'> =>
  v.pipe(v.string(), v.check(isDate, 'not a valid date'));

/** An instant with an explicit offset (`Z` or `+02:00`), as the adapter contract requires. */
/* @__NO_SIDE_EFFECTS__ */
export const instant = (): Formatted<'not a valid datetime'> =>
  v.pipe(
    v.string(),
    v.check(
      (value) =>
        value.length > 11 &&
        value[10] === 'T' &&
        isDate(value.slice(0, 10)) &&
        TIME.test(value.slice(11)),
      'not a valid datetime',
    ),
  );

/** A calendar date or an instant: feeds give either. */
/* @__NO_SIDE_EFFECTS__ */
export const dateOrInstant = (): DateOrInstant => v.union([isoDate(), instant()]);

type Issue = v.BaseIssue<unknown>;

const pathOf = (issue: Issue): string =>
  (issue.path ?? []).map((item) => String(item.key)).join('.');

/**
 * Turns valibot issues into one plain sentence naming each field at fault. The messages are
 * the contract's own ("title: required string", "status: expected one of …"), not valibot's.
 * `input` is the value that was checked (kept for callers; the issues carry their values).
 */
export function describeIssues(issues: readonly Issue[], _input?: unknown, max = 3): string {
  const all = issues.flatMap(closestBranch).filter(afterUsableNumber);
  const parts = all.slice(0, max).map((issue) => {
    const [where, what] = describe(issue);
    return `${where || '(root)'}: ${what}`;
  });
  const more = all.length > max ? ` (and ${all.length - max} more)` : '';
  return parts.join('; ') + more;
}

/**
 * A value that is not a usable number (not finite, not a safe integer where one is asked) is
 * reported once, not again against the bounds that follow it ("spots: expected int, got number").
 */
function afterUsableNumber(issue: Issue, index: number, list: readonly Issue[]): boolean {
  return !list
    .slice(0, index)
    .some(
      (earlier) =>
        (earlier.type === 'safe_integer' || earlier.type === 'finite') &&
        pathOf(earlier) === pathOf(issue),
    );
}

/** The field an issue is about ("attendee.email", "" for the value itself). */
export const issueField = (issue: Issue): string => describe(issue)[0];

/**
 * A union that matched no shape, told by the shape the value came closest to: the issues
 * that are not about the value's own type ("skills.0.importance: expected one of…" rather
 * than "skills.0: matches none of the allowed shapes").
 */
function closestBranch(issue: Issue): Issue[] {
  if (issue.type !== 'union' || !issue.issues?.length) return [issue];
  const typeOnly = (inner: Issue) =>
    inner.kind === 'schema' &&
    !inner.path?.length &&
    inner.type !== 'picklist' &&
    inner.type !== 'literal';
  const closer = issue.issues.filter((inner) => !typeOnly(inner));
  if (!closer.length || closer.length === issue.issues.length) return [issue];
  return closer.flatMap((inner) =>
    closestBranch({ ...inner, path: [...(issue.path ?? []), ...(inner.path ?? [])] } as Issue),
  );
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

const TYPE_NAMES: Record<string, string> = {
  object: 'object',
  loose_object: 'object',
  strict_object: 'object',
  array: 'array',
  record: 'record',
};

/** Where, and what is wrong there. */
function describe(issue: Issue): [where: string, what: string] {
  const where = pathOf(issue);
  switch (issue.type) {
    case 'picklist':
    case 'literal': {
      const values = issue.expected?.replace(/^\((.*)\)$/, '$1').split(' | ') ?? [];
      return [where, `expected one of ${values.join(', ')}`];
    }
    case 'union':
      return [where, 'matches none of the allowed shapes'];
    case 'min_length':
    case 'min_value':
    case 'gt_value':
      return [where, `too small (minimum ${String(issue.requirement)})`];
    case 'max_length':
    case 'max_value':
      return [where, `too big (maximum ${String(issue.requirement)})`];
    case 'safe_integer': {
      const value = issue.input as number;
      if (!Number.isFinite(value)) return [where, 'expected number, got number'];
      if (!Number.isInteger(value)) return [where, 'expected int, got number'];
      return value > 0
        ? [where, `too big (maximum ${Number.MAX_SAFE_INTEGER})`]
        : [where, `too small (minimum ${Number.MIN_SAFE_INTEGER})`];
    }
    case 'finite':
      return [where, 'expected number, got number'];
    case 'regex':
      return [where, 'not a valid regex'];
  }
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    // An unknown field: said of the object that has it.
    return [where.split('.').slice(0, -1).join('.'), `unknown keys ${String(issue.input)}`];
  }
  if (issue.kind === 'schema') {
    const expected = TYPE_NAMES[issue.type] ?? issue.type;
    return [
      where,
      issue.input === undefined
        ? `required ${expected}`
        : `expected ${expected}, got ${kindOf(issue.input)}`,
    ];
  }
  return [where, issue.kind === 'validation' && issue.type === 'check' ? issue.message : 'invalid'];
}
