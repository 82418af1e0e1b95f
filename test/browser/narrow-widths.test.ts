/**
 * Long and wide text at 320 px: in every UI language (French and Portuguese run about a third
 * longer than English, German has long compounds, Japanese wraps without spaces, Arabic is laid
 * out right to left) no widget scrolls sideways: the host and every shadow part keep
 * scrollWidth <= clientWidth, in each widget's main states; no word is broken across two lines
 * (a run of letters and digits drawn on two lines; Japanese wraps between its characters by its
 * own rules, so only its runs of other scripts count); and axe finds nothing in any language.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter } from '../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import { currentUiLocale, uiLocaleFor } from '../../packages/micropath/src/core/locale.ts';
import '../../packages/micropath/src/apprentice-board/define.ts';
import '../../packages/micropath/src/mentor-booking/define.ts';
import '../../packages/micropath/src/credential-badge/define.ts';
import { everyDay, firstFreeDay } from '../support/booking-helpers.ts';
import { signedCredential } from '../support/badge-helpers.ts';
import { longTexts } from '../../stories/support/board-data.ts';
import type { MentorBooking } from '../../packages/micropath/src/mentor-booking/mentor-booking.ts';

type Widget = HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<boolean> };
const LOCALES = ['en', 'es', 'de', 'fr', 'pt-BR', 'ar', 'ja'];

/** Every element that overflows sideways: the host, then each part (hidden text aside). */
function overflowing(el: Widget): string[] {
  const found: string[] = [];
  const check = (node: Element, name: string) => {
    if (node.scrollWidth > node.clientWidth)
      found.push(`${name}: ${node.scrollWidth} > ${node.clientWidth}`);
  };
  check(el, el.localName);
  for (const part of el.shadowRoot.querySelectorAll('[part]')) {
    const style = getComputedStyle(part);
    if (
      style.display === 'none' ||
      style.display === 'contents' ||
      part.closest('.visually-hidden')
    )
      continue;
    if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue; // scrolls by design
    if (style.clipPath === 'inset(50%)') continue; // shown on focus only (the skip link)
    check(part, `[part="${part.getAttribute('part')}"]`);
  }
  return found;
}

/** Kana and ideographs: Japanese lines may break between any two of them. */
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The widest line a word in `node` could have: the content box of the nearest grid or flex
 * container around it (a column squeezed by its neighbours is no excuse), else of its block.
 */
function lineWidth(node: Element): number {
  let box: Element = node;
  for (let up = node.parentElement; up; up = up.parentElement) {
    if (/grid|flex/.test(getComputedStyle(up).display)) {
      box = up;
      break;
    }
  }
  const style = getComputedStyle(box);
  return (
    box.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd)
  );
}

/**
 * Every word drawn on more than one line although the row it sits in would hold it, with the
 * text it sits in. A word longer than that (a German compound of 32 letters in a mentor's card)
 * may only break: Chromium hyphenates only where it has a dictionary, else it would overflow.
 */
function brokenWords(el: Widget): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest('.visually-hidden, [hidden], style')) continue;
    if (!parent.checkVisibility()) continue;
    for (const word of node.data.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
      if (cjk.test(word[0]) || word[0].length < 2) continue;
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const rects = [...range.getClientRects()];
      const lines = new Set(rects.map((rect) => Math.round(rect.bottom)));
      const width = rects.reduce((sum, rect) => sum + rect.width, 0);
      const line = lines.size > 1 ? lineWidth(parent) : 0;
      if (width <= line) {
        const where = node.data.trim().slice(0, 60);
        found.push(`"${word[0]}" (${Math.round(width)} of ${Math.round(line)} px) in "${where}"`);
      }
    }
  }
  return found;
}

/** What overflows or breaks mid-word, in one list. */
const badText = (el: Widget) => [...overflowing(el), ...brokenWords(el)];

