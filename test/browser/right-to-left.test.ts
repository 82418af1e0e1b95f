/**
 * Every widget in Arabic is laid out right to left: what sits at the inline start of a row in
 * English sits at its right, direction arrows point the other way, the date grid's ArrowLeft
 * goes to the next day (WAI-ARIA APG grid), and the time zone popover opens aligned to its
 * button's right edge. Latin feed text keeps its own order. Positions are compared between the
 * same widget in English and in Arabic, with getBoundingClientRect.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAdapter } from '../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import type { MentorBooking } from '../../packages/micropath/src/mentor-booking/mentor-booking.ts';
import type { ApprenticeBoard } from '../../packages/micropath/src/apprentice-board/apprentice-board.ts';
import type { CredentialBadge } from '../../packages/micropath/src/credential-badge/credential-badge.ts';
import '../../packages/micropath/src/apprentice-board/define.ts';
import '../../packages/micropath/src/mentor-booking/define.ts';
import '../../packages/micropath/src/credential-badge/define.ts';
import { everyDay } from '../support/booking-helpers.ts';
import { signedCredential } from '../support/badge-helpers.ts';

type Widget = HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<boolean> };
const $ = <T extends HTMLElement = HTMLElement>(el: Widget, selector: string) =>
  el.shadowRoot.querySelector<T>(selector);
const $$ = <T extends HTMLElement = HTMLElement>(el: Widget, selector: string) => [
  ...el.shadowRoot.querySelectorAll<T>(selector),
];
const box = (el: Widget, selector: string) => {
  const found = $(el, selector);
  expect(found, selector).to.not.equal(null);
  return found!.getBoundingClientRect();
};
const direction = (node: Element) => getComputedStyle(node).direction;
async function until(el: Widget, condition: () => unknown, message: string) {
  await waitUntil(condition, message, { timeout: 5000 });
  await el.updateComplete;
}

/** Where a run of text inside `node` is drawn: the box of its `index`th character. */
function charBox(node: Node, index: number): DOMRect {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let offset = index;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const length = text.textContent!.length;
    if (offset < length) {
      const range = document.createRange();
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      return range.getBoundingClientRect();
    }
    offset -= length;
  }
  throw new Error(`no character ${index}`);
}

const listings = [
  {
    id: 'L1',
    title: 'Junior Developer C++',
    organization: { name: 'Northwind Labs' },
    kind: 'micro-internship' as const,
    skills: ['SQL'],
  },
];

