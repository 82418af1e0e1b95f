import { defineElement } from '../core/define.ts';
import { CredentialBadge } from './credential-badge.ts';

defineElement('credential-badge', CredentialBadge);

declare global {
  interface HTMLElementTagNameMap {
    'credential-badge': CredentialBadge;
  }
}

export { CredentialBadge };
export { MpVerifiedEvent } from './events.ts';
