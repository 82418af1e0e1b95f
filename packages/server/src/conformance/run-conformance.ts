/**
 * Runs the REST contract's clauses against a backend: `runConformance({ baseUrl })` answers
 * one result per clause (pass, fail with the request and answer at fault, or skip and why).
 */
import { openApiDocument } from '../openapi.ts';
import {
  ClauseFailure,
  Skip,
  type ClauseContext,
  type ClauseResult,
  type ConformanceOptions,
} from './clause.ts';
import { CLAUSES } from './clause-list.ts';
import type { OpenApiDocument } from './openapi-check.ts';
import { createProbe } from './probe.ts';
import { slotPool } from './slot-pool.ts';
import { cancel } from './clauses/bookings.ts';

/** The page origin cross-origin checks send unless told otherwise. */
export const DEFAULT_ORIGIN = 'https://widget.example';

/** The backend's own OpenAPI document, or the contract's when it serves none. */
async function documentOf(options: ConformanceOptions): Promise<OpenApiDocument> {
  if (options.openapi) return options.openapi as OpenApiDocument;
  try {
    const response = await (options.fetch ?? fetch)(
      `${options.baseUrl.replace(/\/+$/, '')}/openapi.json`,
      {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(options.requestTimeoutMs ?? 30_000),
      },
    );
    const document = response.ok
      ? ((await response.json()) as OpenApiDocument & { openapi?: unknown })
      : undefined;
    if (document && typeof document.openapi === 'string' && document.paths) return document;
  } catch {
    // Unreachable or not JSON: the `openapi.document` clause says so.
  }
  return openApiDocument() as OpenApiDocument;
}

export async function runConformance(
  options: ConformanceOptions,
  onResult?: (result: ClauseResult) => void,
): Promise<ClauseResult[]> {
  const openapi = await documentOf(options);
  const probe = createProbe({
    baseUrl: options.baseUrl,
    openapi,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.requestTimeoutMs ? { timeoutMs: options.requestTimeoutMs } : {}),
  });
  const ctx: ClauseContext = {
    probe,
    options: { ...options, write: options.write ?? false },
    origin: options.origin === undefined ? DEFAULT_ORIGIN : options.origin,
    slots: slotPool(probe, options.mentor),
    made: [],
  };
  const results: ClauseResult[] = [];
  try {
    for (const clause of CLAUSES) {
      const started = performance.now();
      const { id, title, section } = clause;
      let result: ClauseResult;
      if (clause.writes && !ctx.options.write) {
        result = { id, title, section, status: 'skip', message: 'writes: run with --write', ms: 0 };
      } else {
        try {
          await clause.check(ctx);
          result = { id, title, section, status: 'pass', ms: 0 };
        } catch (error) {
          if (error instanceof Skip)
            result = { id, title, section, status: 'skip', message: error.message, ms: 0 };
          else {
            const failure = error instanceof ClauseFailure ? error : undefined;
            const exchange = failure?.exchange ?? probe.last;
            result = {
              id,
              title,
              section,
              status: 'fail',
              message: failure
                ? failure.message
                : `the check broke: ${(error as Error)?.message ?? String(error)}`,
              ...(exchange ? { exchange } : {}),
              ms: 0,
            };
          }
        }
        result.ms = Math.round(performance.now() - started);
      }
      results.push(result);
      onResult?.(result);
    }
  } finally {
    // Whatever the run booked is cancelled again (a booking already cancelled answers 409).
    for (const { id, manageToken } of ctx.made)
      await cancel(ctx, id, manageToken).catch(() => undefined);
  }
  return results;
}

export { CLAUSES };
