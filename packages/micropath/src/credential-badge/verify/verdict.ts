/**
 * The verdict of a verification from its ordered checks (DESIGN.md; docs/decisions.md, "What
 * Verified means"), first match wins:
 * 1. `invalid`: the format, the contents or any proof fails, or the signing key is shown not
 *    to be the issuer's;
 * 2. `revoked`: a status list the issuer signed says so;
 * 3. `expired`: the validity window has passed or not begun (shown as "Not valid yet");
 * 4. `unverified`: a proof, the key's tie to the issuer or the status could not be checked;
 * 5. `verified`: everything else, which is every proof holding with a key the issuer's own
 *    documents tie to it, nothing saying it is revoked, inside its validity window.
 * An issuer missing from the page's trusted list is a warning beside the verdict.
 *
 * Every message is translated when read (see ../reasons.ts), so a report shows the page's
 * current language; `JSON.stringify` and spreads read it as plain text.
 */
import {
  CHECK_IDS,
  type CheckId,
  type CheckStatus,
  type Verdict,
  type VerificationCheck,
  type VerificationReport,
} from '../../core/models/credential.ts';
import { withMessage, type Reason } from '../reasons.ts';

/** Set on the `status` check when a status list marks the credential revoked. */
export const REVOKED = 'revoked';

export interface CheckResult extends VerificationCheck {
  /** Why, for the verdict: `revoked` on a status check whose list says so. */
  reason?: typeof REVOKED;
}

/** A check whose message is `reason()`, in the language of the moment it is read. */
export const check = (
  id: CheckId,
  status: CheckStatus,
  reason: Reason,
  why?: typeof REVOKED,
): CheckResult => withMessage({ id, status, ...(why ? { reason: why } : {}) }, reason);

const ORDER = new Map<CheckId, number>(CHECK_IDS.map((id, index) => [id, index]));

export function decideVerdict(checks: readonly CheckResult[]): Verdict {
  const status = (id: CheckId): CheckStatus | undefined => checks.find((c) => c.id === id)?.status;
  if (['format', 'schema', 'proof', 'issuer-key'].some((id) => status(id as CheckId) === 'fail'))
    return 'invalid';
  if (checks.some((c) => c.id === 'status' && c.status === 'fail' && c.reason === REVOKED))
    return 'revoked';
  if (status('validity') === 'fail') return 'expired';
  if (status('proof') !== 'pass' || status('issuer-key') !== 'pass') return 'unverified';
  const credentialStatus = status('status');
  if (credentialStatus === 'unknown' || credentialStatus === 'fail') return 'unverified';
  return 'verified';
}

/** The report: checks in their fixed order, the verdict, and warnings shown beside it. */
export function buildReport(
  checks: readonly CheckResult[],
  checkedAt = new Date(),
  verdict = decideVerdict(checks),
): VerificationReport {
  const ordered = [...checks].sort((a, b) => (ORDER.get(a.id) ?? 99) - (ORDER.get(b.id) ?? 99));
  const shown = ordered.map((c) => withMessage({ id: c.id, status: c.status }, () => c.message));
  return {
    verdict,
    checks: shown,
    checkedAt: checkedAt.toISOString(),
    get warnings() {
      return shown
        .filter((c) => c.id === 'issuer-trust' && c.status === 'warn')
        .map((c) => c.message);
    },
  };
}
