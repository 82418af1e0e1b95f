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
function page(element: ServerRendered, namespace: string) {
  const source = `rest:/contract/${namespace}/ok`;
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

async function renderOne(element: ServerRendered, namespace: string) {
  const fetches: string[] = [];
  const errors: string[] = [];
  globalThis.fetch = ((input: unknown) => {
    fetches.push(String(input));
    return Promise.reject(new Error('A server render must not fetch.'));
  }) as typeof fetch;
  const logError = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    const html = collectResultSync(render(page(element, namespace)));
    // Whatever a render started would show up within a few ticks.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { html, fetches, errors };
  } finally {
    console.error = logError;
  }
}

if (process.argv[1]?.endsWith('render-on-server.ts')) {
  const namespace = process.argv[2] ?? 'ssr';
  const renders: Record<string, unknown> = {};
  for (const element of [...SERVER_RENDERED, 'micropath-provider'] as const)
    renders[element] = await renderOne(element, namespace);
  process.stdout.write(JSON.stringify(renders));
}
