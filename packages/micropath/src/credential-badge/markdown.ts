/**
 * Criteria narratives are markdown (Open Badges 3.0): turned into HTML by `marked`, then
 * through the kit's sanitizer, so raw HTML inside the markdown cannot run or style anything.
 * Its headings move below the section's own `h3`, keeping the page's outline in order.
 * Loaded only when a credential has a narrative.
 */
import { marked } from 'marked';
import { sanitizeHtml } from '../core/sanitize.ts';

const SECTION_LEVEL = 3;

export async function renderMarkdown(text: string): Promise<DocumentFragment> {
  const html = await marked.parse(text, { gfm: true, breaks: false, async: true });
  const fragment = await sanitizeHtml(html);
  for (const heading of fragment.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Math.min(6, Number(heading.localName[1]) + SECTION_LEVEL);
    const demoted = document.createElement(`h${level}`);
    demoted.append(...heading.childNodes);
    heading.replaceWith(demoted);
  }
  return fragment;
}
