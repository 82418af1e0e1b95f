/** Shared helpers for `<credential-badge>` tests: fixtures, signing, and waiting for verdicts. */
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
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

export { didJwk, signedCredential, statusListCredential, tamperClaim } from './sign-credential.ts';

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
