/**
 * <credential-badge> on a page whose policy (the strict one, given in a <meta>) forbids
 * connecting to the issuer: no request is made, so the browser logs no violation, and the
 * checklist says why the issuer's key could not be checked.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../packages/micropath/src/credential-badge/define.ts';
import type { CredentialBadge } from '../../../packages/micropath/src/credential-badge/credential-badge.ts';
import { signedCredential } from '../../support/badge-helpers.ts';

describe('<credential-badge> and the page’s own policy', () => {
  it('skips a lookup the page’s connect-src forbids and reports it in the checklist', async () => {
    const violations: string[] = [];
    const record = (event: SecurityPolicyViolationEvent) => violations.push(event.blockedURI);
    document.addEventListener('securitypolicyviolation', record);
    const requested: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      requested.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    try {
      const { jws } = await signedCredential({}, { issuer: () => 'https://college.example' });
      const el = await fixture<CredentialBadge>(
        html`<credential-badge .credential=${jws}></credential-badge>`,
      );
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[part=verdict]'), 'no verdict', { timeout: 5000 });
      expect(root.querySelector('[part=verdict]')!.textContent!.trim()).to.equal('Not verified');
      root.querySelector<HTMLElement>('summary')!.click();
      const key = [...root.querySelectorAll('[part=checks] li')].find((li) =>
        li.textContent!.includes('Issuer’s key'),
      )!;
      expect(key.textContent).to.include(
        'This page’s Content-Security-Policy does not let the badge connect to https://college.example.',
      );
      expect(requested.filter((url) => url.includes('college.example'))).to.deep.equal([]);
      expect(violations).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
      document.removeEventListener('securitypolicyviolation', record);
    }
  });
});
