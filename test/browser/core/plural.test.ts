/**
 * Counted messages take the plural form of the language the strings are in (six in Arabic,
 * 0 singular in French, one in Japanese), with the number formatted for the element's locale.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { plural, type PluralForms } from '../../../packages/micropath/src/core/plural.ts';
import { requestUiLocale } from '../../../packages/micropath/src/core/locale.ts';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import '../../../packages/micropath/src/apprentice-board/define.ts';
import type { ApprenticeBoard } from '../../../packages/micropath/src/apprentice-board/apprentice-board.ts';
import { makeListings } from '../../support/listing-factory.ts';

const forms: PluralForms = {
  zero: (n) => `zero ${n}`,
  one: (n) => `one ${n}`,
  two: (n) => `two ${n}`,
  few: (n) => `few ${n}`,
  many: (n) => `many ${n}`,
  other: (n) => `other ${n}`,
};

describe('plural', () => {
  it('chooses among six forms in Arabic, and says 0 in the singular in French', async () => {
    await requestUiLocale('ar');
    expect([0, 1, 2, 3, 10, 11, 99, 100].map((n) => plural(n, 'en', forms))).to.deep.equal([
      'zero 0',
      'one 1',
      'two 2',
      'few 3',
      'few 10',
      'many 11',
      'many 99',
      'other 100',
    ]);
    await requestUiLocale('fr');
    expect(plural(0, 'fr', forms)).to.equal('one 0');
    expect(plural(2, 'fr', forms)).to.equal('other 2');
    await requestUiLocale('pt-BR');
    expect(plural(0, 'pt-BR', forms)).to.equal('one 0');
    await requestUiLocale('ja');
    expect(plural(1, 'ja', forms)).to.equal('other 1');
    await requestUiLocale('de');
    expect(plural(1234, 'de-AT', forms)).to.equal(
      `other ${new Intl.NumberFormat('de-AT').format(1234)}`,
    );
    expect(plural(2, 'not a tag!', forms)).to.equal('other 2'); // a malformed lang
  });

  it('counts openings in Arabic with the form for 3 to 10 and the one for 11 to 99', async () => {
    const count = async (n: number) => {
      const el = await fixture<ApprenticeBoard>(
        html`<apprentice-board
          lang="ar"
          page-size="50"
          .adapter=${createMemoryAdapter({ listings: makeListings(n) })}
        ></apprentice-board>`,
      );
      const line = () => el.shadowRoot!.querySelector('[part=count]')?.textContent?.trim() ?? '';
      await waitUntil(() => /^[\d٠-٩]+ فرص/.test(line()), 'an Arabic count', { timeout: 5000 });
      return line();
    };
    const digits = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(await count(3)).to.equal(`${digits(3)} فرص`);
    expect(await count(11)).to.equal(`${digits(11)} فرصة`);
    expect(await count(2)).to.equal(`${digits(2)} فرصتان`);
  });

  it('says a maximum length from the page’s address in the form its number takes', async () => {
    const chip = async (maxWeeks: number) => {
      const el = await fixture<ApprenticeBoard>(
        html`<apprentice-board
          lang="ar"
          .query=${{ maxWeeks }}
          .adapter=${createMemoryAdapter({ listings: makeListings(1) })}
        ></apprentice-board>`,
      );
      const text = () => el.shadowRoot!.querySelector('.chip')?.textContent?.trim() ?? '';
      await waitUntil(() => text().startsWith('حتى'), 'an Arabic chip', { timeout: 5000 });
      return text().replace('×', '').trim();
    };
    const digits = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(await chip(8)).to.equal(`حتى ${digits(8)} أسابيع`);
    expect(await chip(20)).to.equal(`حتى ${digits(20)} أسبوعًا`);
  });
});
