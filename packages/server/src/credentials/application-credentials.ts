/**
 * The credentials an applicant sends with an application, checked here as the page checked
 * them and never taken on its word: each verified again with the badge's own verifier (status
 * lists, issuer keys, lookups held by `lookupFetch`), bound to the applicant when its
 * recipient is the e-mail they gave (or its subject the DID their wallet proved), and matched with the listing's skills by the kit's
 * matcher. A CLR 2.0 envelope's credentials are each verified on their own, and count only
 * when the envelope verifies too. A credential that does not verify, or is not theirs, is
 * reported and counts for nothing; one the page called verified and this server did not is
 * flagged `disputed`.
 */
import {
  distinctIds,
  matchSkills,
  presented,
  skillReports,
  type Application,
  type CredentialClaims,
  type Listing,
  type Verdict,
  verifiedClaims,
} from 'micropath/adapters';
import { verifyCredential } from 'micropath/verify';

export interface CheckedCredentials {
  credentials: ReturnType<typeof presented>[];
  skills: ReturnType<typeof skillReports>;
}

/**
 * One entry per credential shown, with its verdict and binding, then those it holds (a CLR 2.0
 * envelope's, each verified on its own) naming it as `within`; the page's verdicts are compared
 * with the credentials shown.
 */
function presentedAll(
  groups: readonly (readonly CredentialClaims[])[],
  pageSaid: readonly Verdict[],
): CheckedCredentials['credentials'] {
  return groups.flatMap((group, i) => {
    const [own, ...held] = group.map(presented);
    const said = pageSaid[i];
    // Not trusted, kept: a page that called it verified when the server did not is flagged.
    const shown = said
      ? {
          ...own!,
          pageVerdict: said,
          ...(said === 'verified' && own!.verdict !== 'verified' ? { disputed: true } : {}),
        }
      : own!;
    return [shown, ...held.map((c) => ({ ...c, within: own!.credentialId }))];
  });
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
  const verify = (raw: unknown) =>
    verifyCredential(raw, { fetch, recipient: application.email, ...(holder ? { holder } : {}) });
  const read = await Promise.all(
    shown.map(async (raw, i): Promise<CredentialClaims[]> => {
      const id = `credential-${i + 1}`;
      try {
        return await verifiedClaims(raw, verify, id);
      } catch {
        // Not a credential the verifier can read at all.
        return [{ credentialId: id, verdict: 'invalid', bound: false, claims: [] }];
      }
    }),
  );
  // Told apart across everything shown and held, then put back in their groups.
  const distinct = distinctIds(read.flat());
  let at = 0;
  const groups = read.map((group) => distinct.slice(at, (at += group.length)));
  return {
    credentials: presentedAll(groups, application.credentialVerdicts ?? []),
    skills: skillReports(matchSkills(listing.skills, distinct)),
  };
}
