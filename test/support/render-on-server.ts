/**
 * Renders Micropath elements the way a server does, with `@lit-labs/ssr` in Node and no
 * browser globals beyond the ones it brings itself. Run as a script, it prints JSON:
 *   node --import tsx test/support/render-on-server.ts [namespace]
 *   → { "apprentice-board": { html, fetches, errors }, … } for every element
 * `fetches` lists every request a render tried (there must be none); `errors` every
 * console.error. A process of its own, so its globals never meet the caller's; the test
 * runner runs it once before the browsers start (web-test-runner.config.mjs).
 */
// First: it brings the few globals (customElements, HTMLElement) the elements' modules need.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../packages/micropath/src/apprentice-board/define.ts';
import '../../packages/micropath/src/credential-badge/define.ts';
import '../../packages/micropath/src/mentor-booking/define.ts';
import '../../packages/micropath/src/provider/define.ts';

export const SERVER_RENDERED = ['apprentice-board', 'credential-badge', 'mentor-booking'] as const;
export type ServerRendered = (typeof SERVER_RENDERED)[number] | 'micropath-provider';

/** Each element as a page would write it, on the loopback REST contract under `namespace`. */
function page(element: ServerRendered, namespace: string, lang?: string) {
  const source = `rest:/contract/${namespace}/ok`;
  if (lang) {
    const tag = unsafeStatic(element);
    return staticHtml`<${tag} lang=${lang} source=${source}></${tag}>`;
  }
  switch (element) {
    case 'credential-badge':
      return html`<credential-badge source=${source} credential-id="teamwork"></credential-badge>`;
    case 'micropath-provider':
      return html`<micropath-provider time-zone="UTC"></micropath-provider>`;
    default: {
      const tag = unsafeStatic(element);
      return staticHtml`<${tag} source=${source}></${tag}>`;
    }
  }
}

async function renderOne(element: ServerRendered, namespace: string, lang?: string) {
  const fetches: string[] = [];
  const errors: string[] = [];
  globalThis.fetch = ((input: unknown) => {
    fetches.push(String(input));
    return Promise.reject(new Error('A server render must not fetch.'));
  }) as typeof fetch;
  const logError = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    const html = collectResultSync(render(page(element, namespace, lang)));
    // Whatever a render started would show up within a few ticks.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { html, fetches, errors };
  } finally {
    console.error = logError;
  }
}

/** Openings made for this test, unlike the contract's, so the test sees whose they are. */
export const PRERENDERED_TITLES = ['Boat builder apprentice', 'Sail maker micro-internship'];

/**
 * A board as a careers page renders it (`@micropath/server/pages`): with its first page, from
 * an adapter the server reads, and the browser's `source` on the loopback contract.
 */
async function renderPrerenderedBoard(namespace: string) {
  const { renderJobsBoard } = await import('../../packages/server/src/pages/careers-pages.ts');
  const { createMemoryAdapter } = await import('../../packages/micropath/src/adapters/index.ts');
  const adapter = createMemoryAdapter({
    listings: PRERENDERED_TITLES.map((title, i) => ({
      id: `pre-${i}`,
      title,
      organization: { name: 'Harbour Yard' },
      kind: i ? 'micro-internship' : 'apprenticeship',
      skills: ['Woodwork'],
      locations: [{ label: 'Lisbon, Portugal' }],
    })),
  });
  const fetches: string[] = [];
  globalThis.fetch = ((input: unknown) => {
    fetches.push(String(input));
    return Promise.reject(new Error('A server render must not fetch.'));
  }) as typeof fetch;
  const html = await renderJobsBoard(
    { adapter, jobsUrl: 'https://example.org/jobs', source: `rest:/contract/${namespace}/ok` },
    '',
  );
  return { html, fetches, errors: [] };
}

if (process.argv[1]?.endsWith('render-on-server.ts')) {
  const namespace = process.argv[2] ?? 'ssr';
  const renders: Record<string, unknown> = {};
  for (const element of [...SERVER_RENDERED, 'micropath-provider'] as const)
    renders[element] = await renderOne(element, namespace);
  renders['apprentice-board-prerendered'] = await renderPrerenderedBoard(namespace);
  renders['apprentice-board-arabic'] = await renderOne('apprentice-board', namespace, 'ar');
  process.stdout.write(JSON.stringify(renders));
}
