/**
 * `verify="visible"`: a badge out of view is shown at once but checked only when the visitor
 * comes near it; no lookup is made before. `loading="lazy"`: not even fetched before. The
 * defaults fetch and check at once, wherever the badge is.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../../packages/micropath/src/credential-badge/define.ts';
import type { CredentialsAdapter } from '../../../packages/micropath/src/core/contracts.ts';
import type { CredentialBadge } from '../../../packages/micropath/src/credential-badge/credential-badge.ts';
import { $, signedCredential, text, verdictOf } from '../../support/badge-helpers.ts';
import { reportView, useViewStandIn } from '../../support/view-stand-in.ts';

const issuer = 'https://college.example';
const signed = await signedCredential({}, { issuer: () => issuer, issuerName: 'Example College' });

/** The credential, and the issuer's key set through the fetch hook; records every lookup. */
function college() {
  const lookups: string[] = [];
  const asked: string[] = [];
  const adapter: CredentialsAdapter = {
    getCredential: async (id) => (asked.push(id), signed.jws),
    fetch: async (url: string) => {
      lookups.push(url);
      return url === `${issuer}/.well-known/jwks.json`
        ? Response.json({ keys: [{ ...signed.jwk, alg: 'ES256' }] })
        : new Response('not here', { status: 404 });
    },
  };
  return { adapter, lookups, asked };
}

const scrolledTo = (el: Element) => reportView(el, true);

/** A badge far down the page (out of view: the stand-in reports it so). */
async function farDown(adapter: CredentialsAdapter, verify?: string, loading?: string) {
  const el = fixtureSync<CredentialBadge>(
    html`<credential-badge
      credential-id="one"
      verify=${verify ?? 'eager'}
      loading=${loading ?? 'eager'}
      .adapter=${adapter}
    >
    </credential-badge>`,
  );
  await el.updateComplete;
  reportView(el, false);
  return el;
}

describe('<credential-badge verify="visible">', () => {
  useViewStandIn();

  it('shows the credential at once and checks it only when the visitor scrolls to it', async () => {
    const { adapter, lookups } = college();
    const el = await farDown(adapter, 'visible');
    await waitUntil(() => $(el, '[part=name]'), 'the credential is shown', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(text(el, '.verdict')).to.include('Checking…');
    expect(lookups).to.deep.equal([]);

    scrolledTo(el);
    expect(await verdictOf(el)).to.equal('Verified');
    expect(lookups).to.deep.equal([`${issuer}/.well-known/jwks.json`]);
  });

  it('checks at once by default, wherever the badge is', async () => {
    const { adapter, lookups } = college();
    const el = await farDown(adapter);
    expect(await verdictOf(el)).to.equal('Verified');
    expect(lookups).to.have.length(1);
  });

  it('loading="lazy": fetches nothing, and keeps its loading size, until the visitor comes near', async () => {
    const { adapter, lookups, asked } = college();
    const el = await farDown(adapter, undefined, 'lazy');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect([asked, lookups]).to.deep.equal([[], []]);
    expect(text(el, '[part=message]')).to.include('Loading the credential…');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);

    scrolledTo(el);
    expect(await verdictOf(el)).to.equal('Verified');
    expect(asked).to.deep.equal(['one']);
    expect(text(el, '[part=name]')).to.not.equal('');
  });

  it('loading="lazy": moved in the page before it is reached, it still loads when reached', async () => {
    const { adapter, asked } = college();
    const el = await farDown(adapter, undefined, 'lazy');
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el); // a CMS or a framework re-parenting it
    await el.updateComplete;
    scrolledTo(el);
    expect(await verdictOf(el)).to.equal('Verified');
    expect(asked).to.deep.equal(['one']);
    elsewhere.remove();
  });
});
