/**
 * Whether a credential was issued to someone: the visitor types an email (or other identity)
 * and it is compared with the recipient, hashed as `sha256$hex(identity + salt)` when the
 * credential says it is hashed. A mismatch is shown, not held against the credential: the
 * verdict does not depend on it.
 */
import { msg, str } from '@lit/localize';
import { check, type CheckResult } from './verdict.ts';

export interface Recipient {
  identity?: string;
  hashed?: boolean;
  salt?: string;
  type?: string;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The ids of a credential's subjects (`credentialSubject.id`). */
export function subjectIds(credential: Record<string, unknown>): string[] {
  return [credential.credentialSubject].flat().flatMap((subject) => {
    const id = (subject as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? [id] : [];
  });
}

/** The recipient check of a credential its subject presented, signing as `holder`. */
export const heldBy = (holder: string): CheckResult =>
  check('recipient', 'pass', () => msg(str`Presented by its holder, ${holder}.`));

export async function checkRecipient(
  recipient: Recipient | undefined,
  typed: string | undefined,
): Promise<CheckResult> {
  if (!recipient?.identity) {
    return check('recipient', 'skip', () => msg('The credential does not name its recipient.'));
  }
  if (!typed?.trim()) {
    return check('recipient', 'skip', () =>
      msg('Type an email address to check whom this was issued to.'),
    );
  }
  const candidates = [...new Set([typed, typed.trim(), typed.trim().toLowerCase()])];
  let matches = false;
  if (recipient.hashed) {
    const [algorithm, hash] = recipient.identity.includes('$')
      ? recipient.identity.split('$')
      : ['sha256', recipient.identity];
    if (algorithm!.toLowerCase() !== 'sha256') {
      return check('recipient', 'unknown', () =>
        msg(str`The recipient is hashed with ${algorithm}, which cannot be checked here.`),
      );
    }
    for (const candidate of candidates) {
      if ((await sha256Hex(candidate + (recipient.salt ?? ''))) === hash!.toLowerCase())
        matches = true;
    }
  } else {
    matches = candidates.some((c) => c.toLowerCase() === recipient.identity!.trim().toLowerCase());
  }
  const who = typed.trim();
  return matches
    ? check('recipient', 'pass', () => msg(str`Issued to ${who}.`))
    : check('recipient', 'fail', () => msg(str`Not issued to ${who}.`));
}
