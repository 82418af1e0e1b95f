/**
 * The credentials an applicant sends with an application, checked here as the page checked
 * them and never taken on its word: each verified again with the badge's own verifier (status
 * lists, issuer keys, lookups held by `lookupFetch`), bound to the applicant when its
 * recipient is the e-mail they gave (or its subject the DID their wallet proved), and matched with the listing's skills by the kit's
 * matcher. A credential that does not verify, or is not theirs, is reported and counts for
 * nothing; one the page called verified and this server did not is flagged `disputed`.
 */
import {
  credentialClaims,
  distinctIds,
  matchSkills,
  presented,
  skillReports,
  type Application,
  type CredentialClaims,
  type Listing,
} from 'micropath/adapters';
import { verifyCredential } from 'micropath/verify';

export interface CheckedCredentials {
  credentials: ReturnType<typeof presented>[];
  skills: ReturnType<typeof skillReports>;
}

/** Verifies and matches what an application shows; undefined when it shows nothing. */
export async function checkApplicationCredentials(
  listing: Listing,
  application: Application,
  fetch: (url: string) => Promise<Response>,
  /** The DID a wallet exchange proved: credentials about it are the applicant's. */
  holder?: string,
): Promise<CheckedCredentials | undefined> {
  const shown = application.credentials ?? [];
  if (!shown.length) return undefined;
  const read: CredentialClaims[] = distinctIds(
    await Promise.all(
      shown.map(async (raw, i) => {
        const id = `credential-${i + 1}`;
        try {
          const verified = await verifyCredential(raw, {
            fetch,
            recipient: application.email,
            ...(holder ? { holder } : {}),
          });
          return credentialClaims(raw, verified, id);
        } catch {
          // Not a credential the verifier can read at all.
          return { credentialId: id, verdict: 'invalid' as const, bound: false, claims: [] };
        }
      }),
    ),
  );
  const pageSaid = application.credentialVerdicts ?? [];
  return {
    credentials: read.map((credential, i) => {
      const shown = presented(credential);
      const said = pageSaid[i];
      if (!said) return shown;
      // Not trusted, kept: a page that called it verified when the server did not is flagged.
      return {
        ...shown,
        pageVerdict: said,
        ...(said === 'verified' && credential.verdict !== 'verified' ? { disputed: true } : {}),
      };
    }),
    skills: skillReports(matchSkills(listing.skills, read)),
  };
}
