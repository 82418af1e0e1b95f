/**
 * Repairs the structure of lists in sanitized feed HTML, so assistive technology reads them as
 * lists and axe's `list`, `listitem`, `definition-list` and `dlitem` rules hold: ATS editors
 * send `<ul><div><li>…</li></div></ul>` (Lever), loose text or a nested `<ul>` straight inside a
 * list, and `<li>` with no list around it. Loaded with DOMPurify, never on a board's first load.
 */
const LISTS = new Set(['ul', 'ol', 'menu']);
/** Children a list may hold besides its items. */
const SCRIPTING = new Set(['script', 'template']);

const name = (node: Node) => (node instanceof Element ? node.localName : '');
const isBlank = (node: Node) => node.nodeType === Node.TEXT_NODE && !node.textContent!.trim();

/** Each child of a list that is not an item becomes one: unwrapped when it holds items itself. */
function repairList(list: Element, itemName: 'li' | 'dd', items: ReadonlySet<string>): void {
  const doc = documentOf(list);
  let loose: Element | undefined; // the item gathering a run of text and inline elements
  for (const child of [...list.childNodes]) {
    if (isBlank(child) || items.has(name(child)) || SCRIPTING.has(name(child))) {
      if (!isBlank(child)) loose = undefined;
      continue;
    }
    if (name(child) === 'br') {
      child.remove();
      loose = undefined;
      continue;
    }
    if (
      child instanceof Element &&
      !LISTS.has(child.localName) &&
      child.localName !== 'dl' &&
      [...child.children].some((grandchild) => items.has(grandchild.localName))
    ) {
      // `<div><li>…</li></div>`: the wrapper goes, its items stay (repaired on the next pass).
      child.replaceWith(...child.childNodes);
      repairList(list, itemName, items);
      return;
    }
    const inline = child.nodeType === Node.TEXT_NODE || isPhrasing(child);
    if (inline && loose) {
      loose.append(child);
      continue;
    }
    const item = doc.createElement(itemName);
    child.replaceWith(item);
    item.append(child);
    loose = inline ? item : undefined;
  }
}

const PHRASING =
  'a abbr b bdi bdo cite code data dfn em i img kbd mark q s samp small span strong sub sup time u var wbr'.split(
    ' ',
  );
const isPhrasing = (node: Node) => PHRASING.includes(name(node));

const documentOf = (root: Node): Document =>
  root instanceof Document ? root : (root.ownerDocument ?? document);

/** Runs of `<li>` outside a list go into a `<ul>`; a `<dt>`/`<dd>` outside a `<dl>` is a `<div>`. */
function repairOrphans(root: DocumentFragment | Element): void {
  const doc = documentOf(root);
  for (const item of [...root.querySelectorAll('li')]) {
    // Gathered into a list with an earlier item, or already in one.
    if (!item.parentNode || LISTS.has(name(item.parentNode))) continue;
    const list = doc.createElement('ul');
    item.before(list);
    let next: ChildNode | null = item;
    while (next && (name(next) === 'li' || isBlank(next))) {
      const after: ChildNode | null = next.nextSibling;
      list.append(next);
      next = after;
    }
  }
  for (const term of [...root.querySelectorAll('dt, dd')]) {
    const parent = term.parentElement;
    const inList =
      name(term.parentNode!) === 'dl' ||
      (parent?.localName === 'div' && name(parent.parentNode!) === 'dl');
    if (inList) continue;
    const div = doc.createElement('div');
    div.append(...term.childNodes);
    term.replaceWith(div);
  }
}

export function repairListStructure(root: DocumentFragment): DocumentFragment {
  if (!root) return root; // DOMPurify gives nothing back for some inputs
  for (const list of root.querySelectorAll('ul, ol, menu')) repairList(list, 'li', new Set(['li']));
  for (const list of root.querySelectorAll('dl'))
    repairList(list, 'dd', new Set(['dt', 'dd', 'div']));
  repairOrphans(root);
  return root;
}
