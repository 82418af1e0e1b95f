/**
 * CLR 2.0 envelopes. A Comprehensive Learner Record is a credential (`ClrCredential`) that
 * holds other credentials in `credentialSubject.verifiableCredential[]`, usually Open Badges
 * 3.0 `AchievementCredential`s, each signed by its own issuer. The envelope is verified, then
 * each credential it holds on its own, by the caller's verifier (the page and the server each
 * pass theirs, with their lookups); any other credential is an envelope that holds nothing.
 * No DOM: the same code runs in the browser and on a server.
 */
import type { CredentialView, Verdict, VerificationReport } from '../models/credential.ts';
import { credentialDocument, heldCredentials } from './claims.ts';
import { credentialClaims } from './evidence.ts';
import type { CredentialClaims } from './match.ts';

/** What a verifier says of one credential (the badge's `verifyCredential` answers this). */
export interface Verification {
  view: CredentialView;
  report: VerificationReport;
}

/** A credential the envelope holds, and what the verifier said of it on its own. */
export interface HeldCredential {
  raw: unknown;
  /** Where the envelope holds it: `credentialSubject.verifiableCredential[1]`. */
  path: string;
  /** Undefined when the verifier could not read it at all, or it was past `MAX_HELD`. */
  verified?: Verification;
  /** Not verified: the envelope holds more than `MAX_HELD`. */
  skipped?: boolean;
}

/** A credential verified with each credential it holds (none unless it is a CLR). */
export interface CheckedEnvelope {
  raw: unknown;
  verified: Verification;
  held: HeldCredential[];
}

/**
 * At most this many held credentials are verified, each with its own lookups (keys, status
 * lists); those after them are listed, unverified, and count for nothing.
 */
export const MAX_HELD = 20;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isClr = (document: Json | undefined) =>
  [document?.type].flat().some((type) => type === 'ClrCredential');

/** The subject's id when the credential has exactly one subject and it has an id. */
function soleSubjectId(document: Json | undefined): string | undefined {
  const subject = document?.credentialSubject;
  if (!isObject(subject)) return undefined;
  return typeof subject.id === 'string' && subject.id.trim() ? subject.id.trim() : undefined;
}

/**
 * Verifies a credential and, when it is a CLR 2.0 envelope, each credential it holds on its
 * own. Throws as `verify` does when the credential itself cannot be read; a held credential
 * that cannot be read is kept, without a verification.
 */
export async function verifyEnvelope(
  raw: unknown,
  verify: (raw: unknown) => Promise<Verification>,
): Promise<CheckedEnvelope> {
  const verified = await verify(raw);
  const document = credentialDocument(raw);
  const places = isClr(document) ? heldCredentials(document) : [];
  const held = await Promise.all(
    places.map(async ({ credential, path }, i): Promise<HeldCredential> => {
      if (i >= MAX_HELD) return { raw: credential, path, skipped: true };
      try {
        return { raw: credential, path, verified: await verify(credential) };
      } catch {
        return { raw: credential, path };
      }
    }),
  );
  return { raw, verified, held };
}

// Worst last: a held credential is shown with the worse of its own verdict and its envelope's.
const SEVERITY: readonly Verdict[] = ['verified', 'expired', 'unverified', 'revoked', 'invalid'];
const worse = (a: Verdict, b: Verdict) => (SEVERITY.indexOf(a) >= SEVERITY.indexOf(b) ? a : b);

/**
 * A held credential as the matcher sees it. Its claims count only when it verifies and its
 * envelope verifies too: its verdict is the worse of the two, so a well-signed credential
 * inside a tampered envelope is shown invalid (as it was shown). It is the applicant's when
 *
 *  - its own recipient is the e-mail they gave (its recipient check passed), or
 *  - it names no recipient of its own, the envelope is the applicant's, and its subject's `id`
 *    is the envelope's subject's `id` (both single subjects with a non-empty id): the CLR's
 *    issuer signed that the credential belongs to the subject it vouches for.
 *
 * A credential that names someone else is never the applicant's, whatever its subject id.
 */
function heldClaims(
  held: HeldCredential,
  envelope: CredentialClaims,
  envelopeSubject?: string,
): CredentialClaims {
  const fallbackId = `${envelope.credentialId}#${held.path}`;
  if (!held.verified) {
    const verdict: Verdict = held.skipped ? 'unverified' : 'invalid';
    return { credentialId: fallbackId, verdict, bound: false, claims: [] };
  }
  const own = credentialClaims(held.raw, held.verified, fallbackId);
  const subject = soleSubjectId(credentialDocument(held.raw));
  const namesNoOne = !held.verified.view.recipient?.identity;
  const bound =
    own.bound ||
    (namesNoOne && envelope.bound && subject !== undefined && subject === envelopeSubject);
  return {
    ...own,
    verdict: worse(own.verdict, envelope.verdict),
    bound,
    claims: own.claims.map((claim) => ({ ...claim, path: `${held.path}.${claim.path}` })),
  };
}

/**
 * What the matcher reads of a checked credential: the credential itself first (its own
 * claims, if any, counting when it verifies), then each credential it holds, in order, its
 * claims placed in the envelope (`credentialSubject.verifiableCredential[1].credentialSubject
 * .achievement.alignment[0]`) and named by its own name and issuer.
 */
export function envelopeClaims(checked: CheckedEnvelope, fallbackId: string): CredentialClaims[] {
  const own = credentialClaims(checked.raw, checked.verified, fallbackId);
  const subject = soleSubjectId(credentialDocument(checked.raw));
  return [own, ...checked.held.map((held) => heldClaims(held, own, subject))];
}

/** `verifyEnvelope`, then `envelopeClaims`: a credential and all it holds, for the matcher. */
export async function verifiedClaims(
  raw: unknown,
  verify: (raw: unknown) => Promise<Verification>,
  fallbackId: string,
): Promise<CredentialClaims[]> {
  return envelopeClaims(await verifyEnvelope(raw, verify), fallbackId);
}
