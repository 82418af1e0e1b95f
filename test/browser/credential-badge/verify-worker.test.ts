/**
 * The badge's checks in the page's shared worker (verify/worker-client.ts) read exactly as on
 * the main thread: the same verdict, line and checklist, in the page's language.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import {
  verifyOnPageOnly,
  verifyWorkerState,
  workerTimings,
} from '../../../packages/micropath/src/credential-badge/verify/worker-client.ts';
import type { MpVerifiedEvent } from '../../../packages/micropath/src/credential-badge/events.ts';
import { $, $$, badge, text, verdictOf } from '../../support/badge-helpers.ts';
import { DCC_LIST, sample } from '../../support/dcc-status-badges.ts';

/** What a visitor reads: the verdict, the line under it, every row of the checklist. */
async function shown(credential: unknown, lang: string, verdictWord: string) {
  // The adapter's fetch hook: the DCC samples name their signed status list at two addresses.
  const fetch = async (url: string) =>
    url.endsWith('/e5WK8CbZ1GjycuPombrj')
      ? Response.json(DCC_LIST)
      : new Response('not here', { status: 404 });
  const events: MpVerifiedEvent[] = [];
  const calls: string[] = [];
  const el = await badge(
    html`<credential-badge
      lang=${lang}
      .adapter=${{
        getCredential: async () => null,
        fetch: (url: string) => (calls.push(url), fetch(url)),
      }}
      .credential=${credential}
      @mp-verified=${(event: MpVerifiedEvent) => events.push(event)}
    ></credential-badge>`,
  );
  await verdictOf(el);
  // The page's translations may arrive after the verdict.
  await waitUntil(() => text(el, '[part=verdict]') === verdictWord, `not ${verdictWord}`);
  const verdict = text(el, '[part=verdict]');
  await waitUntil(() => events.length, 'no mp-verified');
  $(el, 'summary')!.click();
  await el.updateComplete;
  return {
    verdict,
    line: text(el, '.verdict'),
    checklist: $$(el, '[part=checks] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
    verifiedIn: events[0]!.verifiedIn,
    lookups: calls,
  };
}

/** The same credential shown twice: verified in the worker, then on the page. */
async function bothWays(credential: () => unknown, verdict: string, lang = 'en') {
  const worker = await shown(credential(), lang, verdict);
  verifyOnPageOnly(true);
  try {
    return { worker, page: await shown(credential(), lang, verdict) };
  } finally {
    verifyOnPageOnly(false);
  }
}

const tampered = () => ({ ...sample('dcc/v2/v2WithValidStatus'), name: 'tampered!' });

describe('<credential-badge> verified in a worker', () => {
  const cases: [string, () => unknown, string][] = [
    ['valid', () => sample('dcc/v2/v2WithValidStatus'), 'Verified'],
    ['tampered', tampered, 'Invalid'],
    ['expired', () => sample('dcc/v2/v2Expired'), 'Expired'],
    ['revoked', () => sample('dcc/v2/v2Revoked'), 'Revoked'],
  ];
  for (const [name, credential, verdict] of cases) {
    it(`reads the same for a ${name} credential as on the main thread`, async () => {
      const { worker, page } = await bothWays(credential, verdict);
      expect(worker.verifiedIn).to.equal('worker');
      expect(page.verifiedIn).to.equal('page');
      expect(worker.verdict).to.equal(verdict);
      expect(worker.checklist).to.have.length(8);
      expect(worker.verdict).to.equal(page.verdict);
      expect(worker.line).to.equal(page.line);
      expect(worker.checklist).to.deep.equal(page.checklist);
      // The lookups went through the adapter's fetch hook, on the page, both ways.
      expect(worker.lookups).to.deep.equal(page.lookups);
    });
  }

  it('translates on the page: the checklist of a German page reads German both ways', async () => {
    const { worker, page } = await bothWays(() => sample('dcc/v2/v2Revoked'), 'Widerrufen', 'de');
    expect(worker.verifiedIn).to.equal('worker');
    expect(worker.verdict).to.equal('Widerrufen');
    expect(worker.checklist).to.deep.equal(page.checklist);
    expect(worker.checklist.join(' ')).to.contain('Statusliste');
  });

  it('drops the job of a credential no longer shown: its lookup stops, the next one shows', async () => {
    let stopped = false;
    let asked = false;
    const events: MpVerifiedEvent[] = [];
    const adapter = {
      getCredential: async () => null,
      fetch: (url: string, init?: RequestInit) => {
        if (!url.endsWith('/e5WK8CbZ1GjycuPombrj'))
          return Promise.resolve(new Response('not here', { status: 404 }));
        if (asked) return Promise.resolve(Response.json(DCC_LIST));
        asked = true;
        // The first status lookup never answers: only its badge's cancellation ends it.
        return new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => {
            stopped = true;
            reject(init.signal!.reason);
          }),
        );
      },
    };
    const el = await badge(
      html`<credential-badge
        .adapter=${adapter}
        .credential=${sample('dcc/v2/v2Revoked')}
        @mp-verified=${(event: MpVerifiedEvent) => events.push(event)}
      ></credential-badge>`,
    );
    await waitUntil(() => asked, 'the status list was never asked for');
    expect(verifyWorkerState().jobs).to.equal(1);
    el.credential = sample('dcc/v2/v2WithValidStatus');
    await waitUntil(() => text(el, '[part=verdict]') === 'Verified', 'the new credential');
    expect(stopped).to.equal(true);
    expect(events.map((e) => [e.report.verdict, e.verifiedIn])).to.deep.equal([
      ['verified', 'worker'],
    ]);
    expect(verifyWorkerState().jobs).to.equal(0);
  });

  it('ends the worker when it has been idle a while, and starts another when needed', async () => {
    const idle = workerTimings.idleMs;
    workerTimings.idleMs = 50;
    try {
      await shown(sample('dcc/v2/v2Expired'), 'en', 'Expired');
      await waitUntil(() => !verifyWorkerState().running, 'the idle worker still runs');
      const again = await shown(sample('dcc/v2/v2Expired'), 'en', 'Expired');
      expect(again.verifiedIn).to.equal('worker');
    } finally {
      workerTimings.idleMs = idle;
    }
  });
});
