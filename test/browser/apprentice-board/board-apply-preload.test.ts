/**
 * The application form is a lazy chunk. Its code is asked for as soon as the pointer or focus
 * reaches "Apply here", so the click that follows does not wait on a download. (Its own file:
 * the check needs a page that has not loaded the form's code yet.)
 */
import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import { board, $, $$, titles, settled, sample } from '../../support/board-helpers.ts';

/** The page's requests for the form's module, as they start. */
const formRequests: string[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    if (entry.name.includes('/board-application.')) formRequests.push(entry.name);
}).observe({ type: 'resource', buffered: true });

describe('<apprentice-board>: "Apply here" preloads its form', () => {
  it('focus on Apply here loads the form’s code before the click, and the click opens the form', async () => {
    const applies: Event[] = [];
    const el = await board(
      createMemoryAdapter({
        listings: [sample({ id: 'a', title: 'Data apprentice', applyUrl: 'https://example.org' })],
      }),
      { detail: 'inline' },
    );
    el.addEventListener('mp-apply', (event) => applies.push(event));
    await settled(el, () => titles(el).length === 1);
    $$(el, '[part~=card] .open')[0]!.click();
    await settled(el, () => $(el, '[part=apply-here]') !== null);
    expect(formRequests, 'the form’s code loaded before anyone reached Apply here').to.deep.equal(
      [],
    );

    $<HTMLButtonElement>(el, '[part=apply-here]')!.focus();
    await settled(el, () => formRequests.length > 0, 'focus did not ask for the form’s code');
    // Focus only loads: no form, no mp-apply.
    expect($(el, '[part=application]')).to.equal(null);
    expect(applies).to.have.length(0);

    $(el, '[part=apply-here]')!.click();
    await settled(el, () => $(el, '[part=application]') !== null, 'the form did not open');
    expect(applies).to.have.length(1);
    expect(formRequests, 'the click fetched the form’s code again').to.have.length(1);
  });
});
