/**
 * A card says when an opening was posted as its language says it: a relative time within a
 * month ("Publiée il y a 3 jours"), a date after that with the word the language puts before a
 * date ("Publiée le 5 oct. 2026"), each formatted by `Intl` for the board's locale.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import type { ApprenticeBoard } from '../../../packages/micropath/src/apprentice-board/apprentice-board.ts';
import '../../../packages/micropath/src/apprentice-board/define.ts';

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

describe('<apprentice-board> posting dates', () => {
  it('says a recent posting in relative time and an older one with its date, in French', async () => {
    const listing = (id: string, postedAt: string) => ({
      id,
      title: `Opening ${id}`,
      organization: { name: 'Atelier' },
      kind: 'apprenticeship' as const,
      postedAt,
    });
    const old = day(-60);
    const el = await fixture<ApprenticeBoard>(
      html`<apprentice-board
        lang="fr"
        sort="title"
        .adapter=${createMemoryAdapter({
          listings: [listing('a', new Date(Date.now() - 3 * DAY).toISOString()), listing('b', old)],
        })}
      ></apprentice-board>`,
    );
    const posted = () =>
      [...el.shadowRoot!.querySelectorAll('[part=posted]')].map((p) => p.textContent!.trim());
    await waitUntil(() => posted().length === 2 && posted()[0]!.startsWith('Publiée'), 'dates', {
      timeout: 5000,
    });
    const date = new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeZone: 'UTC' });
    expect(posted()).to.have.members([
      `Publiée ${new Intl.RelativeTimeFormat('fr', { numeric: 'auto' }).format(-3, 'day')}`,
      `Publiée le ${date.format(Date.parse(old))}`,
    ]);
  });
});
