/** A verdict in one or two words, as the badge and the board's application show it. */
import { msg } from '@lit/localize';
import type { CredentialView, Verdict } from '../core/models/credential.ts';

/** A credential whose validity window has not begun: "Not valid yet", never "Expired". */
export const notYetValid = (view?: CredentialView) =>
  !!view?.validFrom && Date.parse(view.validFrom) > Date.now();

export function verdictLabel(verdict: Verdict, view?: CredentialView): string {
  switch (verdict) {
    case 'verified':
      return msg('Verified');
    case 'expired':
      return notYetValid(view) ? msg('Not valid yet') : msg('Expired');
    case 'revoked':
      return msg('Revoked');
    case 'unverified':
      return msg('Not verified');
    case 'invalid':
      return msg('Invalid');
  }
}
