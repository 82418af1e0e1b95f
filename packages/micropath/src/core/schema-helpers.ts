/** Schema building blocks shared by the models, and plain-language issue messages. */
import * as z from './zod.ts';

/** Non-empty text after trimming. */
export const text = () => z.string().check(z.trim(), z.minLength(1));

/** Only http(s) links: a feed must never smuggle `javascript:` or `data:` URLs into an href. */
export const httpUrl = () => z.url({ protocol: /^https?$/ });

/** An http(s) link or a `mailto:` one (applying by email). */
export const mailOrHttpUrl = () => z.url({ protocol: /^(https?|mailto)$/ });

/** An instant with an explicit offset (`Z` or `+02:00`), as the adapter contract requires. */
export const instant = () => z.iso.datetime({ offset: true, local: false });

/** A calendar date or an instant: feeds give either. */
export const dateOrInstant = () => z.union([z.iso.date(), instant()]);

/**
 * Turns zod issues into one plain sentence naming each field at fault. `input` is the value
 * that was checked: zod/mini issues do not carry it, and "required" differs from "wrong type".
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  input?: unknown,
  max = 3,
): string {
  const parts = issues
    .flatMap(closestBranch)
    .slice(0, max)
    .map((issue) => {
      const where = issue.path.length ? issue.path.map(String).join('.') : '(root)';
      return `${where}: ${describeIssue(issue, valueAt(input, issue.path))}`;
    });
  const all = issues.flatMap(closestBranch).length;
  const more = all > max ? ` (and ${all - max} more)` : '';
  return parts.join('; ') + more;
}

/**
 * A union that matched no shape, told by the shape the value came closest to: the branch whose
 * issues are not all about the value's own type ("skills.0.importance: expected one of…"
 * rather than "skills.0: matches none of the allowed shapes").
 */
function closestBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || !issue.errors.length) return [issue];
  const typeOnly = (branch: readonly z.core.$ZodIssue[]) =>
    branch.every((i) => i.code === 'invalid_type' && i.path.length === 0);
  const closer = issue.errors.filter((branch) => branch.length && !typeOnly(branch));
  if (closer.length !== 1) return [issue];
  return closer[0]!.flatMap((inner) =>
    closestBranch({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue),
  );
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `required ${issue.expected}`
        : `expected ${issue.expected}, got ${kindOf(value)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `not a valid ${issue.format}`;
    case 'too_small':
      return `too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `too big (maximum ${String(issue.maximum)})`;
    case 'unrecognized_keys':
      return `unknown keys ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'invalid';
  }
}
