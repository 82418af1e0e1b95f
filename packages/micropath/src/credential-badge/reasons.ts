/**
 * Sentences for visitors that are translated when they are read, not when they are made. A
 * check's reason or an error written while a credential loads follows the page's language,
 * even when the translations arrive after the checks ran or the `lang` changes later.
 */
import { AdapterError, type AdapterErrorCode, type AdapterErrorOptions } from '../core/errors.ts';

/** A sentence in the current UI language: a function over `msg()`. */
export type Reason = () => string;

/** Gives `target` a `message` that is `reason()` whenever it is read. */
export function withMessage<T extends object>(
  target: T,
  reason: Reason,
  enumerable = true,
): T & { readonly message: string } {
  Object.defineProperty(target, 'message', { get: reason, enumerable, configurable: true });
  return target as T & { readonly message: string };
}

/** An AdapterError whose `message` is translated whenever it is read. */
export const failure = (
  code: AdapterErrorCode,
  reason: Reason,
  options?: AdapterErrorOptions,
): AdapterError => withMessage(new AdapterError(code, reason(), options), reason, false);

/** The message of anything thrown, read when needed (so a `failure` stays translated). */
export const reasonOf =
  (error: unknown): Reason =>
  () =>
    error instanceof Error ? error.message : String(error);
