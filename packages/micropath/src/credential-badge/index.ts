/** `micropath/credential-badge/class`: the class and its event, without defining the element. */
export { CredentialBadge } from './credential-badge.ts';
export type { BadgeLayout } from './credential-badge.ts';
export { MpVerifiedEvent } from './events.ts';
