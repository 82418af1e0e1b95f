/**
 * The JWS algorithms a signed credential may use (RFC 7518): asymmetric ones only. `none`
 * signs nothing, and an HMAC (HS256…) key is a shared secret that anyone who can check the
 * signature could also have used to make it, so either proves nothing about the issuer.
 */
import type { JWK } from 'jose';

export const JWS_ALGORITHMS: readonly string[] = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'EdDSA',
  'Ed25519',
];

const KEY_TYPES: Record<string, string> = { R: 'RSA', P: 'RSA', E: 'EC' };

/** Whether `jwk` is a public key of the type `alg` needs (never a symmetric `oct` key). */
export function usableKey(jwk: JWK, alg: string): boolean {
  if (!jwk || typeof jwk !== 'object' || jwk.kty === 'oct' || 'd' in jwk || 'k' in jwk)
    return false;
  const wanted = alg === 'EdDSA' || alg === 'Ed25519' ? 'OKP' : KEY_TYPES[alg[0]!];
  return jwk.kty === wanted;
}
