/**
 * The verification pipeline, in DESIGN.md's order: format → schema → proof → issuer key →
 * status → validity → issuer trust → recipient. Returns what to show (the CredentialView)
 * and how far to trust it (the report). Loaded lazily by the badge element.
 *
 * Embedded Data Integrity proofs load their own chunk (JSON-LD processing) only when a
 * credential carries one.
 */
import { msg } from '@lit/localize';
import { AdapterError } from '../../core/errors.ts';
import type { CredentialView, VerificationReport } from '../../core/models/credential.ts';
import { detectFormat, type Detected } from '../bake/detect-format.ts';
import { toCredentialView, type ResolvedParts } from '../credential-view.ts';
import { buildReport, check, type CheckResult } from './verdict.ts';
import { reasonOf } from '../reasons.ts';
import { requireJson, type Json } from '../json-values.ts';
import type { ProofLookup } from './data-integrity.ts';
import { verifyVcJwt } from './vc-jwt.ts';
import { credentialValidity } from './checks.ts';
import { verifyOb2Hosted } from './ob2-hosted.ts';
import { verifyOb2Signed } from './ob2-signed.ts';
import { checkStatus } from './status-list.ts';
import { checkRecipient, heldBy, subjectIds } from './recipient.ts';

export interface VerifyOptions {
  /** Every lookup (keys, hosted copies, status lists) goes through this, e.g. a CORS proxy. */
  fetch(url: string): Promise<Response>;
  /** Issuer ids or origins the page trusts; unknown issuers are a warning. */
  trustedIssuers?: readonly string[];
  /** An identity the visitor typed, to check against the recipient. */
  recipient?: string;
  /**
   * The DID that signed the presentation this credential came in (see presentation.ts): a
   * credential whose subject is that DID is the presenter's own, whatever `recipient` says.
   */
  holder?: string;
  now?: Date;
}

export interface Verified {
  view: CredentialView;
  report: VerificationReport;
}

function trustCheck(
  issuerId: string | undefined,
  trusted: readonly string[] | undefined,
): CheckResult {
  if (!trusted?.length)
    return check('issuer-trust', 'skip', () => msg('This page lists no trusted issuers.'));
  const origin = issuerId && /^https?:/.test(issuerId) ? new URL(issuerId).origin : undefined;
  const known = trusted.some(
    (t) => t === issuerId || (origin !== undefined && t.replace(/\/+$/, '') === origin),
  );
  return known
    ? check('issuer-trust', 'pass', () => msg('The issuer is on this page’s trusted list.'))
    : check('issuer-trust', 'warn', () => msg('This issuer is not on this page’s trusted list.'));
}

async function proofChecks(
  detected: Detected,
  options: VerifyOptions,
): Promise<{ checks: CheckResult[]; resolved: ResolvedParts; shown?: Detected }> {
  // One verification reads each document once, though a key and its issuer may both need it.
  const documents = new Map<string, Promise<Json>>();
  const fetchJson = (url: string) => {
    if (!documents.has(url)) documents.set(url, requireJson(options, url));
    return documents.get(url)!;
  };
  const lookup = { fetch: options.fetch, fetchJson, ...(options.now ? { now: options.now } : {}) };
  switch (detected.format) {
    case 'ob3-jwt':
      return {
        checks: await verifyVcJwt(detected.jws!, detected.credential, lookup),
        resolved: {},
      };
    case 'ob2-signed': {
      const { checks, badge, issuer } = await verifyOb2Signed(
        detected.jws!,
        detected.credential,
        lookup,
      );
      return { checks, resolved: { ...(badge ? { badge } : {}), ...(issuer ? { issuer } : {}) } };
    }
    case 'ob2-hosted': {
      const { checks, badge, issuer, hosted } = await verifyOb2Hosted(detected.credential, lookup);
      return {
        checks,
        resolved: { ...(badge ? { badge } : {}), ...(issuer ? { issuer } : {}) },
        // The issuer's copy is what the visitor sees, never a presented copy that differs.
        ...(hosted ? { shown: { ...detected, credential: hosted } } : {}),
      };
    }
    default:
      return { checks: await embeddedProofChecks(detected.credential, lookup), resolved: {} };
  }
}

/** OB 3.0 JSON: its embedded proof, checked by the lazily loaded Data Integrity verifier. */
async function embeddedProofChecks(credential: Json, lookup: ProofLookup): Promise<CheckResult[]> {
  const validity = credentialValidity(credential, lookup.now ?? new Date());
  if (!credential.proof)
    return [
      check('format', 'pass', () => msg('An Open Badges 3.0 credential.')),
      check('proof', 'fail', () => msg('The credential carries no proof.')),
      validity,
    ];
  try {
    const { verifyDataIntegrity } = await import('./data-integrity.ts');
    return await verifyDataIntegrity(credential, lookup);
  } catch {
    return [
      check('format', 'pass', () => msg('An Open Badges 3.0 credential with an embedded proof.')),
      check('proof', 'unknown', () => msg('The proof checker could not be loaded.')),
      validity,
    ];
  }
}

export async function verifyCredential(raw: unknown, options: VerifyOptions): Promise<Verified> {
  let detected: Detected;
  try {
    detected = detectFormat(raw);
  } catch (error) {
    throw AdapterError.from(error);
  }
  const { checks, resolved, shown } = await proofChecks(detected, options);
  let view: CredentialView;
  try {
    view = toCredentialView(shown ?? detected, resolved);
    checks.push(check('schema', 'pass', () => msg('The credential has everything a badge needs.')));
  } catch (error) {
    checks.push(check('schema', 'fail', reasonOf(error)));
    view = {
      format: detected.format,
      name: msg('Unreadable credential'),
      issuer: { name: msg('Unknown issuer') },
      alignments: [],
      tags: [],
      evidence: [],
      results: [],
    };
  }
  if (!checks.some((c) => c.id === 'status'))
    checks.push(await checkStatus(detected.credential, options));
  checks.push(trustCheck(view.issuer.id, options.trustedIssuers));
  checks.push(
    options.holder && subjectIds(detected.credential).includes(options.holder)
      ? heldBy(options.holder)
      : await checkRecipient(view.recipient, options.recipient),
  );
  return { view, report: buildReport(checks, options.now) };
}

export { recheckRecipient } from './recheck-recipient.ts';
