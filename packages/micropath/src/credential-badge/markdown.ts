/**
 * Criteria narratives are markdown (Open Badges 3.0): turned into HTML by `marked`, then
 * through the kit's sanitizer, so raw HTML inside the markdown cannot run or style anything.
 * Its headings move below the section's own `h3` (its top level becomes `h4`), so the outline
 * stays in order.
 * Loaded only when a credential has a narrative.
 */
import { marked } from 'marked';
import { sanitizeHtml } from '../core/sanitize.ts';

const SECTION_LEVEL = 3;

export async function renderMarkdown(text: string): Promise<DocumentFragment> {
  const html = await marked.parse(text, { gfm: true, breaks: false, async: true });
  const fragment = await sanitizeHtml(html);
  const headings = [...fragment.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const levelOf = (heading: Element) => Number(heading.localName[1]);
  const top = Math.min(...headings.map(levelOf));
  for (const heading of headings) {
    // The narrative's top level becomes h4, under the section's h3; deeper ones follow.
    const level = Math.min(6, levelOf(heading) - top + SECTION_LEVEL + 1);
    const demoted = document.createElement(`h${level}`);
    demoted.append(...heading.childNodes);
    heading.replaceWith(demoted);
  }
  return fragment;
}
