/**
 * What a card says, formatted for the visitor's locale with `Intl`. Formatters are cached per
 * locale and options: building them is the expensive part of rendering a thousand cards.
 */
import { msg, str } from '@lit/localize';
import { formatNumberRange } from '../core/number-range.ts';
import type {
  Compensation,
  Duration,
  Listing,
  ListingKind,
  Workplace,
  EmploymentType,
} from '../core/models/listing.ts';
import { plural } from '../core/plural.ts';

const DAY_MS = 86_400_000;
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

export const numbers = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
const dates = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
const relative = (locale: string) =>
  cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

export function kindLabel(kind: ListingKind): string {
  switch (kind) {
    case 'micro-apprenticeship':
      return msg('Micro-apprenticeship');
    case 'micro-internship':
      return msg('Micro-internship');
    case 'apprenticeship':
      return msg('Apprenticeship');
    case 'internship':
      return msg('Internship');
    case 'project':
      return msg('Project');
    case 'job':
      return msg('Job');
    default:
      return msg('Other');
  }
}

export function workplaceLabel(workplace: Workplace): string {
  return workplace === 'remote'
    ? msg('Remote')
    : workplace === 'hybrid'
      ? msg('Hybrid')
      : msg('On-site');
}

/** "Part-time", "Contract"…: how the feed says the work is employed. */
export function employmentLabel(type: EmploymentType | undefined): string {
  switch (type) {
    case 'full-time':
      return msg('Full-time');
    case 'part-time':
      return msg('Part-time');
    case 'contract':
      return msg('Contract');
    case 'temporary':
      return msg('Temporary');
    case 'internship':
      return msg('Internship');
    case 'volunteer':
      return msg('Volunteer');
    default:
      return '';
  }
}

function range(
  format: Intl.NumberFormat,
  min: number | undefined,
  max: number | undefined,
): string {
  if (min !== undefined && max !== undefined && min !== max)
    return formatNumberRange(format, min, max);
  return format.format((min ?? max)!);
}

function perInterval(interval: Compensation['interval']): string {
  switch (interval) {
    case 'hour':
      return msg('per hour');
    case 'day':
      return msg('per day');
    case 'week':
      return msg('per week');
    case 'month':
      return msg('per month');
    case 'year':
      return msg('per year');
    default:
      return msg('in total');
  }
}

/** "€15–25 per hour"; empty when the range has no amount. */
function payAmount(
  { min, max, currency, interval }: Pick<Compensation, 'min' | 'max' | 'currency' | 'interval'>,
  locale: string,
): string {
  if (min === undefined && max === undefined) return '';
  const format = numbers(
    locale,
    currency
      ? { style: 'currency', currency, maximumFractionDigits: 0 }
      : { maximumFractionDigits: 0 },
  );
  return `${range(format, min, max)}${interval ? ` ${perInterval(interval)}` : ''}`;
}

/**
 * "€15–25 per hour", "Stipend: €500 per month", "Unpaid". Several ranges (one per location)
 * are each shown with what they are for, side by side: "£46,000–54,000 per year (United
 * Kingdom); $60,000–70,000 per year (US)". Undefined when nothing is known.
 */
export function formatCompensation(
  compensation: Compensation | undefined,
  locale: string,
): string | undefined {
  if (!compensation) return undefined;
  if (compensation.kind === 'unpaid') return msg('Unpaid');
  const ranges = compensation.ranges?.length ? compensation.ranges : [compensation];
  const amount = ranges
    .map((one) => {
      const text = payAmount(one, locale);
      const label = ranges.length > 1 ? one.label?.trim() : undefined;
      return text && label ? msg(str`${text} (${label})`) : text;
    })
    .filter(Boolean)
    .join('; ');
  if (compensation.kind === 'stipend')
    return amount ? msg(str`Stipend: ${amount}`) : msg('Stipend');
  return amount || msg('Paid');
}

const UNITS = { hours: 'hour', days: 'day', weeks: 'week', months: 'month' } as const;

/** "6 weeks", "2–3 months", "40 hours". */
export function formatDuration(duration: Duration | undefined, locale: string): string | undefined {
  if (!duration) return undefined;
  const format = numbers(locale, {
    style: 'unit',
    unit: UNITS[duration.unit],
    unitDisplay: 'long',
  });
  return range(format, duration.min, duration.max);
}

/** "10–20 hours per week". */
export function formatHours(hours: Listing['hoursPerWeek'], locale: string): string | undefined {
  if (!hours || (hours.min === undefined && hours.max === undefined)) return undefined;
  const format = numbers(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long' });
  return `${range(format, hours.min, hours.max)} ${msg('per week')}`;
}

export function formatDate(value: string | undefined, locale: string): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  // A plain date ("2026-12-05") is a calendar day, not midnight UTC.
  const options: Intl.DateTimeFormatOptions = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? { dateStyle: 'medium', timeZone: 'UTC' }
    : { dateStyle: 'medium' };
  return dates(locale, options).format(time);
}

export interface Deadline {
  text: string;
  closed: boolean;
  soon: boolean;
}

/** "Closed", "Closes tomorrow", "Closes in 3 days", or "Apply by 5 Dec 2026". */
export function formatDeadline(
  applyBy: string | undefined,
  locale: string,
  now: number,
): Deadline | undefined {
  if (!applyBy) return undefined;
  const time = Date.parse(applyBy);
  if (Number.isNaN(time)) return undefined;
  // A date-only deadline lasts until the end of that day.
  const end = /^\d{4}-\d{2}-\d{2}$/.test(applyBy) ? time + DAY_MS - 1 : time;
  if (end < now) return { text: msg('Closed'), closed: true, soon: false };
  const days = Math.floor((end - now) / DAY_MS);
  if (days < 7) {
    const when = relative(locale).format(days, 'day');
    return { text: msg(str`Closes ${when}`), closed: false, soon: true };
  }
  return { text: msg(str`Apply by ${formatDate(applyBy, locale)!}`), closed: false, soon: false };
}

/** "Posted 3 days ago", "Posted today", "Posted on 5 Dec 2026". */
export function formatPosted(
  postedAt: string | undefined,
  locale: string,
  now: number,
): string | undefined {
  if (!postedAt) return undefined;
  const time = Date.parse(postedAt);
  if (Number.isNaN(time)) return undefined;
  const days = Math.round((time - now) / DAY_MS);
  if (days <= -30) return msg(str`Posted on ${formatDate(postedAt, locale)!}`);
  // "Posted 3 days ago", "Posted today": languages place a relative time and a date differently.
  const when = relative(locale).format(Math.min(days, 0), 'day');
  return msg(str`Posted ${when}`);
}

export function formatSpots(spots: number | undefined, locale: string): string | undefined {
  if (spots === undefined) return undefined;
  if (spots === 0) return msg('No spots left');
  return plural(spots, locale, {
    one: (n) => msg(str`${n} spot left`, { id: 'spots-left.one' }),
    two: (n) => msg(str`${n} spots left`, { id: 'spots-left.two' }),
    few: (n) => msg(str`${n} spots left`, { id: 'spots-left.few' }),
    many: (n) => msg(str`${n} spots left`, { id: 'spots-left.many' }),
    other: (n) => msg(str`${n} spots left`, { id: 'spots-left.other' }),
  });
}
