/**
 * `verify="visible"`: a badge far down the page is shown at once but checked only when the
 * visitor comes near it; no lookup is made before. The default checks at once, wherever it is.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../packages/micropath/src/credential-badge/define.ts';
import type { CredentialsAdapter } from '../../../packages/micropath/src/core/contracts.ts';
import type { CredentialBadge } from '../../../packages/micropath/src/credential-badge/credential-badge.ts';
import { $, signedCredential, text, verdictOf } from '../../support/badge-helpers.ts';

const issuer = 'https://college.example';
const signed = await signedCredential({}, { issuer: () => issuer, issuerName: 'Example College' });

/** The credential, and the issuer's key set through the fetch hook; records every lookup. */
function college() {
  const lookups: string[] = [];
  const adapter: CredentialsAdapter = {
    getCredential: async () => signed.jws,
    fetch: async (url: string) => {
      lookups.push(url);
      return url === `${issuer}/.well-known/jwks.json`
        ? Response.json({ keys: [{ ...signed.jwk, alg: 'ES256' }] })
        : new Response('not here', { status: 404 });
    },
  };
  return { adapter, lookups };
}

/** A badge 4,000 px below the top of the page. */
async function farDown(adapter: CredentialsAdapter, verify?: string) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <div style="block-size: 4000px"></div>
      <credential-badge credential-id="one" verify=${verify ?? 'eager'} .adapter=${adapter}>
      </credential-badge>
    </div>`,
  );
  return wrapper.querySelector<CredentialBadge>('credential-badge')!;
}

describe('<credential-badge verify="visible">', () => {
  it('shows the credential at once and checks it only when the visitor scrolls to it', async () => {
    const { adapter, lookups } = college();
    const el = await farDown(adapter, 'visible');
    await waitUntil(() => $(el, '[part=name]'), 'the credential is shown', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(text(el, '.verdict')).to.include('Checking…');
    expect(lookups).to.deep.equal([]);

    el.scrollIntoView();
    expect(await verdictOf(el)).to.equal('Verified');
    expect(lookups).to.deep.equal([`${issuer}/.well-known/jwks.json`]);
    window.scrollTo(0, 0);
  });

  it('checks at once by default, wherever the badge is', async () => {
    const { adapter, lookups } = college();
    const el = await farDown(adapter);
    expect(await verdictOf(el)).to.equal('Verified');
    expect(lookups).to.have.length(1);
  });
});
