/**
 * `runAdapterContract(adapter, options)`: checks an adapter for what the widgets rely on and
 * answers one result per check. It asserts nothing itself, so any test runner can use it.
 */
import { isAdapterOf, type ListingsAdapter, type MentoringAdapter } from '../core/contracts.ts';
import { runChecks, type AdapterContractResult } from './contract-check.ts';
import { listingChecks, type ListingsContractOptions } from './listings-contract.ts';
import { mentoringChecks, type MentoringContractOptions } from './mentoring-contract.ts';

export interface AdapterContractOptions {
  /** Options of the listing checks; `false` leaves them out. */
  listings?: ListingsContractOptions | false;
  /** Options of the mentoring checks; `false` leaves them out. */
  mentoring?: MentoringContractOptions | false;
}

/** Every check that applies to `adapter`: the listing ones, the mentoring ones, or both. */
export async function runAdapterContract(
  adapter: ListingsAdapter | MentoringAdapter,
  options: AdapterContractOptions = {},
): Promise<AdapterContractResult[]> {
  const results: AdapterContractResult[] = [];
  if (options.listings !== false && isAdapterOf('listings', adapter))
    results.push(...(await runChecks(adapter, listingChecks(options.listings || {}))));
  if (options.mentoring !== false && isAdapterOf('mentoring', adapter))
    results.push(...(await runChecks(adapter, mentoringChecks(options.mentoring || {}))));
  if (!results.length)
    throw new TypeError('runAdapterContract: not a listings or mentoring adapter.');
  return results;
}

/** The check ids `runAdapterContract` answers for each kind of adapter, in order. */
export const ADAPTER_CONTRACT_CHECKS = {
  listings: listingChecks().map(({ id, title }) => ({ id, title })),
  mentoring: mentoringChecks().map(({ id, title }) => ({ id, title })),
};
