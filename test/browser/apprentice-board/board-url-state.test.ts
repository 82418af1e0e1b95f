import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import { readView, writeView } from '../../../packages/micropath/src/apprentice-board/url-state.ts';
import { board, $, $$, titles, settled, type, sample } from '../../support/board-helpers.ts';

const listings = [
  sample({
    id: 'a',
    title: 'Data analyst micro-apprenticeship',
    kind: 'micro-apprenticeship',
    skills: ['SQL'],
  }),
  sample({ id: 'b', title: 'Café operations micro-internship', kind: 'micro-internship' }),
  sample({ id: 'c', title: 'Electrician apprenticeship', kind: 'apprenticeship' }),
];

describe('<apprentice-board>: URL state', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('round-trips a view through namespaced parameters and keeps other parameters', () => {
    const search = writeView('?utm_source=mail&jobs.q=old', 'jobs', {
      query: {
        q: 'data',
        kind: ['micro-internship', 'project'],
        skill: ['SQL'],
        paid: true,
        maxWeeks: 4,
        sort: 'deadline',
      },
      open: 'x/1',
    });
    const params = new URLSearchParams(search);
    expect(params.get('utm_source')).to.equal('mail');
    expect(params.getAll('jobs.kind')).to.deep.equal(['micro-internship', 'project']);
    expect(readView(search, 'jobs')).to.deep.equal({
      query: {
        q: 'data',
        kind: ['micro-internship', 'project'],
        skill: ['SQL'],
        paid: true,
        maxWeeks: 4,
        sort: 'deadline',
      },
      open: 'x/1',
    });
    // Unknown values from a hand-edited link are ignored, not trusted; links made before,
    // with fixed tokens joined by commas, still open.
    expect(readView('?jobs.kind=spy,project&jobs.sort=evil&jobs.max=-3', 'jobs')).to.deep.equal({
      query: { kind: ['project'] },
    });
  });

  it('round-trips any value: commas, ampersands, equals signs and non-Latin text', () => {
    const query = {
      q: 'C++ & "data" = 100%',
      location: ['Lisbon, Portugal', 'São Paulo, SP, Brasil', '東京都'],
      skill: ['R&D', 'Node.js, TypeScript', 'Ρ#'],
    };
    const search = writeView('?a=1', 'jobs', { query });
    expect(readView(search, 'jobs')).to.deep.equal({ query });
    // What the browser keeps in its address bar reads back the same.
    history.replaceState(null, '', `${location.pathname}${search}`);
    expect(readView(location.search, 'jobs')).to.deep.equal({ query });
  });

  it('reopens a shared link with a comma in a location as that one filter', async () => {
    const located = [
      sample({ id: 'l', title: 'Lisbon welder', locations: [{ label: 'Lisbon, Portugal' }] }),
      sample({ id: 'p', title: 'Porto welder', locations: [{ label: 'Porto, Portugal' }] }),
    ];
    const el = await board(createMemoryAdapter({ listings: located }), { urlState: 'jobs' });
    await settled(el, () => titles(el).length === 2);
    $$(el, '[part=filter-group] label')
      .find((l) => l.textContent!.includes('Lisbon, Portugal'))!
      .querySelector('input')!
      .click();
    await settled(el, () => titles(el).length === 1);
    await settled(
      el,
      () => new URLSearchParams(location.search).get('jobs.location') === 'Lisbon, Portugal',
    );
    const shared = location.search;
    el.remove();
    history.replaceState(null, '', `${location.pathname}${shared}`);
    const again = await board(createMemoryAdapter({ listings: located }), { urlState: 'jobs' });
    await settled(again, () => titles(again).length === 1, 'the shared link did not filter');
    expect(again.query.location).to.deep.equal(['Lisbon, Portugal']);
    expect(titles(again)).to.deep.equal(['Lisbon welder']);
  });

  it('writes filters and the open listing to the URL; back and forward restore them', async () => {
    const el = await board(createMemoryAdapter({ listings }), {
      urlState: 'jobs',
      detail: 'inline',
    });
    await settled(el, () => titles(el).length === 3);
    const before = history.length;
    await type($<HTMLInputElement>(el, '#search')!, 'a');
    await settled(el, () => new URLSearchParams(location.search).get('jobs.q') === 'a');
    expect(history.length).to.equal(before); // typing replaces, it does not stack up history
    $$(el, '[part=filter-group] label')
      .find((l) => l.textContent!.includes('Micro-internship'))!
      .querySelector('input')!
      .click();
    await settled(el, () => titles(el).length === 1);
    expect(new URLSearchParams(location.search).get('jobs.kind')).to.equal('micro-internship');
    $(el, '[part~=card] .open')!.click();
    await settled(el, () => $(el, '[part=detail]') !== null);
    expect(new URLSearchParams(location.search).get('jobs.open')).to.equal('b');
    history.back();
    await settled(el, () => $(el, '[part=detail]') === null, 'back did not close the listing');
    history.back();
    await settled(el, () => titles(el).length === 3, 'back did not restore the filters');
    expect(new URLSearchParams(location.search).get('jobs.kind')).to.equal(null);
    expect(new URLSearchParams(location.search).get('jobs.q')).to.equal('a');
    expect($<HTMLInputElement>(el, '#search')!.value).to.equal('a');
    history.forward();
    await settled(el, () => titles(el).length === 1, 'forward did not restore the filter');
  });

  it('opens the same view from a shared link', async () => {
    history.replaceState(null, '', `${location.pathname}?jobs.kind=apprenticeship&jobs.open=c`);
    const el = await board(createMemoryAdapter({ listings }), {
      urlState: 'jobs',
      detail: 'inline',
    });
    await settled(el, () => $(el, '[part=detail]') !== null, 'the shared listing did not open');
    expect($(el, '#detail-title')!.textContent).to.equal('Electrician apprenticeship');
    expect((el.query.kind ?? []).join()).to.equal('apprenticeship');
  });

  it('asks the backend only for the shared link’s view, read before the first request', async () => {
    history.replaceState(null, '', `${location.pathname}?jobs.kind=apprenticeship&utm_source=mail`);
    const memory = createMemoryAdapter({ listings });
    const asked: unknown[] = [];
    const el = await board(
      {
        listListings: (query, ctx) => (asked.push(query.kind), memory.listListings(query, ctx)),
      },
      { urlState: 'jobs' },
    );
    await settled(el, () => titles(el).length === 1);
    expect(asked).to.deep.equal([['apprenticeship']]);
    expect(titles(el)).to.deep.equal(['Electrician apprenticeship']);
  });

  it('gives every card title a real link to its listing, which a plain click opens in place', async () => {
    history.replaceState(null, '', `${location.pathname}?utm_source=mail`);
    const el = await board(createMemoryAdapter({ listings }), {
      urlState: 'jobs',
      detail: 'inline',
    });
    await settled(el, () => titles(el).length === 3);
    const links = $$<HTMLAnchorElement>(el, '[part~=card] a.open');
    expect(links).to.have.length(3);
    for (const link of links) {
      const url = new URL(link.href);
      expect(url.pathname).to.equal(location.pathname);
      expect(url.searchParams.get('utm_source')).to.equal('mail');
      expect(url.searchParams.get('jobs.open')).to.equal(link.dataset.open);
    }
    // A click with a modifier is the browser's (a new tab); a plain one opens here. The page
    // sees the modified click last, then keeps it from opening a real tab, which would leave
    // this test page hidden (no animation frames) for the files after it.
    let leftToBrowser: boolean | undefined;
    const noNewTab = (event: Event) => {
      leftToBrowser = !event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', noNewTab, { once: true });
    links[0]!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }),
    );
    expect(leftToBrowser).to.equal(true);
    links[0]!.click();
    await settled(el, () => $(el, '[part=detail]') !== null);
    expect(new URLSearchParams(location.search).get('jobs.open')).to.equal(links[0]!.dataset.open);
  });

  it('links titles to the posting’s page without url-state, and keeps buttons without either', async () => {
    const el = await board(
      createMemoryAdapter({
        listings: [
          sample({ id: 'x', title: 'With page', url: 'https://jobs.example.org/x' }),
          sample({ id: 'y', title: 'Without page' }),
        ],
      }),
    );
    await settled(el, () => titles(el).length === 2);
    expect($<HTMLAnchorElement>(el, '[data-open=x]')!.href).to.equal('https://jobs.example.org/x');
    expect($(el, '[data-open=y]')!.tagName).to.equal('BUTTON');
    await expect(el).to.be.accessible();
  });

  it('leaves the URL alone without url-state', async () => {
    const el = await board(createMemoryAdapter({ listings }));
    await settled(el, () => titles(el).length === 3);
    await type($<HTMLInputElement>(el, '#search')!, 'cafe');
    await settled(el, () => titles(el).length === 1);
    expect(location.href).to.equal(start);
  });
});
