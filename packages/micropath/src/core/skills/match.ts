/**
 * Which of a listing's skill requirements an applicant's credentials show, and how. The tiers
 * run in a fixed order and the first that finds a claim decides, recording which it was:
 *
 *  1. `uri`: the requirement's concept URI is the claim's (`conceptKey`: ESCO's http/https,
 *     trailing slash, portal links and bare UUIDs compare equal);
 *  2. `code`: the same framework (`frameworkKey`) and the same code;
 *  3. `label`: the requirement's label or an alternative label is the claim's label, as words
 *     (`labelKey`: Unicode-normalised, no case, accents or punctuation, simple plurals);
 *  4. `token`: the two labels share most of their meaningful words (`contentWords`: at least
 *     half of the words of both together). Only ever **possible**: a human reads it, it is
 *     never counted as met.
 *
 * Only a credential that verified and is bound to the applicant counts. One that did not (its
 * verdict, or "not shown to be yours") is still named as evidence of a missing skill, so the
 * page can say why it did not count. The same code runs in the browser and on the server.
 */
import type { Verdict } from '../models/index.ts';
import type { SkillClaim } from './claims.ts';
import { conceptKey, contentWords, frameworkKey, labelKey } from './normalize.ts';
import type { SkillRef, SkillRequirement } from './skill-ref.ts';

import { MATCH_TIERS, type MatchStatus, type MatchTier } from './match-terms.ts';

export { MATCH_STATUSES, MATCH_TIERS, type MatchStatus, type MatchTier } from './match-terms.ts';

/** A credential as the matcher sees it: its verdict, its tie to the applicant, its claims. */
export interface CredentialClaims {
  /** The credential's id, or a name the page gave it (a file name). */
  credentialId: string;
  /** The achievement's name, for "in ‘Data Analysis Fundamentals’". */
  name?: string;
  /** The issuer's name. */
  issuer?: string;
  verdict: Verdict;
  /** Whether it is shown to be the applicant's (see DESIGN: holder binding). */
  bound: boolean;
  claims: readonly SkillClaim[];
}

export interface SkillEvidence {
  via: MatchTier;
  credentialId: string;
  name?: string;
  issuer?: string;
  /** Where in the credential the skill is stated. */
  path: string;
  verdict: Verdict;
  bound: boolean;
  level?: string;
}

export interface RequirementReport extends Partial<SkillEvidence> {
  requirement: SkillRequirement;
  status: MatchStatus;
}

export interface MatchReport {
  requirements: RequirementReport[];
  /** Required skills met, of all required: "3 of 4 required skills shown". */
  required: { met: number; total: number };
}

const counts = (credential: CredentialClaims) =>
  credential.verdict === 'verified' && credential.bound;

/** A skill as stated somewhere (a credential's claim, a mentor's profile). */
export type StatedSkill = Omit<SkillClaim, 'path' | 'level'>;
type Test = (requirement: SkillRef, claim: StatedSkill) => boolean;

const TESTS: Record<MatchTier, Test> = {
  uri: (requirement, claim) => {
    const wanted = conceptKey(requirement.id);
    return wanted !== undefined && wanted === conceptKey(claim.id);
  },
  code: (requirement, claim) => {
    const framework = frameworkKey(requirement.framework);
    return (
      framework !== undefined &&
      requirement.code !== undefined &&
      framework === frameworkKey(claim.framework) &&
      requirement.code.trim().toLowerCase() === claim.code?.trim().toLowerCase()
    );
  },
  label: (requirement, claim) => {
    if (!claim.label) return false;
    const given = labelKey(claim.label);
    return [requirement.label, ...(requirement.altLabels ?? [])].some(
      (label) => labelKey(label) === given && given !== '',
    );
  },
  token: (requirement, claim) =>
    claim.label !== undefined &&
    [requirement.label, ...(requirement.altLabels ?? [])].some((label) =>
      overlapping(label, claim.label!),
    ),
};

/**
 * The first of `tiers` by which `stated` names the skill `wanted` asks for, or undefined. The
 * same tests as `matchSkills`, for comparing skills outside credentials (a mentor's profile).
 */
export function tierOf(
  wanted: SkillRef,
  stated: StatedSkill,
  tiers: readonly MatchTier[] = MATCH_TIERS,
): MatchTier | undefined {
  return tiers.find((tier) => TESTS[tier](wanted, stated));
}

/** At least half of the two labels' meaningful words, together, are shared. */
function overlapping(a: string, b: string): boolean {
  const left = contentWords(a);
  const right = contentWords(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  const all = new Set([...left, ...right]).size;
  return shared > 0 && shared / all >= 0.5;
}

function find(
  requirement: SkillRequirement,
  credentials: readonly CredentialClaims[],
  tiers: readonly MatchTier[],
): SkillEvidence | undefined {
  for (const via of tiers) {
    for (const credential of credentials) {
      const claim = credential.claims.find((c) => TESTS[via](requirement, c));
      if (!claim) continue;
      const evidence: SkillEvidence = {
        via,
        credentialId: credential.credentialId,
        path: claim.path,
        verdict: credential.verdict,
        bound: credential.bound,
      };
      if (credential.name) evidence.name = credential.name;
      if (credential.issuer) evidence.issuer = credential.issuer;
      if (claim.level) evidence.level = claim.level;
      return evidence;
    }
  }
  return undefined;
}

const EXACT: readonly MatchTier[] = ['uri', 'code', 'label'];

/** One report per requirement, in the listing's order. */
export function matchSkills(
  requirements: readonly SkillRequirement[],
  credentials: readonly CredentialClaims[],
): MatchReport {
  const counting = credentials.filter(counts);
  const other = credentials.filter((credential) => !counts(credential));
  const reports = requirements.map((requirement): RequirementReport => {
    const met = find(requirement, counting, EXACT);
    if (met) return { requirement, status: 'met', ...met };
    const possible = find(requirement, counting, ['token']);
    if (possible) return { requirement, status: 'possible', ...possible };
    // Shown by a credential that does not count: named, so the page can say why.
    const shown = find(requirement, other, MATCH_TIERS);
    return { requirement, status: 'missing', ...shown };
  });
  const required = reports.filter((r) => r.requirement.importance === 'required');
  return {
    requirements: reports,
    required: {
      met: required.filter((r) => r.status === 'met').length,
      total: required.length,
    },
  };
}
