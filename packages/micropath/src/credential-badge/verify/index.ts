/**
 * `micropath/verify`: the badge's verifier without the element, for a server or a worker
 * (no DOM): Open Badges 2.0 and 3.0 and what `<credential-badge>` checks, with the same
 * verdicts. Lookups go through the `fetch` you give; on a server, give one that refuses
 * private addresses (a credential names its own URLs).
 */
export { verifyCredential } from './verify-credential.ts';
export type { Verified, VerifyOptions } from './verify-credential.ts';
export { presentedCredentials, verifyPresentation } from './presentation.ts';
export type { PresentationCheck, PresentationRequest } from './presentation.ts';
