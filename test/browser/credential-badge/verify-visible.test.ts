/**
 * `verify="visible"`: a badge out of view is shown at once but checked only when the visitor
 * comes near it; no lookup is made before. The default checks at once, wherever it is.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
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

/**
 * The page's view, as IntersectionObserver reports it. A stand-in for the browser's, which
 * reports only while the page renders frames, and a test page sharing the browser with
 * others is sometimes not given any: the badge is asked the same question either way.
 */
const watched: { target: Element; notify: (near: boolean) => void }[] = [];
class ViewStandIn {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    watched.push({
      target,
      notify: (near) =>
        this.callback(
          [{ target, isIntersecting: near } as IntersectionObserverEntry],
          this as unknown as IntersectionObserver,
        ),
    });
  }
  disconnect() {}
}
const scrolledTo = (el: Element) =>
  watched.filter((w) => w.target === el).forEach((w) => w.notify(true));

/** A badge far down the page (out of view: the stand-in reports it so). */
async function farDown(adapter: CredentialsAdapter, verify?: string) {
  const el = fixtureSync<CredentialBadge>(
    html`<credential-badge credential-id="one" verify=${verify ?? 'eager'} .adapter=${adapter}>
    </credential-badge>`,
  );
  await el.updateComplete;
  watched.filter((w) => w.target === el).forEach((w) => w.notify(false));
  return el;
}

describe('<credential-badge verify="visible">', () => {
  const browserObserver = window.IntersectionObserver;
  before(
    () => (window.IntersectionObserver = ViewStandIn as unknown as typeof IntersectionObserver),
  );
  after(() => (window.IntersectionObserver = browserObserver));

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
});
