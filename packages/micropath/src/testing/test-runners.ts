/**
 * Thin helpers over `runAdapterContract` for test runners: `node:test` and mocha (which
 * `@web/test-runner` runs) both take `describe` and `it`; each check becomes one test.
 */
import type { ListingsAdapter, MentoringAdapter } from '../core/contracts.ts';
import {
  ADAPTER_CONTRACT_CHECKS,
  runAdapterContract,
  type AdapterContractOptions,
} from './adapter-contract.ts';
import type { AdapterContractResult } from './contract-check.ts';

type Adapter = ListingsAdapter | MentoringAdapter;

/** The runner's `describe` and `it`: `import { describe, it } from 'node:test'`, or mocha's globals. */
export interface TestRunner {
  describe(name: string, body: () => void): unknown;
  // Both runners call the body with their own arguments (node:test a context, mocha none).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each runner types them its own way
  it(name: string, body: (...args: any[]) => void | Promise<void>): unknown;
}

/** Throws, naming each failed check, unless the adapter passes; answers the results. */
export async function assertAdapterContract(
  adapter: Adapter,
  options?: AdapterContractOptions,
): Promise<AdapterContractResult[]> {
  const results = await runAdapterContract(adapter, options);
  const failed = results.filter((r) => r.status === 'fail');
  if (failed.length)
    throw new Error(
      `The adapter breaks the contract:\n${failed.map((r) => `  ${r.id}: ${r.message}`).join('\n')}`,
    );
  return results;
}

/**
 * Registers one test per check, under `describe(title)`. `adapter` is called when the first
 * test runs (after the runner's hooks have started any server it needs); a check that does
 * not apply, or cannot run, is reported as skipped.
 */
export function describeAdapterContract(
  runner: TestRunner,
  title: string,
  adapter: () => Adapter | Promise<Adapter>,
  options: AdapterContractOptions & { kinds?: readonly ('listings' | 'mentoring')[] } = {},
): void {
  let results: Promise<AdapterContractResult[]> | undefined;
  const kinds = options.kinds ?? (['listings', 'mentoring'] as const);
  runner.describe(title, () => {
    for (const kind of kinds)
      for (const { id, title: what } of ADAPTER_CONTRACT_CHECKS[kind])
        runner.it(`${id}: ${what}`, function (this: unknown, ...args: unknown[]) {
          // node:test passes its context; mocha binds its own as `this`. No declared
          // parameter, so mocha does not wait for a `done` callback.
          const skip = (reason: string) => {
            const context = (args[0] ?? this) as { skip?: (reason?: string) => void };
            context.skip?.(reason);
          };
          return (async () => {
            const result = (
              await (results ??= Promise.resolve(adapter()).then((a) =>
                runAdapterContract(a, options),
              ))
            ).find((r) => r.id === id);
            if (!result) return skip(`not a ${kind} adapter`);
            if (result.status === 'skip') return skip(result.message ?? 'skipped');
            if (result.status === 'fail') throw new Error(result.message);
          })();
        });
  });
}
