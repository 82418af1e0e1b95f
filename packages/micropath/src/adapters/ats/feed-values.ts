/**
 * Small readings of values that several ATS feeds write alike: amounts as strings, dates with a
 * space and " UTC", pay periods by name. Each returns undefined for what it cannot read.
 */
import type { PayRange } from '../../core/models/listing.ts';

/** A non-negative amount from a number or a numeric string ("75.00"). */
export function amount(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 ? number : undefined;
}

/** "2026-08-11 20:45:29 UTC" and ISO instants as ISO instants; plain dates stay dates. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const time = Date.parse(text.replace(/^(\S+) (\S+) UTC$/, '$1T$2Z'));
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

const PERIODS: Record<string, NonNullable<PayRange['interval']>> = {
  year: 'year',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
  month: 'month',
  monthly: 'month',
  week: 'week',
  weekly: 'week',
  day: 'day',
  daily: 'day',
  hour: 'hour',
  hourly: 'hour',
};

/** A pay period as feeds name it ("year", "MONTH", "hourly"). */
export const payInterval = (value: unknown): PayRange['interval'] | undefined =>
  typeof value === 'string' ? PERIODS[value.trim().toLowerCase()] : undefined;

/** An ISO 4217 code, upper-cased; undefined when it is not one. */
export function currencyCode(value: unknown): string | undefined {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return /^[A-Z]{3}$/.test(code) ? code : undefined;
}

/** An ISO 3166-1 alpha-2 code, upper-cased; undefined when it is not one. */
export function countryCode(value: unknown): string | undefined {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return /^[A-Z]{2}$/.test(code) ? code : undefined;
}

/** A pay range's fields, the ones present only. */
export function payRange(
  min: unknown,
  max: unknown,
  currency: unknown,
  interval: unknown,
): PayRange | undefined {
  const low = amount(min);
  const high = amount(max);
  if (low === undefined && high === undefined) return undefined;
  const code = currencyCode(currency);
  const period = payInterval(interval);
  return {
    ...(low !== undefined ? { min: low } : {}),
    ...(high !== undefined ? { max: high } : {}),
    ...(code ? { currency: code } : {}),
    ...(period ? { interval: period } : {}),
  };
}
