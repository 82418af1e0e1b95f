/**
 * What a conformance clause is: one behaviour of the REST contract, the section of
 * docs/rest-contract.md it comes from, and the check that holds a backend to it.
 */
import type { Probe } from './probe.ts';
import type { SlotPool } from './slot-pool.ts';

export type ClauseStatus = 'pass' | 'fail' | 'skip';

/** The section of docs/rest-contract.md a clause checks: its heading, and the rule in it. */
export interface ContractSection {
  heading: string;
  /** The heading's anchor in docs/rest-contract.md. */
  anchor: string;
  rule?: string;
}

export interface ConformanceOptions {
  /** Where the contract's routes live, such as `https://api.example.org/v1`. */
  baseUrl: string;
  /** Run the checks that write (bookings, reschedule, cancel, applications, exchanges). */
  write?: boolean;
  /** The mentor to read and book (default: the first listed). */
  mentor?: string;
  /** The listing to read and apply to (default: the first listed). */
  listing?: string;
  /** A credential id to read (`GET /credentials/{id}`); without one that check is skipped. */
  credential?: string;
  /** A holder to list (`GET /holders/{holder}/credentials`); without one that check is skipped. */
  holder?: string;
  /** The page origin the cross-origin checks send. `false`: the widgets are served same-origin. */
  origin?: string | false;
  /** The OpenAPI document (default: the backend's `openapi.json`, else the contract's own). */
  openapi?: object;
  /** The fetch requests go through (default: the global one). */
  fetch?: typeof fetch;
  /** How long one request may take, in ms (default 30 s). */
  requestTimeoutMs?: number;
}

/** What a clause's check gets: the backend, the run's options and what earlier checks found. */
export interface ClauseContext {
  probe: Probe;
  options: Required<Pick<ConformanceOptions, 'write'>> & ConformanceOptions;
  origin: string | false;
  /** Free times of the chosen mentor's session, handed out so no two checks book the same. */
  slots: SlotPool;
  /** Bookings made by the run, cancelled when it ends. */
  made: { id: string; manageToken?: string }[];
}

export interface Clause {
  id: string;
  title: string;
  section: ContractSection;
  /** Writes to the backend: run only with `--write`. */
  writes?: boolean;
  /** Resolves when the backend holds; throws ClauseFailure when not, or Skip. */
  check(ctx: ClauseContext): Promise<void>;
}

/** The request and answer a failure is about, as the report prints them. */
export interface Exchange {
  request: string;
  answer: string;
}

export class ClauseFailure extends Error {
  override readonly name = 'ClauseFailure';
  constructor(
    message: string,
    readonly exchange?: Exchange,
  ) {
    super(message);
  }
}

/** A check that cannot run on this backend (nothing to check, an optional route absent). */
export class Skip extends Error {
  override readonly name = 'Skip';
}

export interface ClauseResult {
  id: string;
  title: string;
  section: ContractSection;
  status: ClauseStatus;
  /** Why it failed or was skipped. */
  message?: string;
  exchange?: Exchange;
  ms: number;
}

export const SECTIONS = {
  routes: { heading: 'Routes', anchor: 'routes' },
  shapes: { heading: 'Shapes', anchor: 'shapes' },
  errors: { heading: 'Errors', anchor: 'errors' },
  behaviour: { heading: 'Behaviour a backend must have', anchor: 'behaviour-a-backend-must-have' },
  exchanges: { heading: 'Wallet exchanges (optional)', anchor: 'wallet-exchanges-optional' },
  crossOrigin: { heading: 'Pages on other origins', anchor: 'pages-on-other-origins' },
} as const satisfies Record<string, ContractSection>;

export const cite = (
  section: (typeof SECTIONS)[keyof typeof SECTIONS],
  rule?: string,
): ContractSection => (rule ? { ...section, rule } : section);

/** Fails the clause unless `condition` holds. */
export function expect(
  condition: unknown,
  message: string,
  exchange?: Exchange,
): asserts condition {
  if (!condition) throw new ClauseFailure(message, exchange);
}
