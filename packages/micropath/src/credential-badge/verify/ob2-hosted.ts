/**
 * Verifies an Open Badges 2.0 hosted assertion: the issuer still hosts it at its `id`
 * (`410 Gone` means revoked), the hosted copy matches the one shown, and the `id` lies in the
 * issuer's scope (its origin, or its declared `allowedOrigins` / `startsWith`). Also fetches
 * the badge class and issuer profile for display. Every lookup goes through `fetch`, so a
 * page can route them through a proxy.
 */
import { REVOKED, type CheckResult } from './verdict.ts';
import { validityCheck } from './checks.ts';
import { dateOf, fetchJson, obj, type Json } from '../json-values.ts';

export interface HostedLookup {
  fetch(url: string): Promise<Response>;
  now?: Date;
}

export interface HostedResult {
  checks: CheckResult[];
  badge?: Json;
  issuer?: Json;
}

/** The fields that must agree between the presented and the hosted assertion. */
const KEY_FIELDS = ['id', 'recipient', 'badge', 'issuedOn', 'expires'] as const;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function inIssuerScope(assertionId: string, issuer: Json | undefined): boolean {
  if (!issuer) return false;
  const verification = obj(issuer.verification);
  const allowed = [verification?.allowedOrigins]
    .flat()
    .filter((o): o is string => typeof o === 'string');
  const prefixes = [verification?.startsWith]
    .flat()
    .filter((p): p is string => typeof p === 'string');
  const origin = new URL(assertionId).origin;
  if (allowed.length || prefixes.length) {
    return (
      allowed.some((o) => origin === o || new URL(assertionId).host === o) ||
      prefixes.some((p) => assertionId.startsWith(p))
    );
  }
  const issuerOrigins = [issuer.id, issuer.url]
    .filter((u): u is string => typeof u === 'string' && /^https?:/.test(u))
    .map((u) => new URL(u).origin);
  return issuerOrigins.includes(origin);
}

export async function verifyOb2Hosted(
  assertion: Json,
  lookup: HostedLookup,
): Promise<HostedResult> {
  const checks: CheckResult[] = [];
  const id = typeof assertion.id === 'string' ? assertion.id : '';
  if (!/^https?:\/\//i.test(id)) {
    return {
      checks: [
        {
          id: 'format',
          status: 'fail',
          message: 'A hosted badge must have the web address it is hosted at as its id.',
        },
      ],
    };
  }
  checks.push({ id: 'format', status: 'pass', message: 'An Open Badges 2.0 hosted assertion.' });

  let badge = obj(assertion.badge);
  let issuer: Json | undefined;
  try {
    if (!badge && typeof assertion.badge === 'string')
      badge = (await fetchJson(lookup, assertion.badge)).body;
    issuer =
      obj(badge?.issuer) ??
      (typeof badge?.issuer === 'string'
        ? (await fetchJson(lookup, badge.issuer)).body
        : undefined);
  } catch {
    // Display falls back to what the assertion itself says; the proof below decides.
  }

  let hosted: { status: number; body?: Json };
  try {
    hosted = await fetchJson(lookup, id);
  } catch {
    checks.push({
      id: 'proof',
      status: 'unknown',
      message: 'The issuer’s copy of this badge could not be reached.',
    });
    return { checks, ...(badge ? { badge } : {}), ...(issuer ? { issuer } : {}) };
  }
  if (hosted.status === 410) {
    checks.push({ id: 'proof', status: 'pass', message: 'The issuer hosts this badge’s address.' });
    checks.push({
      id: 'status',
      status: 'fail',
      message: 'The issuer has revoked this badge (410 Gone).',
      reason: REVOKED,
    });
  } else if (!hosted.body) {
    checks.push({
      id: 'proof',
      status: 'fail',
      message: `The issuer no longer hosts this badge (HTTP ${hosted.status}).`,
    });
  } else {
    const differing = KEY_FIELDS.filter((field) => !same(hosted.body![field], assertion[field]));
    checks.push(
      differing.length
        ? {
            id: 'proof',
            status: 'fail',
            message: `The issuer’s copy differs in ${differing.join(', ')}: this copy may have been changed.`,
          }
        : {
            id: 'proof',
            status: 'pass',
            message: 'The issuer hosts an identical copy of this badge.',
          },
    );
    if (hosted.body.revoked === true) {
      checks.push({
        id: 'status',
        status: 'fail',
        message: 'The issuer has revoked this badge.',
        reason: REVOKED,
      });
    }
  }
  checks.push(
    inIssuerScope(id, issuer)
      ? {
          id: 'issuer-key',
          status: 'pass',
          message: 'The badge is hosted where its issuer says its badges live.',
        }
      : issuer
        ? {
            id: 'issuer-key',
            status: 'fail',
            message: 'The badge is hosted outside its issuer’s web addresses.',
          }
        : {
            id: 'issuer-key',
            status: 'unknown',
            message: 'The issuer’s profile could not be read.',
          },
  );
  checks.push(
    validityCheck(dateOf(assertion.issuedOn), dateOf(assertion.expires), lookup.now ?? new Date()),
  );
  return { checks, ...(badge ? { badge } : {}), ...(issuer ? { issuer } : {}) };
}
