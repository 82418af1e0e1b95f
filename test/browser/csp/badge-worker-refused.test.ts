/**
 * A page whose policy refuses workers (`worker-src 'none'`, added to the strict policy):
 * the badge notices that its worker cannot start and verifies on the main thread, with the
 * same verdict and checklist.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import type { MpVerifiedEvent } from '../../../packages/micropath/src/credential-badge/events.ts';
import { $$, badge, verdictOf } from '../../support/badge-helpers.ts';
import { sample, statusAdapter as adapter } from '../../support/dcc-status-badges.ts';

// A second policy only narrows the first: everything else stays as strict as before.
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "worker-src 'none'";
document.head.append(meta);

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(event.effectiveDirective);
});

describe('<credential-badge> on a page that refuses workers', () => {
  it('falls back to the main thread and still verifies', async () => {
    const events: MpVerifiedEvent[] = [];
    const shown = async (name: string) => {
      const el = await badge(
        html`<credential-badge
          .adapter=${adapter}
          .credential=${sample(name)}
          @mp-verified=${(event: MpVerifiedEvent) => events.push(event)}
        ></credential-badge>`,
      );
      const verdict = await verdictOf(el);
      $$(el, 'summary')[0]!.click();
      await el.updateComplete;
      return { verdict, rows: $$(el, '[part=checks] li').length };
    };
    expect(await shown('dcc/v2/v2WithValidStatus')).to.deep.equal({ verdict: 'Verified', rows: 8 });
    // A second badge does not try the worker again.
    expect(await shown('dcc/v2/v2Revoked')).to.deep.equal({ verdict: 'Revoked', rows: 8 });
    await waitUntil(() => events.length === 2, 'no mp-verified');
    expect(events.map((event) => event.verifiedIn)).to.deep.equal(['page', 'page']);
    // The browser reported the one refused worker, and nothing else.
    expect(violations).to.deep.equal(['worker-src']);
  });
});
