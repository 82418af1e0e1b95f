/**
 * Reads an HTML page the way a crawler without JavaScript does (parse5, the HTML standard's
 * parser): declarative shadow roots are template content, scripts are not run.
 */
import { parse } from 'parse5';

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

export interface HtmlElement {
  tag: string;
  attr(name: string): string | undefined;
  text: string;
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
  if (node.content) yield* walk(node.content);
}

const textOf = (node: Node): string =>
  node.nodeName === '#text'
    ? (node.value ?? '')
    : node.tagName === 'script'
      ? ''
      : [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])].map(textOf).join('');

/** Every element matching `test`, with its attributes and text (scripts' text left out). */
export function elements(html: string, test: (el: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  for (const node of walk(parse(html) as unknown as Node)) {
    if (!node.tagName) continue;
    const el: HtmlElement = {
      tag: node.tagName,
      attr: (name) => node.attrs?.find((a) => a.name === name)?.value,
      text: textOf(node).replace(/\s+/g, ' ').trim(),
    };
    if (test(el)) found.push(el);
  }
  return found;
}

/** The raw text of every `<script type="…">` of that type. */
export function scriptsOfType(html: string, type: string): string[] {
  const texts: string[] = [];
  for (const node of walk(parse(html) as unknown as Node))
    if (node.tagName === 'script' && node.attrs?.some((a) => a.name === 'type' && a.value === type))
      texts.push((node.childNodes ?? []).map((c) => c.value ?? '').join(''));
  return texts;
}
