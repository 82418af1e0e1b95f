/**
 * `micropath/testing`: the adapter contract as a test suite, for anyone writing an adapter.
 * `runAdapterContract` answers results and asserts nothing; `describeAdapterContract` and
 * `assertAdapterContract` make them tests in `node:test`, mocha or `@web/test-runner`.
 */
export { runAdapterContract, ADAPTER_CONTRACT_CHECKS } from './adapter-contract.ts';
export type { AdapterContractOptions } from './adapter-contract.ts';
export type { ListingsContractOptions } from './listings-contract.ts';
export type { MentoringContractOptions } from './mentoring-contract.ts';
export type { AdapterContractResult, ContractStatus } from './contract-check.ts';
export { assertAdapterContract, describeAdapterContract } from './test-runners.ts';
export type { TestRunner } from './test-runners.ts';
