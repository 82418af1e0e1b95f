/**
 * Verifies an Open Badges 2.0 hosted assertion: the issuer still hosts it at its `id`
 * (`410 Gone` means revoked), the presented copy equals the hosted one in every field, and the
 * `id` lies in the issuer's scope (its origin, or its declared `allowedOrigins` /
 * `startsWith`). What the visitor sees is always the issuer's hosted copy when there is one
 * (OB 2.0 §Hosted verification): a presented copy that differs anywhere (evidence, narrative,
 * anything) is invalid and its content is never shown as the issuer's. Also fetches the badge
 * class and issuer profile for display. Every lookup goes through `fetch`, so a page can route
 * them through a proxy.
 */
import { msg, str } from '@lit/localize';
import { check, REVOKED, type CheckResult } from './verdict.ts';
import { validityCheck } from './checks.ts';
import { dateOf, fetchJson, obj, type Json } from '../json-values.ts';

export interface HostedLookup {
  fetch(url: string): Promise<Response>;
  now?: Date;
}

export interface HostedResult {
  checks: CheckResult[];
  /** The issuer's hosted copy of the assertion, to show instead of the presented one. */
  hosted?: Json;
  badge?: Json;
  issuer?: Json;
}

/** JSON with object keys in order, so two copies compare by content, not by key order. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((value as Json)[k])}`)
          .join(',')}}`
      : JSON.stringify(value ?? null);

/** The top-level fields in which two copies of an assertion differ. */
const differences = (a: Json, b: Json): string[] =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (field) => canonical(a[field]) !== canonical(b[field]),
  );

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

const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';

/**
 * Why an OB 2.0 assertion is not one (OB 2.0 §Assertion): its `@context` must be the Open
 * Badges 2.0 context, its `type` must be `Assertion`, and its image (if any) a link;
 * undefined when all hold.
 */
export function ob2FormatProblem(assertion: Json): CheckResult | undefined {
  if (![assertion['@context']].flat().includes(OB2_CONTEXT))
    return check('format', 'fail', () =>
      msg(str`An Open Badges 2.0 assertion must use the context ${OB2_CONTEXT}.`),
    );
  if (![assertion.type].flat().includes('Assertion'))
    return check('format', 'fail', () =>
      msg('An Open Badges 2.0 assertion must have the type Assertion.'),
    );
  // Data URIs are allowed for a badge class's image, not an assertion's (1EdTech validator).
  const image = typeof assertion.image === 'string' ? assertion.image : obj(assertion.image)?.id;
  if (typeof image === 'string' && /^data:/i.test(image))
    return check('format', 'fail', () =>
      msg('An Open Badges 2.0 assertion’s image must be a link, not embedded data.'),
    );
  return undefined;
}

export async function verifyOb2Hosted(
  assertion: Json,
  lookup: HostedLookup,
): Promise<HostedResult> {
  const checks: CheckResult[] = [];
  const problem = ob2FormatProblem(assertion);
  if (problem) return { checks: [problem] };
  const id = typeof assertion.id === 'string' ? assertion.id : '';
  if (!/^https?:\/\//i.test(id)) {
    return {
      checks: [
        check('format', 'fail', () =>
          msg('A hosted badge must have the web address it is hosted at as its id.'),
        ),
      ],
    };
  }
  checks.push(check('format', 'pass', () => msg('An Open Badges 2.0 hosted assertion.')));

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
    checks.push(
      check('proof', 'unknown', () => msg('The issuer’s copy of this badge could not be reached.')),
    );
    return { checks, ...(badge ? { badge } : {}), ...(issuer ? { issuer } : {}) };
  }
  if (hosted.status === 410) {
    checks.push(check('proof', 'pass', () => msg('The issuer hosts this badge’s address.')));
    checks.push(
      check('status', 'fail', () => msg('The issuer has revoked this badge (410 Gone).'), REVOKED),
    );
  } else if (!hosted.body) {
    const status = hosted.status;
    checks.push(
      check('proof', 'fail', () =>
        msg(str`The issuer no longer hosts this badge (HTTP ${status}).`),
      ),
    );
  } else {
    const differing = differences(hosted.body, assertion);
    const fields = differing.slice(0, 8).join(', ');
    checks.push(
      differing.length
        ? check('proof', 'fail', () =>
            msg(
              str`The issuer’s copy differs in ${fields}: this copy was changed, and what is shown is the issuer’s copy.`,
            ),
          )
        : check('proof', 'pass', () => msg('The issuer hosts an identical copy of this badge.')),
    );
    if (hosted.body.revoked === true) {
      checks.push(
        check('status', 'fail', () => msg('The issuer has revoked this badge.'), REVOKED),
      );
    }
  }
  checks.push(
    inIssuerScope(id, issuer)
      ? check('issuer-key', 'pass', () =>
          msg('The badge is hosted where its issuer says its badges live.'),
        )
      : issuer
        ? check('issuer-key', 'fail', () =>
            msg('The badge is hosted outside its issuer’s web addresses.'),
          )
        : check('issuer-key', 'unknown', () => msg('The issuer’s profile could not be read.')),
  );
  const shown = hosted.body ?? assertion;
  checks.push(
    validityCheck(dateOf(shown.issuedOn), dateOf(shown.expires), lookup.now ?? new Date()),
  );
  return {
    checks,
    ...(hosted.body ? { hosted: hosted.body } : {}),
    ...(badge ? { badge } : {}),
    ...(issuer ? { issuer } : {}),
  };
}
