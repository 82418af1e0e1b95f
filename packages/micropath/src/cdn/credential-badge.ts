/**
 * CDN file for pages that only show credentials: defines `<credential-badge>`. Reading,
 * displaying and verifying load as chunks beside this file when a credential is shown.
 */
import '../credential-badge/define.ts';

export { CredentialBadge } from '../credential-badge/credential-badge.ts';
export { MpVerifiedEvent } from '../credential-badge/events.ts';
export { openBadgesAdapter } from '../adapters/open-badges.ts';
export { registerSource } from '../core/sources.ts';
