import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import { createRestAdapter } from '../../../packages/micropath/src/adapters/rest-adapter.ts';
import { MpQueryChangeEvent } from '../../../packages/micropath/src/apprentice-board/events.ts';
import type { ListingsAdapter } from '../../../packages/micropath/src/core/contracts.ts';
import { makeListings } from '../../support/listing-factory.ts';
import { contractUrl } from '../../support/contract-url.ts';
import {
  board,
  $,
  $$,
  titles,
  countText,
  settled,
  type,
  sample,
  inDays,
} from '../../support/board-helpers.ts';

const listings = [
  sample({
    id: 'a',
    title: 'Data analyst micro-apprenticeship',
    kind: 'micro-apprenticeship',
    organization: { name: 'Northwind Labs', logoUrl: 'https://example.org/logo.png' },
    summary: 'Clean real sales data.',
    skills: ['SQL', 'Excel'],
    workplace: 'remote',
    locations: [{ label: 'Berlin, Germany' }],
    duration: { min: 4, max: 6, unit: 'weeks' },
    hoursPerWeek: { min: 10, max: 15 },
    compensation: { kind: 'paid', min: 18, max: 22, currency: 'EUR', interval: 'hour' },
    mentorship: 'Weekly 1:1 with a senior analyst',
    credential: { name: 'Data Analysis Fundamentals' },
    postedAt: inDays(-3),
    applyBy: inDays(3.5),
    spots: 2,
  }),
  sample({
    id: 'b',
    title: 'Café operations micro-internship',
    kind: 'micro-internship',
    skills: ['Customer service'],
    workplace: 'onsite',
    compensation: { kind: 'stipend', min: 500, currency: 'EUR', interval: 'total' },
    postedAt: inDays(-1),
    applyBy: inDays(-2),
    duration: { max: 20, unit: 'hours' },
  }),
  sample({
    id: 'c',
    title: 'Electrician apprenticeship',
    kind: 'apprenticeship',
    skills: ['Wiring'],
    workplace: 'onsite',
    compensation: { kind: 'unpaid' },
    postedAt: inDays(-10),
    applyBy: inDays(40),
    duration: { min: 24, max: 36, unit: 'months' },
    spots: 0,
  }),
];

describe('<apprentice-board>: cards', () => {
  it('shows what a candidate decides on, formatted for the locale', async () => {
    const el = await board(createMemoryAdapter({ listings }));
    await settled(el, () => titles(el).length === 3);
    expect(countText(el)).to.equal('3 openings');
    const card = $$(el, '[part~=card]').find((c) => c.textContent!.includes('Data analyst'))!;
    const text = card.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Micro-apprenticeship');
    expect(text).to.contain('Northwind Labs');
    expect(text).to.contain('Remote · Berlin, Germany');
    expect(text).to.contain('4–6 weeks, 10–15 hours per week');
    expect(text).to.contain('€18 – €22 per hour');
    expect(text).to.contain('2 spots left');
    expect(text).to.contain('Mentorship: Weekly 1:1 with a senior analyst');
    expect(text).to.contain('Credential on completion: Data Analysis Fundamentals');
    expect(text).to.contain('Closes in 3 days');
    expect(text).to.contain('Posted 3 days ago');
    expect([...card.querySelectorAll('[part=skill]')].map((s) => s.textContent)).to.deep.equal([
      'SQL',
      'Excel',
    ]);
    expect(card.querySelector('img[part=logo]')!.getAttribute('alt')).to.equal('');
    const cafe = $$(el, '[part~=card]').find((c) => c.textContent!.includes('Café'))!;
    expect(cafe.getAttribute('part')).to.equal('card card-closed');
    expect(cafe.textContent).to.contain('Closed');
    expect(cafe.textContent).to.contain('Stipend: €500 in total');
    const electrician = $$(el, '[part~=card]').find((c) => c.textContent!.includes('Electrician'))!;
    expect(electrician.textContent).to.contain('Unpaid');
    expect(electrician.textContent).to.contain('No spots left');
    expect(electrician.textContent).to.match(/Apply by \w{3} \d+, \d{4}/);
    await expect(el).to.be.accessible();
  });

  it('formats in German when the page is German', async () => {
    const el = await board(createMemoryAdapter({ listings }), { lang: 'de' });
    await settled(el, () => titles(el).length === 3);
    const text = $$(el, '[part~=card]')
      .find((c) => c.textContent!.includes('Data analyst'))!
      .textContent!.replace(/\s+/g, ' ');
    expect(text).to.match(/18–22\s€/);
  });
});

