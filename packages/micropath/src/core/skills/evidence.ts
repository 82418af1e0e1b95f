/**
 * From a verified credential to what the matcher reads, and from the matcher's report to what
 * an application receipt carries. Shared by the page and the server, which each verify with
 * the badge's own verifier and then call these.
 */
import type { CredentialView, VerificationReport } from '../models/credential.ts';
import type { PresentedCredential, SkillReport } from '../models/listing.ts';
import { claimsOf, credentialDocument, type SkillClaim } from './claims.ts';
import type { CredentialClaims, MatchReport } from './match.ts';

/**
 * The claims of a credential its verifier has read. The credential's own JSON is read first
 * (it says where each skill is); an OB 2.0 hosted assertion names its badge class by URL, so
 * its alignments and tags come from the badge class the verifier fetched.
 */
function claimsFrom(raw: unknown, view: CredentialView): SkillClaim[] {
  const document = credentialDocument(raw);
  const own = claimsOf(document);
  if (own.length || (document && typeof document.badge === 'object')) return own;
  return [
    ...view.alignments.map((a, i) => {
      const claim: SkillClaim = { label: a.name, path: `badge.alignment[${i}]` };
      if (a.url) claim.id = a.url;
      if (a.framework) claim.framework = a.framework;
      if (a.code) claim.code = a.code;
      return claim;
    }),
    ...view.tags.map((label, i) => ({ label, path: `badge.tags[${i}]` })),
  ];
}

/**
 * A verified credential as the matcher sees it. It is the applicant's when its recipient is
 * the e-mail they gave (the verifier's recipient check passed).
 */
export function credentialClaims(
  raw: unknown,
  verified: { view: CredentialView; report: VerificationReport },
  fallbackId: string,
): CredentialClaims {
  const { view, report } = verified;
  const claims: CredentialClaims = {
    credentialId: view.id ?? fallbackId,
    verdict: report.verdict,
    bound: report.checks.some((c) => c.id === 'recipient' && c.status === 'pass'),
    claims: claimsFrom(raw, view),
  };
  if (view.name) claims.name = view.name;
  if (view.issuer.name) claims.issuer = view.issuer.name;
  return claims;
}

/**
 * The same credentials with ids that tell them apart: a credential shown twice, or a forged
 * copy keeping the original's id, is "<id> (2)" the second time, so a report never names one
 * for the other.
 */
export function distinctIds(credentials: readonly CredentialClaims[]): CredentialClaims[] {
  const seen = new Map<string, number>();
  return credentials.map((credential) => {
    const times = (seen.get(credential.credentialId) ?? 0) + 1;
    seen.set(credential.credentialId, times);
    return times === 1
      ? credential
      : { ...credential, credentialId: `${credential.credentialId} (${times})` };
  });
}

/** What a receipt says of each credential shown. */
export const presented = (credential: CredentialClaims): PresentedCredential => {
  const shown: PresentedCredential = {
    credentialId: credential.credentialId,
    verdict: credential.verdict,
    bound: credential.bound,
  };
  if (credential.name) shown.name = credential.name;
  if (credential.issuer) shown.issuer = credential.issuer;
  return shown;
};

/** The match report as a receipt carries it: one flat line per requirement. */
export function skillReports(report: MatchReport): {
  required: MatchReport['required'];
  requirements: SkillReport[];
} {
  return {
    required: report.required,
    requirements: report.requirements.map(
      ({ requirement, name: _name, issuer: _issuer, ...found }) => {
        const line: SkillReport = {
          label: requirement.label,
          importance: requirement.importance,
          ...found,
        };
        if (requirement.id) line.id = requirement.id;
        return line;
      },
    ),
  };
}
