/**
 * `GET /jobs`, `/jobs/{id}` and `/sitemap.xml`: the careers pages (pages/careers-pages.ts) for
 * the server's own listings or one ATS feed, and `/assets/*`, the script and stylesheet they
 * load. Pages carry the strict Content-Security-Policy of the demo.
 */
import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { AdapterError } from 'micropath/adapters';
import { STRICT_CSP } from '../static-files.ts';
import type { Logger } from '../logger.ts';
import {
  renderJobPage,
  renderJobsPage,
  renderSitemap,
  type CareersPagesOptions,
} from '../pages/careers-pages.ts';
import { escapeHtml, pageShell } from '../pages/page-shell.ts';

const HTML = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': STRICT_CSP,
  'x-content-type-options': 'nosniff',
  'cache-control': 'public, max-age=60',
};

/**
 * The strict policy, with the hash of each `<style>` the server rendered into the board's
 * declarative shadow root, so the page is styled before any script runs (and nothing else is).
 */
function policyFor(html: string): string {
  const hashes = new Set(
    [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
      (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
    ),
  );
  return hashes.size
    ? STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${[...hashes].join(' ')}`)
    : STRICT_CSP;
}

export function pageRoutes(pages: CareersPagesOptions, log: Logger) {
  const routes = new Hono();
  const message = (c: Context, status: 404 | 503, title: string, text: string) => {
    const headers: Record<string, string> = { ...HTML, 'cache-control': 'no-store' };
    if (status === 503) headers['retry-after'] = '30';
    return c.body(
      pageShell({
        lang: pages.lang ?? 'en',
        title,
        description: text,
        canonical: pages.jobsUrl,
        ...(pages.stylesheet ? { stylesheet: pages.stylesheet } : {}),
        body: `<main class="job"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p><a href="${escapeHtml(pages.jobsUrl)}">All openings</a></p></main>`,
      }),
      status,
      headers,
    );
  };
  /** The feed or database failing is a page saying so (503), never a stack trace. */
  const guarded =
    (answer: (c: Context) => Promise<Response>) =>
    async (c: Context): Promise<Response> => {
      try {
        return await answer(c);
      } catch (error) {
        log('warn', 'careers page failed', {
          path: c.req.path,
          error: AdapterError.from(error).message,
        });
        return message(
          c,
          503,
          'Openings are unavailable',
          'The openings could not be loaded just now. Please try again in a minute.',
        );
      }
    };

  routes.get(
    '/jobs',
    guarded(async (c) => {
      const html = await renderJobsPage(pages, new URL(c.req.url).search);
      return c.body(html, 200, { ...HTML, 'content-security-policy': policyFor(html) });
    }),
  );
  routes.get(
    '/jobs/:id',
    guarded(async (c) => {
      const page = await renderJobPage(pages, c.req.param('id') ?? '');
      return page
        ? c.body(page, 200, HTML)
        : message(c, 404, 'Opening not found', 'This opening is no longer listed.');
    }),
  );
  routes.get(
    '/sitemap.xml',
    guarded(async (c) =>
      c.body(await renderSitemap(pages), 200, {
        'content-type': 'application/xml; charset=utf-8',
        'cache-control': 'public, max-age=300',
      }),
    ),
  );
  return routes;
}
