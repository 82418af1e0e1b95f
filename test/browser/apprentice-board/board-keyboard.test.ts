import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import type { ApprenticeBoard } from '../../../packages/micropath/src/apprentice-board/apprentice-board.ts';
import { board, $, $$, titles, settled, sample } from '../../support/board-helpers.ts';
import { emailIdentifier, signedCredential } from '../../support/sign-credential.ts';

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
    expect(active(el)!.getAttribute('part')).to.equal('skip'); // "Skip to results"
    await sendKeys({ press: 'Tab' });
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

  it('skips the filters: "Skip to results" takes focus to the openings, the next Tab to the first', async () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      sample({ id: `s${i}`, title: `Opening ${i}`, skills: [`Skill ${i}`], kind: 'internship' }),
    );
    const el = await board(createMemoryAdapter({ listings: many }), { pageSize: 12 });
    await settled(el, () => titles(el).length === 12);
    const skip = $<HTMLAnchorElement>(el, '[part=skip]')!;
    expect(skip.getBoundingClientRect().width, 'hidden until reached').to.be.at.most(1);
    $<HTMLInputElement>(el, '#search')!.focus();
    for (let i = 0; i < 4 && active(el)?.getAttribute('part') !== 'skip'; i++)
      await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(skip);
    expect(skip.getBoundingClientRect().width, 'shown when focused').to.be.above(20);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    expect(active(el)!.id).to.equal('results');
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.classList.contains('open')).to.equal(true);
    expect(active(el)!.textContent!.trim()).to.equal(titles(el)[0]);
  });

  it('applies with a credential by keyboard alone, axe clean at each step', async () => {
    const SQL = 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742';
    const adapter = createMemoryAdapter({
      listings: [
        sample({ id: 'sql', title: 'Data apprentice', skills: [{ label: 'SQL', id: SQL }] }),
      ],
    });
    const el = await board(adapter, { detail: 'inline' });
    await settled(el, () => titles(el).length === 1);
    const { jws } = await signedCredential({
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: await emailIdentifier('ada@example.org'),
        achievement: {
          type: ['Achievement'],
          name: 'SQL Basics',
          alignment: [{ type: ['Alignment'], targetName: 'SQL', targetUrl: SQL }],
        },
      },
    });
    const tabTo = async (found: (node: HTMLElement) => boolean) => {
      for (let i = 0; i < 30 && !(active(el) && found(active(el)!)); i++)
        await sendKeys({ press: 'Tab' });
      expect(active(el) && found(active(el)!), 'not reached by Tab').to.equal(true);
    };
    $<HTMLElement>(el, '.open')!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el, () => $(el, '[part=apply-here]') !== null);
    await tabTo((node) => node.getAttribute('part') === 'apply-here');
    await sendKeys({ press: 'Enter' });
    await settled(el, () => active(el)?.id === 'apply-name', 'the form did not take focus');
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'Ada Lindqvist' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ada@example.org' });
    await tabTo((node) => node.id === 'apply-credential-paste');
    await sendKeys({ type: jws });
    await tabTo((node) => node.textContent?.trim() === 'Add');
    await sendKeys({ press: 'Enter' });
    await settled(
      el,
      () => $$(el, '[part~=applied-credential]')[0]?.textContent?.includes('Verified') ?? false,
      'not verified',
    );
    expect($(el, '.match-summary')!.textContent!.trim()).to.equal(
      '1 of 1 required skills shown by verified credentials',
    );
    await expect(el).to.be.accessible();
    await tabTo((node) => node.id === 'apply-consent');
    await sendKeys({ press: 'Space' });
    await tabTo((node) => node.getAttribute('part') === 'submit');
    await sendKeys({ press: 'Enter' });
    await settled(el, () => $(el, '[part=receipt]') !== null);
    expect(active(el)!.getAttribute('part')).to.equal('receipt');
    await expect(el).to.be.accessible();
    expect(adapter.applications[0]!.credentials).to.deep.equal([jws]);
  });
});
