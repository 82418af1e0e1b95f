/**
 * An applicant's credential, checked in the page by the badge's own reader and verifier (this
 * module and theirs load only when a visitor adds a credential): read from what they pasted or
 * uploaded, verified with the badge's lookup rules (a CLR 2.0 envelope, and then each
 * credential it holds on its own), bound to them when its recipient is the e-mail they typed,
 * and turned into what the skills matcher reads. The employer's server checks it all again.
 */
import { readCredential, guardedFetch } from '../credential-badge/read-credential.ts';
import {
  recheckRecipient,
  verifyCredential,
} from '../credential-badge/verify/verify-credential.ts';
import { subjectIds } from '../credential-badge/verify/recipient.ts';
import {
  credentialDocument,
  envelopeClaims,
  verifyEnvelope,
  type CheckedEnvelope,
  type CredentialClaims,
  type Verification,
} from '../core/skills/index.ts';

export interface CheckedCredential {
  /** What is sent with the application: the credential's JSON or its compact JWT. */
  credential: Record<string, unknown> | string;
  /** What the verifier said of it, and of each credential it holds (a CLR's). */
  envelope: CheckedEnvelope;
  /** What the matcher reads: the credential itself first, then each credential it holds. */
  claims: CredentialClaims[];
  /** The wallet holder it is about (it came in their signed presentation): bound whatever the e-mail. */
  heldBy?: string;
}

export async function checkCredential(
  input: string | Blob,
  email: string,
  id: string,
  signal: AbortSignal,
  /** The DID a wallet proved, for credentials that came from its presentation. */
  holder?: string,
): Promise<CheckedCredential> {
  const fetch = guardedFetch(undefined, signal);
  const loaded = await readCredential(typeof input === 'string' ? input.trim() : input, fetch);
  const envelope = await verifyEnvelope(loaded.credential, (raw) =>
    verifyCredential(raw, { fetch, recipient: email, ...(holder ? { holder } : {}) }),
  );
  const document = credentialDocument(loaded.credential);
  const heldBy = holder && document && subjectIds(document).includes(holder) ? holder : undefined;
  return {
    credential: loaded.credential,
    envelope,
    claims: envelopeClaims(envelope, id),
    ...(heldBy ? { heldBy } : {}),
  };
}

/** The same credential and those it holds, bound again to the e-mail now typed (no lookups). */
export async function rebind(
  checked: CheckedCredential,
  email: string,
  id: string,
): Promise<CheckedCredential> {
  if (checked.heldBy) return checked; // bound to the wallet's holder, not to an e-mail
  const again = async (verified: Verification): Promise<Verification> => ({
    ...verified,
    report: await recheckRecipient(verified, email),
  });
  const { verified, held } = checked.envelope;
  const envelope: CheckedEnvelope = {
    ...checked.envelope,
    verified: await again(verified),
    held: await Promise.all(
      held.map(async (h) => (h.verified ? { ...h, verified: await again(h.verified) } : h)),
    ),
  };
  return { ...checked, envelope, claims: envelopeClaims(envelope, id) };
}
