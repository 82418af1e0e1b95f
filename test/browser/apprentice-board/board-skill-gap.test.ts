/**
 * From a skill gap to a mentor: the board tells the page which required skills the visitor has
 * not shown (`mp-skill-gap`), when an opening is shown and again as credentials show more; with
 * `mentor-url`, each skill gets "Find a mentor for …", a plain link a page follows without
 * code of its own. Inside a `<micropath-provider>`, a `<mentor-booking>` follows the gap, and
 * the link keeps the visitor on the page and takes them to the booking.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../packages/micropath/src/provider/define.ts';
import '../../../packages/micropath/src/mentor-booking/define.ts';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import type { ApprenticeBoard } from '../../../packages/micropath/src/apprentice-board/apprentice-board.ts';
import type { MpSkillGapEvent } from '../../../packages/micropath/src/core/events.ts';
import { board, $, $$, titles, settled, sample } from '../../support/board-helpers.ts';
import { emailIdentifier, signedCredential } from '../../support/sign-credential.ts';

const SQL = 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742';
const listings = [
  sample({
    id: 'data',
    title: 'Data apprentice',
    skills: [
      { label: 'SQL', id: SQL, framework: 'ESCO' },
      'Python',
      { label: 'Spreadsheets', importance: 'preferred' },
    ],
  }),
];

const gaps = (el: Document) => {
  const seen: MpSkillGapEvent[] = [];
  el.addEventListener('mp-skill-gap', (e) => seen.push(e));
  return seen;
};
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function open(el: ApprenticeBoard) {
  await settled(el, () => titles(el).length === 1);
  $$(el, '[part~=card] .open')[0]!.click();
  await settled(el, () => $(el, '[part=detail]') !== null);
}

async function addCredential(el: ApprenticeBoard) {
  $(el, '[part=apply-here]')!.click();
  await settled(el, () => $(el, '[part=application]') !== null);
  const email = $<HTMLInputElement>(el, '#apply-email')!;
  email.value = 'ada@example.org';
  email.dispatchEvent(new InputEvent('input'));
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
  const paste = $<HTMLTextAreaElement>(el, '#apply-credential-paste')!;
  paste.value = jws;
  paste.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
  $$<HTMLButtonElement>(el, '.credentials button')
    .find((b) => text(b) === 'Add')!
    .click();
}

describe('<apprentice-board>: skill gaps', () => {
  it('an opening shown tells the page its required skills, once; credentials narrow the gap', async () => {
    const el = await board(createMemoryAdapter({ listings }), { detail: 'inline' });
    const seen = gaps(document);
    await open(el);
    expect(seen).to.have.length(1);
    expect(seen[0]!.listingId).to.equal('data');
    expect(seen[0]!.skills).to.deep.equal([
      { id: SQL, label: 'SQL', framework: 'ESCO' },
      { label: 'Python' },
    ]);
    expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
    expect(seen[0]!.cancelable).to.equal(false);
    el.requestUpdate();
    await el.updateComplete;
    expect(seen, 'not again for the same gap').to.have.length(1);

    await addCredential(el);
    await waitUntil(() => seen.length === 2, 'no gap after the credential was checked', {
      timeout: 4000,
    });
    expect(seen[1]!.skills).to.deep.equal([{ label: 'Python' }]);
  });

  it('with mentor-url, each skill and each skill not shown has "Find a mentor for …"', async () => {
    const el = await board(createMemoryAdapter({ listings }), { detail: 'inline' });
    el.mentorUrl = '/mentoring?skill={skill}';
    await open(el);
    const links = $$<HTMLAnchorElement>(el, '[part=mentor-links] [part=find-mentor]');
    expect(links.map(text)).to.deep.equal([
      'Find a mentor for SQL',
      'Find a mentor for Python',
      'Find a mentor for Spreadsheets',
    ]);
    expect(links[0]!.getAttribute('href')).to.equal(`/mentoring?skill=${encodeURIComponent(SQL)}`);
    expect(links[1]!.getAttribute('href')).to.equal('/mentoring?skill=Python');
    await expect(el).to.be.accessible();

    // Chosen, it tells the page first; a page that handles it keeps the visitor here.
    const seen = gaps(document);
    const stay = (e: MpSkillGapEvent) => e.preventDefault();
    document.addEventListener('mp-skill-gap', stay);
    try {
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      expect(links[1]!.dispatchEvent(click)).to.equal(false);
      expect(seen.at(-1)!.skills).to.deep.equal([{ label: 'Python' }]);
      expect(seen.at(-1)!.cancelable).to.equal(true);
    } finally {
      document.removeEventListener('mp-skill-gap', stay);
    }

    await addCredential(el);
    await settled(el, () => text($(el, '.match-summary')).startsWith('1 of 2'));
    const missing = $$(el, '[part~=skill-missing] [part=find-mentor]').map(text);
    expect(missing).to.deep.equal(['Find a mentor for Python', 'Find a mentor for Spreadsheets']);
    expect($$(el, '[part~=skill-met] [part=find-mentor]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('without mentor-url there are no mentor links', async () => {
    const el = await board(createMemoryAdapter({ listings }), { detail: 'inline' });
    await open(el);
    expect($(el, '[part=mentor-links]')).to.equal(null);
  });

  it('inside a provider, a booking follows the gap, and "Find a mentor" takes the visitor to it', async () => {
    const page = await fixture<HTMLElement>(
      html`<micropath-provider .adapters=${{ listings: createMemoryAdapter({ listings }) }}>
        <apprentice-board detail="inline" lang="en" mentor-url="/mentoring?skill={skill}">
        </apprentice-board>
        <mentor-booking lang="en"></mentor-booking>
      </micropath-provider>`,
    );
    const el = page.querySelector<ApprenticeBoard>('apprentice-board')!;
    const booking = page.querySelector<HTMLElement & { skills?: unknown }>('mentor-booking')!;
    await open(el);
    expect(booking.skills).to.deep.equal([
      { id: SQL, label: 'SQL', framework: 'ESCO' },
      { label: 'Python' },
    ]);
    const link = $$<HTMLAnchorElement>(el, '[part=find-mentor]')[1]!;
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    expect(link.dispatchEvent(click), 'the link was followed').to.equal(false);
    expect(booking.skills).to.deep.equal([{ label: 'Python' }]);
    expect(document.activeElement).to.equal(booking);
  });
});
