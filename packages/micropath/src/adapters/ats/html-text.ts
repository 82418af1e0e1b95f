/**
 * Small text helpers for feed HTML. They never build DOM: decoding and stripping are string
 * work, and whatever HTML remains is only ever shown through the sanitizer.
 */

const NAMED: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Decodes one level of entity escaping, as Greenhouse applies it to its `content` field
 * (`&lt;p&gt;` → `<p>`). One pass only: `&amp;lt;` becomes `&lt;`, text the author wrote.
 */
export function decodeEntitiesOnce(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] === '#') {
      const point =
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
    }
    return NAMED[code.toLowerCase()] ?? entity;
  });
}

/** Where a block starts or ends: HTML from feeds is often cut off before a closing tag. */
const BLOCK_EDGE = /<\/?(p|div|li|h\d|ul|ol|section|table|tr)\b[^>]*>|<br\s*\/?>/gi;

/** The text of each block of an HTML fragment (paragraphs, list items, headings), in order. */
export function htmlBlocks(html: string): string[] {
  return decodeEntitiesOnce(
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      .replace(BLOCK_EDGE, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .split('\n')
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Text cut at a word to `max` characters. */
export function cutText(text: string, max = 240): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).trimEnd()}…`;
}

/** Plain text of an HTML fragment, white space collapsed, cut at a word to `max` characters. */
export const htmlToText = (html: string, max = 240): string =>
  cutText(htmlBlocks(html).join(' '), max);
