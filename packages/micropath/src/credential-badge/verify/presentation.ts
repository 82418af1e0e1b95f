/**
 * A wallet's answer to a presentation request (a VC-API exchange asking for
 * `DIDAuthentication`): a Verifiable Presentation with an embedded Data Integrity proof made
 * by its holder for `authentication`, over the request's single-use `challenge` and the
 * requesting page's `domain`. When it holds, the holder is the `did:key` that signed, and a
 * credential in it whose subject is that DID is the holder's own.
 *
 * Only `did:key` holders are read: a wallet's DID for authentication (the DCC Learner
 * Credential Wallet's among them) is one, and it needs no lookup. The credentials inside are
 * not checked here; each is verified on its own like any other.
 */
import { multibaseBytes, multikey } from './multikey.ts';
import { signatureHolds, signedBytes, suiteOf, SUITES } from './data-integrity.ts';
import { proofTimeProblem } from './proof-times.ts';
import { obj, type Json } from '../json-values.ts';

export interface PresentationRequest {
  challenge: string;
  /** The origin of the page that asked (`https://jobs.example`). */
  domain: string;
  now?: Date;
}

/** The holder who signed, or why the presentation does not hold (in English, for an API error). */
export type PresentationCheck = { holder: string } | { problem: string };

const idOf = (value: unknown) => (typeof value === 'string' ? value : obj(value)?.id);

/** The credentials a presentation carries, in order. */
export function presentedCredentials(presentation: unknown): unknown[] {
  const credentials = obj(presentation)?.verifiableCredential;
  return credentials === undefined ? [] : [credentials].flat();
}

export async function verifyPresentation(
  presentation: unknown,
  request: PresentationRequest,
): Promise<PresentationCheck> {
  const vp = obj(presentation);
  if (!vp || ![vp.type].flat().includes('VerifiablePresentation'))
    return { problem: 'This is not a Verifiable Presentation.' };
  const proofs = [vp.proof].flat().map(obj);
  const proof = proofs.find((p): p is Json => p?.proofPurpose === 'authentication');
  if (!proof)
    return { problem: 'The presentation carries no proof of its holder (authentication).' };
  const curves = SUITES[suiteOf(proof)];
  if (!curves)
    return { problem: `Proofs of this kind (${suiteOf(proof)}) cannot be checked here.` };
  if (proof.challenge !== request.challenge)
    return { problem: 'The presentation answers another request (its challenge differs).' };
  if (![proof.domain].flat().includes(request.domain))
    return { problem: `The presentation was made for another site, not ${request.domain}.` };
  const timeProblem = proofTimeProblem(proof, request.now ?? new Date());
  if (timeProblem) return { problem: timeProblem() };
  const method = typeof proof.verificationMethod === 'string' ? proof.verificationMethod : '';
  const [controller = '', fragment] = method.split('#');
  if (!controller.startsWith('did:key:'))
    return { problem: 'Only a holder identified by a did:key can be checked here.' };
  const key = multikey(controller.slice('did:key:'.length));
  if (!key || fragment !== controller.slice('did:key:'.length) || !curves.includes(key.curve))
    return { problem: 'The proof’s key is not a key of its kind of proof.' };
  const holder = idOf(vp.holder);
  if (holder !== undefined && holder !== controller)
    return { problem: 'The presentation was signed by someone other than its holder.' };
  try {
    const hash = key.curve === 'P-384' ? 'SHA-384' : 'SHA-256';
    const data = await signedBytes(vp, proof, [], hash);
    if (await signatureHolds(key, multibaseBytes(proof.proofValue), data))
      return { holder: controller };
    return { problem: 'The signature does not match the presentation: it may have been changed.' };
  } catch {
    return { problem: 'The presentation or its proof is malformed, so its signature cannot hold.' };
  }
}
