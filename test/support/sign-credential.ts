/**
 * Freshly signed OB 3.0 VC-JWTs for tests, stories and the bench: ES256 keys made on the spot,
 * a `did:jwk` issuer by default (so they verify offline), and forged copies with one claim
 * edited. No DOM or test-framework imports, so any of the three can use it.
 */
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

const base64Url = (text: string) =>
  btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

export const didJwk = (jwk: object) => `did:jwk:${base64Url(JSON.stringify(jwk))}`;

/**
 * An OB 3.0 `credentialSubject.identifier` naming `email` as the recipient, hashed with `salt`
 * as the spec says (`sha256$` + hex of the e-mail and the salt).
 */
export async function emailIdentifier(email: string, salt = 'pepper') {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(email + salt));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return [
    {
      type: 'IdentityObject',
      identityType: 'emailAddress',
      hashed: true,
      salt,
      identityHash: `sha256$${hex}`,
    },
  ];
}

export interface SignOptions {
  /** The header's `kid`; default `<did>#0` for a did:jwk issuer, none for an `issuer` given. */
  kid?: (jwk: object) => string;
  /** The issuer id; default the did:jwk of the signing key. */
  issuer?: (jwk: object) => string;
  issuerName?: string;
}

/** A signed credential; `claims` override the credential's properties. */
export async function signedCredential(
  claims: Record<string, unknown> = {},
  options: SignOptions = {},
): Promise<{
  jws: string;
  jwk: object;
  credential: Record<string, unknown>;
  /** Signs another credential (a status list, say) with the same key and issuer. */
  sign(credential: Record<string, unknown>): Promise<string>;
}> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  const issuerId = options.issuer?.(jwk) ?? didJwk(jwk);
  const kid = options.kid ? options.kid(jwk) : options.issuer ? undefined : `${issuerId}#0`;
  const credential = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: 'urn:uuid:7f1d',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuerId, name: options.issuerName ?? 'Example College' },
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: { achievement: { name: 'Teamwork' } },
    ...claims,
  };
  const sign = (vc: Record<string, unknown>) =>
    new SignJWT({ vc })
      .setProtectedHeader({ alg: 'ES256', ...(kid ? { kid } : {}) })
      .setIssuer(issuerId)
      .setJti(String(vc.id))
      .sign(privateKey);
  return { jws: await sign(credential), jwk, credential, sign };
}

/** A `BitstringStatusListCredential` from `issuer` where the `revoked` indexes are set. */
export async function statusListCredential(
  url: string,
  issuer: unknown,
  revoked: number[],
  bytes = 16 * 1024,
): Promise<Record<string, unknown>> {
  const bits = new Uint8Array(bytes);
  for (const index of revoked) bits[index >> 3]! |= 0x80 >> (index & 7);
  const zipped = new Uint8Array(
    await new Response(
      new Blob([bits]).stream().pipeThrough(new CompressionStream('gzip')),
    ).arrayBuffer(),
  );
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer,
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: {
      id: `${url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: `u${base64Url(String.fromCharCode(...zipped))}`,
    },
  };
}

/** The same JWS with one claim changed and the signature kept, as a forger would edit it. */
export function tamperClaim(jws: string, edit: (vc: Record<string, any>) => void): string {
  const [header, payload, signature] = jws.split('.');
  const claims = JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/'))) as {
    vc: Record<string, unknown>;
  };
  edit(claims.vc);
  return [header, base64Url(JSON.stringify(claims)), signature].join('.');
}
