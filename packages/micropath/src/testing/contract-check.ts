/**
 * One check of the adapter contract and what it found. A check throws ContractFailure when
 * the adapter breaks the contract and ContractSkip when it cannot be checked here.
 */
import { AdapterError, isAbort, type AdapterErrorCode } from '../core/errors.ts';
import { describeIssues } from '../core/schema-helpers.ts';
import * as v from '../core/valibot.ts';

export type ContractStatus = 'pass' | 'fail' | 'skip';

export interface AdapterContractResult {
  /** Such as `listings.paging`. */
  id: string;
  title: string;
  status: ContractStatus;
  /** Why it failed or was skipped. */
  message?: string;
}

export class ContractFailure extends Error {
  override readonly name = 'ContractFailure';
}

export class ContractSkip extends Error {
  override readonly name = 'ContractSkip';
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ContractFailure(message);
}

/** Holds `value` against the kit's schema for it, as the widgets' boundary does. */
export function conforms<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  what: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (!result.success)
    throw new ContractFailure(
      `${what} does not match its schema: ${describeIssues(result.issues, value)}`,
    );
  return result.output;
}

/** Calls the adapter; anything it throws must be an AdapterError (or an abort). */
export async function call<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AdapterError || isAbort(error)) throw error;
    throw new ContractFailure(`${what} threw ${describe(error)}, not an AdapterError`);
  }
}

const describe = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : JSON.stringify(error);

/** `promise` must reject with an AdapterError of `code`. */
export async function rejectsWith(
  what: string,
  promise: Promise<unknown>,
  code: AdapterErrorCode,
): Promise<void> {
  let outcome: unknown;
  try {
    await promise;
  } catch (error) {
    outcome = error;
  }
  check(outcome !== undefined, `${what} resolved; it should reject with AdapterError "${code}"`);
  check(
    outcome instanceof AdapterError,
    `${what} rejected with ${describe(outcome)}, not an AdapterError "${code}"`,
  );
  check(
    outcome.code === code,
    `${what} rejected with AdapterError "${outcome.code}", not "${code}"`,
  );
}

/** `promise` must reject as aborted (a DOMException named AbortError). */
export async function rejectsAsAborted(what: string, promise: Promise<unknown>): Promise<void> {
  let outcome: unknown;
  try {
    await promise;
  } catch (error) {
    outcome = error;
  }
  check(outcome !== undefined, `${what} resolved although its signal was aborted`);
  check(
    isAbort(outcome),
    `${what} rejected with ${describe(outcome)}, not an AbortError, when its signal was aborted`,
  );
}

export interface ContractCheck<A> {
  id: string;
  title: string;
  run(adapter: A): Promise<void>;
}

export async function runChecks<A>(
  adapter: A,
  checks: readonly ContractCheck<A>[],
): Promise<AdapterContractResult[]> {
  const results: AdapterContractResult[] = [];
  for (const { id, title, run } of checks) {
    try {
      await run(adapter);
      results.push({ id, title, status: 'pass' });
    } catch (error) {
      const status = error instanceof ContractSkip ? 'skip' : 'fail';
      const message =
        error instanceof ContractFailure || error instanceof ContractSkip
          ? error.message
          : `the adapter rejected with ${describe(error)}`;
      results.push({ id, title, status, message });
    }
  }
  return results;
}
