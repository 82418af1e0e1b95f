/** <credential-badge> under the strict CSP with Trusted Types: no violation anywhere. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../packages/micropath/src/credential-badge/define.ts';
import type { CredentialBadge } from '../../../packages/micropath/src/credential-badge/credential-badge.ts';
import type { MpVerifiedEvent } from '../../../packages/micropath/src/credential-badge/events.ts';
import { signedCredential } from '../../support/badge-helpers.ts';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(
    `${event.violatedDirective} ${event.sample} at ${event.sourceFile}:${event.lineNumber}`,
  );
});

describe('<credential-badge> under the strict CSP', () => {
  it('reads, verifies and shows a credential with markdown criteria, in German, without a violation', async () => {
    const { jws } = await signedCredential({
      credentialSubject: {
        achievement: {
          name: 'Teamarbeit',
          criteria: { narrative: '## Anforderungen\n- **Projekt** abgeschlossen' },
        },
      },
    });
    const events: MpVerifiedEvent[] = [];
    const el = await fixture<CredentialBadge>(
      html`<credential-badge
        lang="de"
        layout="full"
        allow-upload
        .credential=${jws}
        @mp-verified=${(event: MpVerifiedEvent) => events.push(event)}
      ></credential-badge>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[part=criteria] strong'), 'no criteria', {
      timeout: 5000,
    });
    await waitUntil(() => root.textContent!.includes('Verifiziert'), 'German verdict');
    root.querySelector<HTMLElement>('summary')!.click();
    expect(root.querySelectorAll('[part=checks] li')).to.have.length(8);
    // The entry view's styles arrive as an adopted sheet, which style-src 'self' allows.
    expect(getComputedStyle(root.querySelector('[part=credential]')!).display).to.equal('grid');
    // Checked in the verification worker: the policy's `script-src 'self'` allows it, and its
    // address passes Trusted Types through the kit's own policy.
    expect(events.map((event) => event.verifiedIn)).to.deep.equal(['worker']);
    expect(violations).to.deep.equal([]);
  });
});
