/** Shared helpers for `<credential-badge>` tests: fixtures, signing, and waiting for verdicts. */
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import '../../packages/micropath/src/credential-badge/define.ts';
import type { CredentialBadge } from '../../packages/micropath/src/credential-badge/credential-badge.ts';
import samples from '../fixtures/badges/validator-samples.json';

type SampleFile = { text?: string; json?: Record<string, unknown>; base64?: string };
export const files = (samples as { files: Record<string, SampleFile> }).files;

/** Bytes of a recorded sample stored as base64 (baked PNGs). */
export const sampleBytes = (name: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(files[name]!.base64!), (c) => c.charCodeAt(0));

export async function badge(template: TemplateResult): Promise<CredentialBadge> {
  return fixture<CredentialBadge>(template);
}

export const $ = <T extends Element = HTMLElement>(el: CredentialBadge, selector: string) =>
  el.shadowRoot!.querySelector<T & HTMLElement>(selector);
export const $$ = <T extends Element = HTMLElement>(el: CredentialBadge, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & HTMLElement>(selector),
];
export const text = (el: CredentialBadge, selector: string) =>
  $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits until the (first) credential shows a verdict, and returns the verdict word. */
export async function verdictOf(el: CredentialBadge): Promise<string> {
  await waitUntil(() => $(el, '[part=verdict]'), 'no verdict shown', { timeout: 5000 });
  await el.updateComplete;
  return text(el, '[part=verdict]');
}

export const didJwk = (jwk: object) =>
  `did:jwk:${btoa(JSON.stringify(jwk)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}`;

/**
 * A freshly signed OB 3.0 VC-JWT (ES256). By default the issuer is a `did:jwk` of the signing
 * key, so it verifies offline; `claims` override credential properties.
 */
export async function signedCredential(
  claims: Record<string, unknown> = {},
  options: { kid?: (jwk: object) => string; issuer?: (jwk: object) => string } = {},
): Promise<{ jws: string; jwk: object; credential: Record<string, unknown> }> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  const issuerId = options.issuer?.(jwk) ?? didJwk(jwk);
  const kid = options.kid ? options.kid(jwk) : options.issuer ? undefined : `${issuerId}#0`;
  const credential = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: 'urn:uuid:7f1d',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuerId, name: 'Example College' },
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: { achievement: { name: 'Teamwork' } },
    ...claims,
  };
  const jws = await new SignJWT({ vc: credential })
    .setProtectedHeader({ alg: 'ES256', ...(kid ? { kid } : {}) })
    .setIssuer(issuerId)
    .setJti(credential.id)
    .sign(privateKey);
  return { jws, jwk, credential };
}

/** A fetch hook answering from a map of URLs; anything else is a 404. Records every call. */
export function fakeWeb(pages: Record<string, BodyInit | (() => Response)>) {
  const calls: { url: string; accept: string | null }[] = [];
  const fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    calls.push({ url, accept: new Headers(init?.headers).get('accept') });
    const page = pages[url];
    if (page === undefined) return new Response('not here', { status: 404 });
    return typeof page === 'function' ? page() : new Response(page);
  };
  return { fetch, calls };
}

/** The same JWS with one claim changed and the signature kept, as a forger would edit it. */
export function tamperClaim(jws: string, edit: (vc: Record<string, any>) => void): string {
  const [header, payload, signature] = jws.split('.');
  const claims = JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/'))) as {
    vc: Record<string, unknown>;
  };
  edit(claims.vc);
  const edited = btoa(JSON.stringify(claims))
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
  return [header, edited, signature].join('.');
}
