/** `@micropath/server/conformance`: the REST contract's conformance kit, for scripts and CI. */
export { runConformance, DEFAULT_ORIGIN } from './run-conformance.ts';
export { CLAUSES } from './clause-list.ts';
export { reportLine, summaryLine, junitXml, citation } from './report.ts';
export type {
  Clause,
  ClauseResult,
  ClauseStatus,
  ConformanceOptions,
  ContractSection,
  Exchange,
} from './clause.ts';