async function shown(el: Widget, lang: string, ready: () => unknown, what: string) {
  await waitUntil(() => currentUiLocale() === uiLocaleFor(lang) && ready(), `${what} in ${lang}`, {
    timeout: 5000,
  });
  await el.updateComplete;
}

const $ = <T extends HTMLElement = HTMLElement>(el: Widget, selector: string) =>
  el.shadowRoot.querySelector<T>(selector);

const mentors = [
  everyDay({
    id: 'ana',
    name: 'Ana María Fernández-Villaverde de los Ríos',
    headline: 'Datenbankentwicklungsingenieurin und Qualitätssicherungsbeauftragte',
    expertise: ['Softwarearchitekturdokumentation', 'Kundenbeziehungsmanagement'],
    languages: ['es', 'de', 'ja'],
    bio: 'Hilft bei Bewerbungsunterlagen, Vorstellungsgesprächen und Karriereplanung. '.repeat(3),
    sessionTypes: [
      { id: 'intro', name: 'Karriereorientierungsgespräch', durationMinutes: 30 },
      { id: 'cv', name: 'Lebenslaufüberprüfung', durationMinutes: 45 },
    ],
  }),
];

for (const lang of LOCALES) {
  describe(`320 px wide, in ${lang}`, () => {
    it('<apprentice-board>: the list, the filters and an opening', async () => {
      const el = await fixture<Widget>(
        html`<apprentice-board
          lang=${lang}
          detail="inline"
          style="inline-size: 320px"
          .adapter=${createMemoryAdapter({ listings: longTexts })}
        ></apprentice-board>`,
      );
      await shown(el, lang, () => $(el, '[part~=card]'), 'cards');
      expect(badText(el), 'list').to.deep.equal([]);
      $(el, '.filters-toggle')!.click();
      await el.updateComplete;
      expect(badText(el), 'filters').to.deep.equal([]);
      $(el, '[part~=card] .open')!.click();
      await waitUntil(() => $(el, '[part~=detail]'), 'detail', { timeout: 5000 });
      await el.updateComplete;
      expect(badText(el), 'detail').to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('<mentor-booking>: mentors, the calendar and the form', async () => {
      const el = (await fixture<MentorBooking>(
        html`<mentor-booking
          lang=${lang}
          style="inline-size: 320px"
          time-zone="America/Argentina/Buenos_Aires"
          .adapter=${createMemoryAdapter({ mentors })}
        ></mentor-booking>`,
      )) as unknown as Widget & MentorBooking;
      await shown(el, lang, () => $(el, '[part=mentor]'), 'mentors');
      expect(badText(el), 'mentors').to.deep.equal([]);
      $(el, '[part=mentor] button')!.click();
      await el.updateComplete;
      expect(badText(el), 'sessions').to.deep.equal([]);
      $(el, '[part~=session]')!.click();
      (await firstFreeDay(el)).click();
      await waitUntil(() => $(el, '[part~=slot]'), 'times of the day', { timeout: 5000 });
      await el.updateComplete;
      expect(badText(el), 'calendar').to.deep.equal([]);
      $(el, '[part~=slot]')!.click();
      await waitUntil(() => $(el, '[part=form]'), 'form', { timeout: 5000 });
      await el.updateComplete;
      expect(badText(el), 'form').to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('<credential-badge>: the verdict and its checklist', async () => {
      const { jws } = await signedCredential({ validUntil: '2099-12-31T00:00:00Z' });
      const el = await fixture<Widget>(
        html`<credential-badge
          lang=${lang}
          style="inline-size: 320px"
          .adapter=${{ getCredential: async () => jws }}
          credential-id="x"
        ></credential-badge>`,
      );
      await shown(el, lang, () => $(el, '[part=verdict]'), 'verdict');
      expect(badText(el), 'verdict').to.deep.equal([]);
      $(el, 'summary')!.click();
      await el.updateComplete;
      expect(badText(el), 'checklist').to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });
}