describe('<apprentice-board>: finding', () => {
  it('searches instantly on a whole-board source and announces the count', async () => {
    const el = await board(createMemoryAdapter({ listings }));
    await settled(el, () => titles(el).length === 3);
    const events: MpQueryChangeEvent[] = [];
    el.addEventListener('mp-query-change', (e) => events.push(e));
    await type($<HTMLInputElement>(el, '#search')!, 'cafe');
    await settled(el, () => titles(el).length === 1);
    expect(titles(el)).to.deep.equal(['Café operations micro-internship']);
    expect($(el, '[part=count]')!.getAttribute('role')).to.equal('status');
    expect(countText(el)).to.equal('1 opening');
    expect(events.at(-1)!.query.q).to.equal('cafe');
  });

  it('filters with facet counts, shows removable chips and clears all', async () => {
    const el = await board(createMemoryAdapter({ listings }));
    await settled(el, () => titles(el).length === 3);
    const kindBox = (label: string) =>
      $$(el, '[part=filter-group] label').find((l) => l.textContent!.includes(label))!;
    expect(kindBox('Apprenticeship').querySelector('.count')!.textContent).to.equal('1');
    kindBox('Apprenticeship').querySelector('input')!.click();
    await settled(el, () => titles(el).length === 1);
    expect(titles(el)).to.deep.equal(['Electrician apprenticeship']);
    const chip = $(el, '[part=chips] .chip')!;
    expect(chip.getAttribute('aria-label')).to.equal('Remove filter: Apprenticeship');
    // Counts of the other kinds stay visible while one is selected (disjunctive facets).
    expect(kindBox('Micro-internship').querySelector('.count')!.textContent).to.equal('1');
    kindBox('Micro-internship').querySelector('input')!.click();
    await settled(el, () => titles(el).length === 2);
    chip.click();
    await settled(el, () => titles(el).length === 1);
    expect(titles(el)).to.deep.equal(['Café operations micro-internship']);
    $$(el, '[part=chips] button')
      .find((b) => b.textContent!.includes('Clear all'))!
      .click();
    await settled(el, () => titles(el).length === 3);
    expect($(el, '[part=chips]')).to.equal(null);
    expect(el.shadowRoot!.activeElement!.id).to.equal('search');
  });

  it('filters paid only and by maximum duration, and sorts', async () => {
    const el = await board(createMemoryAdapter({ listings }));
    await settled(el, () => titles(el).length === 3);
    $$(el, '[part=filter-group] label')
      .find((l) => l.textContent!.includes('Paid only'))!
      .querySelector('input')!
      .click();
    await settled(el, () => titles(el).length === 2);
    const max = $<HTMLSelectElement>(el, '[part=filters] select')!;
    max.value = '1';
    max.dispatchEvent(new Event('change'));
    await settled(el, () => titles(el).length === 1);
    expect(titles(el)).to.deep.equal(['Café operations micro-internship']);
    expect(
      $$(el, '[part=chips] .chip').map((c) => c.textContent!.replace('×', '').trim()),
    ).to.deep.equal(['Paid only', 'Up to 1 week']);
    $$(el, '[part=chips] button')
      .find((b) => b.textContent!.includes('Clear all'))!
      .click();
    await settled(el, () => titles(el).length === 3);
    const sort = $<HTMLSelectElement>(el, '[part=sort]')!;
    sort.value = 'deadline';
    sort.dispatchEvent(new Event('change'));
    await settled(el, () => titles(el)[0] === 'Data analyst micro-apprenticeship');
    expect(titles(el)).to.deep.equal([
      'Data analyst micro-apprenticeship',
      'Electrician apprenticeship',
      'Café operations micro-internship',
    ]);
  });

  it('loads more pages and keeps what is shown', async () => {
    const el = await board(createMemoryAdapter({ listings: makeListings(12) }), { pageSize: 5 });
    await settled(el, () => titles(el).length === 5);
    expect(countText(el)).to.equal('12 openings');
    $(el, '[part=load-more]')!.click();
    await settled(el, () => titles(el).length === 10);
    $(el, '[part=load-more]')!.click();
    await settled(el, () => titles(el).length === 12);
    expect($(el, '[part=load-more]')).to.equal(null);
    expect(new Set(titles(el)).size).to.equal(12);
  });

  it('shows a thousand cards in one page when asked to', async () => {
    const el = await board(createMemoryAdapter({ listings: makeListings(1000) }), {
      pageSize: 1000,
    });
    await settled(el, () => titles(el).length === 1000, 'the thousand cards did not render');
    expect(countText(el)).to.equal('1,000 openings');
  });

  it('debounces search for a server and shows the latest answer', async () => {
    const { baseUrl, log } = contractUrl();
    const el = await board(createRestAdapter({ baseUrl }));
    await settled(el, () => titles(el).length === 20);
    const input = $<HTMLInputElement>(el, '#search')!;
    for (const q of ['el', 'ele', 'elect', 'electricien']) await type(input, q);
    await settled(el, () => titles(el).length === 1, 'server search did not finish');
    expect(titles(el)).to.deep.equal(['Électricien apprentice']);
    const searches = (await log()).filter((r) => r.route === '/listings' && r.query.includes('q='));
    expect(searches.map((r) => new URLSearchParams(r.query).get('q'))).to.deep.equal([
      'electricien',
    ]);
  });

  it('shows the latest query when answers arrive out of order', async () => {
    const inner = createMemoryAdapter({ listings });
    const gates: (() => void)[] = [];
    const slowFirst: ListingsAdapter = {
      instantSearch: true,
      async listListings(query, ctx) {
        const page = await inner.listListings(query, ctx);
        if (query.q === 'data') await new Promise<void>((resolve) => gates.push(resolve));
        return page;
      },
    };
    const el = await board(slowFirst);
    await settled(el, () => titles(el).length === 3);
    const input = $<HTMLInputElement>(el, '#search')!;
    await type(input, 'data');
    await type(input, 'cafe');
    await settled(el, () => titles(el).length === 1);
    gates.forEach((open) => open());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(titles(el)).to.deep.equal(['Café operations micro-internship']);
  });
});

