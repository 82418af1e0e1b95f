/**
 * An applicant's credential, checked in the page by the badge's own reader and verifier (this
 * module and theirs load only when a visitor adds a credential): read from what they pasted or
 * uploaded, verified with the badge's lookup rules, bound to them when its recipient is the
 * e-mail they typed, and turned into what the skills matcher reads. The employer's server
 * checks it all again.
 */
import { readCredential, guardedFetch } from '../credential-badge/read-credential.ts';
import {
  recheckRecipient,
  verifyCredential,
  type Verified,
} from '../credential-badge/verify/verify-credential.ts';
import { subjectIds } from '../credential-badge/verify/recipient.ts';
import {
  credentialClaims,
  credentialDocument,
  type CredentialClaims,
} from '../core/skills/index.ts';

export interface CheckedCredential {
  /** What is sent with the application: the credential's JSON or its compact JWT. */
  credential: Record<string, unknown> | string;
  verified: Verified;
  claims: CredentialClaims;
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
  const verified = await verifyCredential(loaded.credential, {
    fetch,
    recipient: email,
    ...(holder ? { holder } : {}),
  });
  const document = credentialDocument(loaded.credential);
  const heldBy = holder && document && subjectIds(document).includes(holder) ? holder : undefined;
  return {
    credential: loaded.credential,
    verified,
    claims: credentialClaims(loaded.credential, verified, id),
    ...(heldBy ? { heldBy } : {}),
  };
}

/** The same credential, bound again to the e-mail now typed (no lookups). */
export async function rebind(
  checked: CheckedCredential,
  email: string,
  id: string,
): Promise<CheckedCredential> {
  if (checked.heldBy) return checked; // bound to the wallet's holder, not to an e-mail
  const verified = { ...checked.verified, report: await recheckRecipient(checked.verified, email) };
  return { ...checked, verified, claims: credentialClaims(checked.credential, verified, id) };
}
