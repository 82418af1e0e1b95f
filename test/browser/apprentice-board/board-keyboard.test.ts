import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import type { ApprenticeBoard } from '../../../packages/micropath/src/apprentice-board/apprentice-board.ts';
import { board, $, titles, settled, sample } from '../../support/board-helpers.ts';

const listings = [
  sample({
    id: 'a',
    title: 'Data analyst micro-apprenticeship',
    kind: 'micro-apprenticeship',
    descriptionHtml: '<p>Data.</p>',
  }),
  sample({ id: 'b', title: 'Café operations micro-internship', kind: 'micro-internship' }),
];

const active = (el: ApprenticeBoard) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<apprentice-board>: keyboard only', () => {
  it('searches, filters, opens a listing and closes it with the keyboard alone', async () => {
    const el = await board(createMemoryAdapter({ listings }));
    await settled(el, () => titles(el).length === 2);
    $<HTMLInputElement>(el, '#search')!.focus();
    await sendKeys({ type: 'cafe' });
    await settled(el, () => titles(el).length === 1);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await settled(el, () => titles(el).length === 2);
    await sendKeys({ press: 'Tab' }); // sort
    expect(active(el)!.getAttribute('part')).to.equal('sort');
    await sendKeys({ press: 'Tab' }); // filters button (narrow) or the first filter (wide)
    if (active(el)!.classList.contains('filters-toggle')) {
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
    }
    expect((active(el) as HTMLInputElement).type).to.equal('checkbox');
    await sendKeys({ press: 'Space' }); // the first kind
    await settled(el, () => titles(el).length === 1);
    // Tab on to the card's title and open it.
    for (let i = 0; i < 40 && !active(el)?.classList.contains('open'); i++)
      await sendKeys({ press: 'Tab' });
    expect(active(el)!.classList.contains('open')).to.equal(true);
    const title = active(el)!.textContent!.trim();
    await sendKeys({ press: 'Enter' });
    await settled(el, () => $<HTMLDialogElement>(el, 'dialog')!.open);
    expect(active(el)!.id).to.equal('detail-title');
    await sendKeys({ press: 'Escape' });
    await settled(el, () => !$<HTMLDialogElement>(el, 'dialog')!.open);
    expect(active(el)!.textContent!.trim()).to.equal(title);
  });
});
