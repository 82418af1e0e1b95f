/** <apprentice-board> under the strict CSP with Trusted Types: no violation anywhere. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../packages/micropath/src/apprentice-board/define.ts';
import type { ApprenticeBoard } from '../../../packages/micropath/src/apprentice-board/apprentice-board.ts';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(
    `${event.violatedDirective} ${event.sample} at ${event.sourceFile}:${event.lineNumber}`,
  );
});

describe('<apprentice-board> under the strict CSP', () => {
  it('renders, filters, opens a listing with JSON-LD and takes an application without a violation', async () => {
    const adapter = createMemoryAdapter({
      listings: [
        {
          id: 'one',
          title: 'Data analyst micro-apprenticeship',
          kind: 'micro-apprenticeship',
          organization: { name: 'Northwind Labs' },
          descriptionHtml: '<h3>What you do</h3><p>Clean <em>real</em> data.</p>',
          skills: ['SQL'],
          compensation: { kind: 'paid', min: 18, currency: 'EUR', interval: 'hour' },
          applyUrl: 'https://example.org/apply',
          postedAt: '2026-11-02',
          locations: [{ label: 'Berlin, Germany' }],
        },
      ],
    });
    const el = await fixture<ApprenticeBoard>(
      html`<apprentice-board .adapter=${adapter} lang="de"></apprentice-board>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[part~=card]'), 'no card');
    await waitUntil(
      () => root.textContent!.includes('Angebote durchsuchen'),
      'German strings did not load',
    );
    root.querySelector<HTMLInputElement>('[part=filters] input')!.click();
    await el.openListing('one');
    await waitUntil(
      () => root.querySelector('[part=description] em'),
      'description did not render',
    );
    expect(root.querySelector<HTMLDialogElement>('dialog')!.open).to.equal(true);
    const ld = el.querySelector('script[type="application/ld+json"]')!;
    expect(JSON.parse(ld.textContent!).title).to.equal('Data analyst micro-apprenticeship');
    root.querySelector<HTMLElement>('[part=apply-here]')!.click();
    await waitUntil(() => root.querySelector('[part=application]'), 'no form');
    root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await waitUntil(() => root.querySelector('#apply-name-error'), 'no validation');
    expect(violations).to.deep.equal([]);
  });
});