describe('right to left', () => {
  it('mirrors <apprentice-board> in Arabic and keeps a Latin title in its own order', async () => {
    const make = (lang: string) =>
      fixture<ApprenticeBoard>(
        html`<apprentice-board
          lang=${lang}
          style="inline-size: 720px"
          .adapter=${createMemoryAdapter({ listings })}
        ></apprentice-board>`,
      );
    const en = (await make('en')) as unknown as Widget;
    const ar = (await make('ar')) as unknown as Widget;
    for (const el of [en, ar]) await until(el, () => $(el, '[part~=card]'), 'cards show');
    await until(ar, () => /فرصة/.test($(ar, '[part=count]')!.textContent!), 'Arabic count');
    expect(direction($(ar, '[part=base]')!)).to.equal('rtl');
    expect(direction($(en, '[part=base]')!)).to.equal('ltr');
    // The search field comes first: left of the sort in English, right of it in Arabic.
    expect(box(en, '[part=search]').left).to.be.below(box(en, '[part=sort]').left);
    expect(box(ar, '[part=search]').right).to.be.above(box(ar, '[part=sort]').right);
    // Text starts at the right edge of its card.
    const card = box(ar, '[part~=card]');
    const kind = box(ar, '[part=kind]');
    expect(card.right - kind.right).to.be.below(kind.left - card.left);
    // "Junior Developer C++": the J is drawn left of the last "+", which a right-to-left
    // paragraph would move to the far left ("++Junior Developer C").
    const title = $(ar, '[part~=title]')!;
    const text = title.textContent!.trim();
    const start = title.textContent!.indexOf(text);
    expect(charBox(title, start).left).to.be.below(charBox(title, start + text.length - 1).left);
    await expect(ar).to.be.accessible();
  });

  it('mirrors <mentor-booking> in Arabic: month arrows, weekdays, ArrowLeft to the next day, the zone popover', async () => {
    const mentors = [everyDay({ id: 'ana', name: 'Ana Ruiz', headline: 'Data engineer' })];
    const make = (lang: string) =>
      fixture<MentorBooking>(
        html`<mentor-booking
          lang=${lang}
          style="inline-size: 720px"
          mentor-id="ana"
          time-zone="UTC"
          .adapter=${createMemoryAdapter({ mentors })}
        ></mentor-booking>`,
      );
    const en = (await make('en')) as unknown as Widget;
    const ar = (await make('ar')) as unknown as Widget;
    for (const el of [en, ar])
      await until(
        el,
        () => $(el, '[part=calendar]')?.getAttribute('aria-busy') === 'false',
        'calendar loads',
      );
    await until(ar, () => $(ar, '[aria-label="الشهر التالي"]'), 'Arabic labels');
    // One UI language per page (the last asked for): the English-laid-out widget speaks Arabic
    // too, so the month buttons are found by their place in the markup.
    const previous = (el: Widget) => box(el, '[part=month] button:first-of-type');
    const next = (el: Widget) => box(el, '[part=month] button:last-of-type');
    // Previous month is at the start: left in a left-to-right layout, right in Arabic.
    expect(previous(en).left).to.be.below(next(en).left);
    expect(previous(ar).left).to.be.above(next(ar).left);
    // Its arrow points the other way.
    const arrow = (el: Widget) => getComputedStyle($(el, '[part=month] .arrow')!).transform;
    expect(arrow(en)).to.equal('none');
    expect(arrow(ar)).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    // The week's first day is the rightmost column.
    const heads = $$(ar, '[part=calendar] th').map((th) => th.getBoundingClientRect().left);
    expect(heads[0]).to.be.above(heads[heads.length - 1]!);

    // ArrowLeft moves to the next day, ArrowRight to the day before; up and down by week.
    const focused = () => (ar.shadowRoot.activeElement as HTMLElement | null)?.dataset.date;
    const start = $(ar, '[part=calendar] [tabindex="0"]')!;
    start.focus();
    const from = focused()!;
    const tomorrow = new Date(`${from}T12:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    await sendKeys({ press: 'ArrowLeft' });
    await ar.updateComplete;
    expect(focused()).to.equal(tomorrow.toISOString().slice(0, 10));
    expect(charBox($(ar, `[data-date="${focused()}"]`)!, 0).right).to.be.below(
      $(ar, `[data-date="${from}"]`)!.getBoundingClientRect().left + 1,
    );
    await sendKeys({ press: 'ArrowRight' });
    await ar.updateComplete;
    expect(focused()).to.equal(from);

    // The time zone popover opens below its button, aligned to the button's right edge (room
    // is made for it on the left: where it does not fit, it flips to the button's left edge).
    ar.style.marginInlineStart = `${Math.max(0, 400 - box(ar, '#zone-button').right)}px`;
    $(ar, '#zone-button')!.click();
    await until(ar, () => $(ar, '#zone-panel')?.matches(':popover-open'), 'zone panel opens');
    await until(
      ar,
      () => Math.abs(box(ar, '#zone-panel').right - box(ar, '#zone-button').right) < 1.5,
      'panel aligned to the button’s right edge',
    );
    expect(box(ar, '#zone-panel').top).to.be.at.least(box(ar, '#zone-button').bottom);
    await expect(ar).to.be.accessible();
  });

  it('mirrors <credential-badge> in Arabic', async () => {
    const { jws } = await signedCredential({ validUntil: '2099-12-31T00:00:00Z' });
    const make = (lang: string) =>
      fixture<CredentialBadge>(
        html`<credential-badge
          lang=${lang}
          style="inline-size: 720px"
          .adapter=${{ getCredential: async () => jws }}
          credential-id="x"
        ></credential-badge>`,
      );
    const en = (await make('en')) as unknown as Widget;
    const ar = (await make('ar')) as unknown as Widget;
    for (const el of [en, ar]) await until(el, () => $(el, '[part=verdict]'), 'verdict shows');
    await until(ar, () => /موثَّقة/.test($(ar, '[part=verdict]')!.textContent!), 'Arabic verdict');
    expect(direction($(ar, '[part=base]')!)).to.equal('rtl');
    // The image sits at the inline start: left of the text in English, right of it in Arabic.
    expect(box(en, '[part=image]').left).to.be.below(box(en, '[part=content]').left);
    expect(box(ar, '[part=image]').right).to.be.above(box(ar, '[part=content]').right);
    await expect(ar).to.be.accessible();
  });

  it('keeps a Latin name inside an Arabic sentence in its own order', async () => {
    const { jws } = await signedCredential(
      { validUntil: '2099-12-31T00:00:00Z' },
      { issuerName: 'Academy C++' },
    );
    const el = (await fixture<CredentialBadge>(
      html`<credential-badge
        lang="ar"
        .adapter=${{ getCredential: async () => jws }}
        credential-id="x"
      ></credential-badge>`,
    )) as unknown as Widget;
    const sentence = () => $(el, '[part=verdict] + span');
    await until(el, () => /Academy C\+\+/.test(sentence()?.textContent ?? ''), 'explained');
    const text = sentence()!.textContent!;
    // "وقّعتها Academy C++، …": the name's "++" stays after its "C", right of it on screen; taken
    // into the sentence's direction it would be drawn left of "Academy".
    const c = charBox(sentence()!, text.indexOf('C++'));
    const plus = charBox(sentence()!, text.indexOf('C++') + 2);
    const academy = charBox(sentence()!, text.indexOf('Academy'));
    expect(plus.left).to.be.above(c.left);
    expect(academy.left).to.be.below(c.left);
  });

  it('follows dir="rtl" on the page for an English widget, and its own dir="ltr" over Arabic', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl">
        <apprentice-board
          lang="en"
          style="inline-size: 720px"
          .adapter=${createMemoryAdapter({ listings })}
        ></apprentice-board>
        <apprentice-board
          lang="ar"
          dir="ltr"
          style="inline-size: 720px"
          .adapter=${createMemoryAdapter({ listings })}
        ></apprentice-board>
      </div>`,
    );
    const [page, own] = [...wrapper.querySelectorAll('apprentice-board')] as unknown as Widget[];
    for (const el of [page!, own!]) await until(el, () => $(el, '[part~=card]'), 'cards show');
    expect(direction($(page!, '[part=base]')!)).to.equal('rtl');
    expect(box(page!, '[part=search]').right).to.be.above(box(page!, '[part=sort]').right);
    expect(direction($(own!, '[part=base]')!)).to.equal('ltr');
    expect(box(own!, '[part=search]').left).to.be.below(box(own!, '[part=sort]').left);
  });
});
