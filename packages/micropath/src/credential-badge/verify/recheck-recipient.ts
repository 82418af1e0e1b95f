/**
 * The report again with the recipient checked against what the visitor typed (no lookups).
 * Apart from the verifier, so that a page whose badges are verified in the worker checks a
 * recipient without loading the verifier itself.
 */
import type { VerificationReport } from '../../core/models/credential.ts';
import { buildReport } from './verdict.ts';
import { checkRecipient } from './recipient.ts';
import type { Verified } from './verify-credential.ts';

export async function recheckRecipient(
  verified: Verified,
  typed: string,
  now?: Date,
): Promise<VerificationReport> {
  const checks = verified.report.checks.filter((c) => c.id !== 'recipient');
  checks.push(await checkRecipient(verified.view.recipient, typed));
  // Recipient checks never change the verdict; keep the one the proof and status earned.
  return buildReport(checks, now, verified.report.verdict);
}