describe('<apprentice-board>: states', () => {
  it('finishes loading after being moved in the page mid-load', async () => {
    const el = await board(createMemoryAdapter({ listings, latencyMs: 200 }));
    const other = document.createElement('div');
    el.parentElement!.append(other);
    other.append(el); // disconnects (aborting the load) and connects again
    await settled(el, () => titles(el).length === 3, 'the moved board did not load');
    other.remove();
  });

  it('shows a skeleton while loading, then the cards', async () => {
    const el = await board(createMemoryAdapter({ listings, latencyMs: 300 }));
    expect($(el, '[part=skeleton]')).to.not.equal(null);
    expect(countText(el)).to.equal('Loading openings…');
    await settled(el, () => titles(el).length === 3);
    expect($(el, '[part=skeleton]')).to.equal(null);
  });

  it('offers a way out of an empty result, and says when a board is empty', async () => {
    const el = await board(createMemoryAdapter({ listings }));
    await settled(el, () => titles(el).length === 3);
    await type($<HTMLInputElement>(el, '#search')!, 'astronaut');
    await settled(el, () => $(el, '[part~=empty]') !== null);
    expect($(el, '[part~=empty]')!.textContent).to.contain('No openings match your search.');
    await expect(el).to.be.accessible();
    $(el, '[part~=empty] button')!.click();
    await settled(el, () => titles(el).length === 3);
    const empty = await board(createMemoryAdapter({ listings: [] }));
    await settled(empty, () => $(empty, '[part~=empty]') !== null);
    expect($(empty, '[part~=empty]')!.textContent).to.contain(
      'There are no openings at the moment',
    );
  });

  it('shows an error with a retry that works, and fires mp-error only for the retry', async () => {
    const { baseUrl } = contractUrl('flaky');
    const el = await board(createRestAdapter({ baseUrl, retries: 0 }));
    await settled(el, () => $(el, '[part~=error]') !== null);
    expect($(el, '[part~=error]')!.getAttribute('role')).to.equal('alert');
    expect($(el, '[part~=error]')!.textContent).to.contain('Something went wrong on the server');
    await expect(el).to.be.accessible();
    let errors = 0;
    el.addEventListener('mp-error', () => errors++);
    $(el, '[part~=error] button')!.click();
    await settled(el, () => errors === 1);
    $(el, '[part~=error] button')!.click();
    await settled(el, () => titles(el).length === 20);
  });

  it('says how many listings could not be shown', async () => {
    const el = await board(createRestAdapter({ baseUrl: contractUrl('wrong-shape').baseUrl }));
    await settled(el, () => titles(el).length === 1);
    expect($(el, '[part=skipped]')!.textContent!.trim()).to.equal(
      'Listings that could not be shown: 2.',
    );
  });

  it('shows the not-configured state without an adapter', async () => {
    const el = await board(undefined);
    expect($(el, '[part=not-configured]')!.textContent).to.contain('not connected');
  });

  it('reads a board from a source attribute (Greenhouse feed over HTTP)', async () => {
    const { registerSource } = await import('../../../packages/micropath/src/core/sources.ts');
    const { greenhouseAdapter } =
      await import('../../../packages/micropath/src/adapters/ats/greenhouse.ts');
    registerSource('gh-test', (b) => greenhouseAdapter({ board: b, apiBase: '/ats/greenhouse' }));
    const el = await board(undefined);
    el.source = 'gh-test:anthropic';
    await settled(el, () => titles(el).length === 4);
    expect(countText(el)).to.equal('4 openings');
  });

  it('shows a hostile Greenhouse feed literally, sanitizes its descriptions and runs nothing', async () => {
    const { registerSource } = await import('../../../packages/micropath/src/core/sources.ts');
    const { greenhouseAdapter } =
      await import('../../../packages/micropath/src/adapters/ats/greenhouse.ts');
    registerSource('gh-hostile', (b) =>
      greenhouseAdapter({ board: b, apiBase: '/ats/greenhouse' }),
    );
    const win = window as unknown as Record<string, unknown>;
    const tripwire = () => (win.__hostileRan = true);
    const saved = { alert: window.alert, prompt: window.prompt, confirm: window.confirm };
    Object.assign(window, { alert: tripwire, prompt: tripwire, confirm: tripwire });
    try {
      const el = await board(undefined, { pageSize: 100, detail: 'inline' });
      el.source = 'gh-hostile:hostile';
      // The posting whose link is javascript: stays, without the link; the untitled one goes.
      await settled(el, () => titles(el).length === 41);
      expect(titles(el)).to.include('Bad link');
      expect($(el, '[part=skipped]')!.textContent!.trim()).to.equal(
        'Listings that could not be shown: 1.',
      );
      for (const id of ['1000', '1010', '1020', '1039']) {
        await el.openListing(id);
        await settled(
          el,
          () =>
            $(el, '[part=description]') !== null &&
            !$(el, '[part=description]')!.textContent!.includes('Loading'),
        );
        expect(
          $(el, '[part=description]')!.querySelector(
            'script, iframe, svg, [onerror], [onload], [onclick]',
          ),
        ).to.equal(null);
        $(el, '[part=close]')!.click();
        await settled(el, () => titles(el).length === 41);
      }
      await el.openListing('bad-url');
      await settled(el, () => $(el, '[part=detail]') !== null);
      expect(el.shadowRoot!.querySelector('[href^="javascript" i]')).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(win.__hostileRan).to.equal(undefined);
    } finally {
      Object.assign(window, saved);
    }
  });

  it('renders hostile text literally and runs none of it', async () => {
    const payload = '<img src=x onerror="window.__boardXss=1"><script>window.__boardXss=2</script>';
    const el = await board(
      createMemoryAdapter({
        listings: [
          sample({
            id: 'x',
            title: payload,
            organization: { name: payload },
            summary: payload,
            skills: [payload],
            mentorship: payload,
            locations: [{ label: payload }],
          }),
        ],
      }),
    );
    await settled(el, () => titles(el).length === 1);
    expect(titles(el)[0]).to.equal(payload);
    expect(
      el.shadowRoot!.querySelector('[part~=card] img:not([part=logo]), [part~=card] script'),
    ).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as { __boardXss?: number }).__boardXss).to.equal(undefined);
  });
});
