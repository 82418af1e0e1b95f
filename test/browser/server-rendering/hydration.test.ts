/**
 * Server rendering: each element rendered by `@lit-labs/ssr` in Node (no request made there),
 * put in the page as HTML with its declarative shadow root, then defined here: Lit hydrates
 * the server's DOM (the same nodes stay), no error is logged, and the data loads.
 * The hydration support must load before Lit, so it is this file's first import.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { place, renderedOnServer, sameNodes } from '../../support/server-render-page.ts';

/** Every console error, uncaught error and rejected promise while `work` runs. */
async function problemsDuring(work: () => Promise<void>): Promise<string[]> {
  const problems: string[] = [];
  const logError = console.error;
  console.error = (...args: unknown[]) => problems.push(args.map(String).join(' '));
  const onError = (e: ErrorEvent) => problems.push(String(e.error ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => problems.push(String(e.reason));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    await work();
  } finally {
    console.error = logError;
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return problems;
}

const cases = [
  {
    tag: 'apprentice-board',
    define: () => import('../../../packages/micropath/src/apprentice-board/define.ts'),
    before: 'Search openings',
    loaded: '46 openings',
  },
  {
    tag: 'mentor-booking',
    define: () => import('../../../packages/micropath/src/mentor-booking/define.ts'),
    before: 'Loading mentors',
    loaded: 'Ana Ruiz',
  },
  {
    tag: 'credential-badge',
    define: () => import('../../../packages/micropath/src/credential-badge/define.ts'),
    before: '',
    loaded: 'Teamwork',
  },
  {
    tag: 'micropath-provider',
    define: () => import('../../../packages/micropath/src/provider/define.ts'),
    before: '',
    loaded: '',
  },
];

describe('server rendering', () => {
  for (const { tag, define, before, loaded } of cases) {
    it(`<${tag}>: rendered on a server without a request, hydrated without an error, then loads`, async () => {
      const server = await renderedOnServer(tag);
      expect(server.fetches, 'requests made on the server').to.deep.equal([]);
      expect(server.errors, 'errors logged on the server').to.deep.equal([]);
      expect(server.html).to.match(/<template shadowroot="open" shadowrootmode="open">/);

      const holder = place(server.html);
      const el = holder.querySelector(tag)!;
      expect(customElements.get(tag), 'not defined yet').to.equal(undefined);
      const root = el.shadowRoot!;
      expect(root, 'a declarative shadow root').to.be.instanceOf(ShadowRoot);
      expect(root.textContent).to.contain(before);
      const serverNodes = [...root.childNodes];

      const problems = await problemsDuring(async () => {
        await define();
        await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        // Hydrated, not rendered again: after the first update the shadow root holds the
        // server's top-level nodes, the same ones and no more (a second render adds its own
        // beside them).
        expect(el.shadowRoot).to.equal(root);
        expect(sameNodes(serverNodes, [...root.childNodes])).to.equal('the same nodes');
        if (loaded)
          await waitUntil(() => root.textContent!.includes(loaded), `${tag} loads`, {
            timeout: 8000,
          });
      });
      expect(problems).to.deep.equal([]);
      holder.remove();
    });
  }

  it('<apprentice-board>: an unticked filter is unticked in the server’s HTML, before any script', async () => {
    // Lit's server writes a `.checked=${false}` binding as checked="false", which HTML reads
    // as ticked: "Paid only" showed ticked until the script ran.
    const server = await renderedOnServer('apprentice-board');
    const boxes = server.html.match(/<input[^>]*type="checkbox"[^>]*>/g) ?? [];
    expect(boxes.length, 'the server renders the paid filter').to.be.above(0);
    expect(boxes.filter((box) => /\bchecked\b/.test(box))).to.deep.equal([]);
  });

  it('an element whose language comes from the page is laid out right to left once hydrated', async () => {
    // A server cannot see the page's lang="ar" above the element, so it renders the wrapper
    // without dir; hydration keeps the server's attributes, and the element must mend it.
    for (const { tag, define } of cases.filter((c) => c.tag !== 'micropath-provider')) {
      const server = await renderedOnServer(tag);
      await define();
      const holder = place(`<div lang="ar">${server.html}</div>`);
      const el = holder.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      await el.updateComplete;
      const base = el.shadowRoot!.querySelector('[part=base]')!;
      expect(base.getAttribute('dir'), tag).to.equal('rtl');
      expect(getComputedStyle(base).direction, tag).to.equal('rtl');
      holder.remove();
    }
  });

  it('an element with its own lang="ar" is right to left from the server’s markup on', async () => {
    const server = await renderedOnServer('apprentice-board-arabic');
    const rtl = /<div part="base" dir="rtl"/.test(server.html);
    expect(rtl, 'dir="rtl" in the server’s markup').to.equal(true);
    const holder = place(server.html);
    const el = holder.querySelector('apprentice-board') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
    holder.remove();
  });

  it('<apprentice-board> with a prerendered first page: the server’s cards stay, no request until the visitor searches', async () => {
    const server = await renderedOnServer('apprentice-board-prerendered');
    expect(server.fetches, 'requests made on the server').to.deep.equal([]);
    const holder = place(server.html);
    const el = holder.querySelector('apprentice-board')!;
    const root = el.shadowRoot!;
    const titles = () =>
      [...root.querySelectorAll('[part~="title"]')].map((t) => t.textContent!.trim());
    // What a visitor sees before any script runs.
    expect(titles()).to.deep.equal(['Boat builder apprentice', 'Sail maker micro-internship']);
    expect(root.querySelector('[part="count"]')!.textContent).to.contain('2 openings');
    const firstCard = root.querySelector('[part~="card"]')!;
    const serverNodes = [...root.childNodes];

    const requests: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      requests.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    try {
      const problems = await problemsDuring(async () => {
        await import('../../../packages/micropath/src/apprentice-board/define.ts');
        await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        expect(sameNodes(serverNodes, [...root.childNodes])).to.equal('the same nodes');
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
      expect(problems).to.deep.equal([]);
      expect(
        requests.filter((url) => url.includes('/listings')),
        'no load on hydration',
      ).to.deep.equal([]);
      expect(firstCard.isConnected, 'the server’s card is still there').to.equal(true);
      expect(titles()).to.deep.equal(['Boat builder apprentice', 'Sail maker micro-internship']);

      // The board is live: a search goes to the adapter.
      const search = root.querySelector<HTMLInputElement>('#search')!;
      search.value = 'data';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitUntil(() => requests.some((url) => url.includes('/listings')), 'a search request', {
        timeout: 5000,
      });
      await waitUntil(
        () => !titles().includes('Boat builder apprentice'),
        'the contract’s answer',
        {
          timeout: 5000,
        },
      );
    } finally {
      window.fetch = realFetch;
      holder.remove();
    }
  });
});
