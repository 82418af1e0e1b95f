/**
 * Verifies an Open Badges 2.0 signed assertion (a JWS): the signing key named by
 * `verification.creator` must be listed by the issuer profile and owned by the issuer, the
 * signature must hold with it, and the issuer's revocation list must not name the assertion.
 * Lookups go through `fetch`; one that fails leaves the result `unknown`.
 */
import { msg } from '@lit/localize';
import { compactVerify, decodeProtectedHeader, importSPKI } from 'jose';
import { check, type CheckResult } from './verdict.ts';
import { keyNotFound, notOnRevocationList, revokedByIssuer, validityCheck } from './checks.ts';
import { failure } from '../reasons.ts';
import { assertUsableKey, UnusableKeyReference, unusableKeyChecks } from './key-reference.ts';
import { JWS_ALGORITHMS } from './jws-algorithms.ts';
import { ob2FormatProblem } from './ob2-hosted.ts';
import { dateOf, obj, parseJson, requireJson, type Json } from '../json-values.ts';

export interface SignedLookup {
  fetch(url: string): Promise<Response>;
  now?: Date;
}

export interface SignedResult {
  checks: CheckResult[];
  badge?: Json;
  issuer?: Json;
}

const ids = (value: unknown): string[] =>
  [value]
    .flat()
    .flatMap((v) =>
      typeof v === 'string' ? [v] : typeof obj(v)?.id === 'string' ? [obj(v)!.id as string] : [],
    );

export async function verifyOb2Signed(
  jws: string,
  assertion: Json,
  lookup: SignedLookup,
): Promise<SignedResult> {
  const problem = ob2FormatProblem(assertion);
  if (problem) return { checks: [problem] };
  const checks: CheckResult[] = [
    check('format', 'pass', () => msg('An Open Badges 2.0 signed assertion.')),
  ];
  const creator = String(obj(assertion.verification)?.creator ?? '');
  let badge: Json | undefined;
  let issuer: Json | undefined;
  let key: Json;
  try {
    badge = obj(assertion.badge) ?? (await requireJson(lookup, String(assertion.badge)));
    issuer = obj(badge.issuer) ?? (await requireJson(lookup, String(badge.issuer)));
    if (!creator)
      throw failure('invalid-response', () =>
        msg('The assertion names no signing key (verification.creator).'),
      );
    assertUsableKey(creator);
    key = await requireJson(lookup, creator);
  } catch (error) {
    checks.push(
      ...(error instanceof UnusableKeyReference ? unusableKeyChecks(error) : keyNotFound(error)),
    );
    return { checks, ...(badge ? { badge } : {}), ...(issuer ? { issuer } : {}) };
  }
  const listed =
    ids(issuer.publicKey).includes(creator) || ids(issuer.publicKey).includes(String(key.id));
  const owned = key.owner === issuer.id;
  checks.push(
    listed && owned
      ? check('issuer-key', 'pass', () =>
          msg('The signing key is listed by the issuer and owned by it.'),
        )
      : check('issuer-key', 'fail', () =>
          msg(
            'The signing key is not the issuer’s: it is not listed by, or not owned by, the issuer.',
          ),
        ),
  );
  try {
    const alg = String(decodeProtectedHeader(jws).alg ?? 'RS256');
    if (!JWS_ALGORITHMS.includes(alg)) throw new Error(`${alg} is not an asymmetric algorithm`);
    const publicKey = await importSPKI(String(key.publicKeyPem ?? ''), alg);
    const { payload } = await compactVerify(jws, publicKey, { algorithms: [...JWS_ALGORITHMS] });
    const signed = obj(parseJson(new TextDecoder().decode(payload)));
    checks.push(
      signed?.id === assertion.id
        ? check('proof', 'pass', () => msg('The signature matches the assertion.'))
        : check('proof', 'fail', () => msg('The signed assertion differs from the one shown.')),
    );
  } catch {
    checks.push(
      check('proof', 'fail', () =>
        msg('The signature does not match: the assertion may have been changed.'),
      ),
    );
    return { checks, badge, issuer };
  }
  if (typeof issuer.revocationList === 'string') {
    try {
      const list = await requireJson(lookup, issuer.revocationList);
      const entries = [list.revokedAssertions].flat();
      const hit = entries.find((e) => e === assertion.id || obj(e)?.id === assertion.id);
      checks.push(hit ? revokedByIssuer(obj(hit)?.revocationReason) : notOnRevocationList());
    } catch {
      checks.push(
        check('status', 'unknown', () =>
          msg(
            'The issuer’s revocation list could not be reached, so revocation could not be checked.',
          ),
        ),
      );
    }
  } else {
    checks.push(check('status', 'skip', () => msg('The issuer publishes no revocation list.')));
  }
  checks.push(
    validityCheck(dateOf(assertion.issuedOn), dateOf(assertion.expires), lookup.now ?? new Date()),
  );
  return { checks, badge, issuer };
}
