/**
 * A small XML reader for ATS feeds (Personio's `<workzag-jobs>`), without a DOM so it runs in
 * Node and in workers alike. It reads elements, text, CDATA sections and character references,
 * and skips the prolog, comments, processing instructions and a doctype. It is not a general
 * XML parser: no namespaces, no DTD entities. Anything it cannot read is an error, never a
 * guess, so a broken feed is reported rather than half shown.
 */
import { decodeEntitiesOnce } from './html-text.ts';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA, in order (not its children's). */
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Parses a document; throws a SyntaxError naming the offset where it stopped making sense. */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const open: XmlElement[] = [root];
  let at = 0;
  const fail = (why: string): never => {
    throw new SyntaxError(`Not readable XML at character ${at}: ${why}.`);
  };
  const skipPast = (end: string) => {
    const close = source.indexOf(end, at);
    if (close < 0) fail(`"${end}" is missing`);
    const body = source.slice(at, close);
    at = close + end.length;
    return body;
  };
  while (at < source.length) {
    const current = open[open.length - 1]!;
    const lt = source.indexOf('<', at);
    const text = source.slice(at, lt < 0 ? source.length : lt);
    if (text.trim()) {
      if (current === root) fail('text outside the root element');
      current.text += decodeEntitiesOnce(text);
    }
    if (lt < 0) break;
    at = lt;
    if (source.startsWith('<!--', at)) {
      at += 4;
      skipPast('-->');
    } else if (source.startsWith('<![CDATA[', at)) {
      at += 9;
      if (current === root) fail('CDATA outside the root element');
      current.text += skipPast(']]>');
    } else if (source.startsWith('<?', at)) {
      at += 2;
      skipPast('?>');
    } else if (source.startsWith('<!', at)) {
      at += 2;
      skipPast('>');
    } else if (source.startsWith('</', at)) {
      at += 2;
      const name = skipPast('>').trim();
      if (open.length < 2 || current.name !== name) fail(`"</${name}>" closes nothing open`);
      open.pop();
    } else {
      at += 1;
      const name = NAME.exec(source.slice(at))?.[0] ?? fail('an element without a name');
      at += name.length;
      const tag = skipPast('>');
      const selfClosing = tag.endsWith('/');
      const element: XmlElement = { name, attributes: {}, children: [], text: '' };
      for (const [, key, , double, single] of (selfClosing ? tag.slice(0, -1) : tag).matchAll(
        ATTRIBUTE,
      ))
        element.attributes[key!] = decodeEntitiesOnce(double ?? single ?? '');
      if (current === root && root.children.length) fail('a second root element');
      current.children.push(element);
      if (!selfClosing) open.push(element);
    }
  }
  if (open.length > 1) fail(`"<${open[open.length - 1]!.name}>" is never closed`);
  if (!root.children.length) fail('no root element');
  return root.children[0]!;
}

/** The first child named `name`. */
export const child = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element?.children.find((c) => c.name === name);

/** The trimmed text of the first child named `name`; undefined when missing or empty. */
export function childText(element: XmlElement | undefined, name: string): string | undefined {
  const text = child(element, name)?.text.trim();
  return text || undefined;
}
