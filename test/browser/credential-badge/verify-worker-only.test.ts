/**
 * A page of badges that allows workers verifies none of them on its main thread: each
 * `mp-verified` says `verifiedIn: 'worker'`, which the page's one fallback (worker-client.ts,
 * the only place the page imports the verifier) would report as 'page'.
 *
 * The page's resource timings cannot tell this: a module worker's static imports are fetched
 * with the page as the fetch client (HTML's "fetch a module worker script graph"), so the
 * verifier's modules are listed in the page's timeline although only the worker runs them,
 * and a later import by the page itself is served from the memory cache without a new entry.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import type { MpVerifiedEvent } from '../../../packages/micropath/src/credential-badge/events.ts';
import { workerTimings } from '../../../packages/micropath/src/credential-badge/verify/worker-client.ts';
import { $, badge, verdictOf } from '../../support/badge-helpers.ts';
import { sample, statusAdapter as adapter } from '../../support/dcc-status-badges.ts';

describe('<credential-badge> on a page that allows workers', () => {
  const startTimeout = workerTimings.startTimeoutMs;
  // The test server sends the verifier as dozens of modules (a build sends two chunks): on a
  // busy two-core machine the worker can take longer than its 10 s to start, and the page would
  // then rightly verify alone. This test is about where the checks run, so it waits.
  before(() => (workerTimings.startTimeoutMs = 60_000));
  after(() => (workerTimings.startTimeoutMs = startTimeout));

  it('verifies ten badges in the shared worker, none on the main thread', async function () {
    this.timeout(120_000);
    const names = ['dcc/v2/v2WithValidStatus', 'dcc/v2/v2Revoked', 'dcc/v2/v2Expired'];
    const events: MpVerifiedEvent[] = [];
    const container = await badge(
      html`<div @mp-verified=${(event: MpVerifiedEvent) => events.push(event)}>
        ${Array.from(
          { length: 10 },
          (_, i) =>
            html`<credential-badge
              layout="compact"
              .adapter=${adapter}
              .credential=${sample(names[i % names.length]!)}
            ></credential-badge>`,
        )}
      </div>` as never,
    );
    await waitUntil(() => events.length === 10, 'not every badge verified', {
      timeout: 100_000,
    }).catch((error: Error) => {
      const where = events.map((event) => event.verifiedIn).join(', ');
      throw new Error(`${error.message}: ${events.length} of 10 (in: ${where})`);
    });
    expect(events.map((event) => event.verifiedIn)).to.deep.equal(Array(10).fill('worker'));
    const badges = [...(container as unknown as HTMLElement).querySelectorAll('credential-badge')];
    const verdicts = await Promise.all(badges.map((el) => verdictOf(el as never)));
    expect(verdicts.slice(0, 3)).to.deep.equal(['Verified', 'Revoked', 'Expired']);
    expect($(badges[0] as never, '[part=verdict]')).to.not.equal(null);
  });
});
