/**
 * Whether a proof's key reference (a Data Integrity `verificationMethod`, a JWT `kid` written
 * as a DID) can name a key at all. A reference that is neither a web address nor a DID (no
 * scheme, an unknown scheme, a DID that breaks the DID syntax), or a `did:key` / `did:jwk` that
 * does not decode to a public key, names no usable key: the proof is malformed and the
 * credential Invalid, as 1EdTech's validator has it. A well-formed reference the badge cannot
 * follow (a DID method it does not resolve, a key type it does not read, an address it cannot
 * reach) leaves the proof "could not be checked" instead (docs/decisions.md, "What Verified
 * means").
 */
import { msg, str } from '@lit/localize';
import { withMessage, type Reason } from '../reasons.ts';
import { base64UrlJson, obj } from '../json-values.ts';
import { MAX_MULTIBASE_CHARS, multibaseBytes, multikey } from './multikey.ts';
import { check, type CheckResult } from './verdict.ts';

/** A DID URL (DID Core 1.0 §3.1, §3.2): `did:`, a method name, a method-specific id, then path, query, fragment. */
const DID_URL =
  /^did:[a-z0-9]+:(?:(?:[A-Za-z0-9._-]|%[0-9A-Fa-f]{2})*:)*(?:[A-Za-z0-9._-]|%[0-9A-Fa-f]{2})+(?:[/?#]\S*)?$/;

/** The multicodec codes of public keys (multiformats table): the types a did:key may hold. */
const PUBLIC_KEY_CODECS = new Set([
  0xe7, // secp256k1
  0xea, // BLS12-381 G1
  0xeb, // BLS12-381 G2
  0xec, // X25519
  0xed, // Ed25519
  0xee, // BLS12-381 G1G2
  0x1200, // P-256
  0x1201, // P-384
  0x1202, // P-521
  0x1203, // Ed448
  0x1204, // X448
  0x1205, // RSA
  0x1206, // SM2
  0xeb51, // JWK (JCS)
]);
/** The types read here, which `multikey` decodes whole. */
const READ_HERE = new Set([0xed, 0x1200, 0x1201]);

/** The leading unsigned varint of `bytes` and its length, or undefined. */
function varint(bytes: Uint8Array): [number, number] | undefined {
  let value = 0;
  for (let at = 0; at < 3 && at < bytes.length; at++) {
    value |= (bytes[at]! & 0x7f) << (7 * at);
    if (!(bytes[at]! & 0x80)) return [value, at + 1];
  }
  return undefined;
}

/** Whether a did:key's method-specific id decodes to a public key (of a type read here or not). */
function isPublicKey(encoded: string): boolean {
  if (multikey(encoded)) return true;
  // Too long to decode cheaply (an RSA key, say): not judged here.
  if (encoded.startsWith('z') && encoded.length > MAX_MULTIBASE_CHARS) return true;
  let bytes: Uint8Array;
  try {
    bytes = multibaseBytes(encoded);
  } catch {
    return false;
  }
  const [codec, length] = varint(bytes) ?? [];
  return (
    codec !== undefined &&
    PUBLIC_KEY_CODECS.has(codec) &&
    !READ_HERE.has(codec) &&
    bytes.length > length!
  );
}

/** Whether a did:jwk's method-specific id is a JWK. */
function isJwk(encoded: string): boolean {
  try {
    return typeof obj(base64UrlJson(encoded))?.kty === 'string';
  } catch {
    return false;
  }
}

/** Why `reference` names no usable key, or undefined when it may name one. */
export function unusableKey(reference: string): Reason | undefined {
  const named = reference.length > 100 ? `${reference.slice(0, 100)}…` : reference;
  const notAKey = () => msg(str`The signature names no usable key: “${named}” is not a key.`);
  const neither = () =>
    msg(str`The signature names no usable key: “${named}” is neither a web address nor a DID.`);
  if (/^https?:\/\//i.test(reference)) return URL.canParse(reference) ? undefined : neither;
  if (!DID_URL.test(reference)) return neither;
  const [did = '', fragment] = reference.split('#');
  if (did.startsWith('did:key:')) {
    const encoded = did.slice('did:key:'.length);
    // A did:key document holds one key, whose fragment is the key itself.
    if (!isPublicKey(encoded) || (fragment !== undefined && fragment !== encoded)) return notAKey;
  }
  if (did.startsWith('did:jwk:') && !isJwk(did.slice('did:jwk:'.length))) return notAKey;
  return undefined;
}

/** A key lookup stopped by a reference that names no usable key. */
export class UnusableKeyReference extends Error {
  constructor(readonly reason: Reason) {
    super('unusable key reference');
    withMessage(this, reason, false);
  }
}

/** Throws UnusableKeyReference when `reference` names no usable key. */
export function assertUsableKey(reference: string): void {
  const reason = unusableKey(reference);
  if (reason) throw new UnusableKeyReference(reason);
}

/** The checks of a proof that names no usable key: the proof fails, no key is tied. */
export const unusableKeyChecks = (error: UnusableKeyReference): CheckResult[] => [
  check('proof', 'fail', error.reason),
  check('issuer-key', 'unknown', error.reason),
];
