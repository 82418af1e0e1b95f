/**
 * The browser half of the server-rendering tests: an element's HTML as `@lit-labs/ssr`
 * rendered it in Node (served by the test runner, see web-test-runner.config.mjs), put in the
 * page as a parsed document would hold it, and a comparison of a shadow root's top-level
 * nodes before and after the element takes it over.
 */
export interface ServerRender {
  html: string;
  fetches: string[];
  errors: string[];
}

export async function renderedOnServer(element: string): Promise<ServerRender> {
  const response = await fetch(`/__ssr__/${element}`);
  const body = (await response.json()) as ServerRender & { error?: string };
  if (body.error) throw new Error(body.error);
  return body;
}

/** Puts server HTML in the page the way a browser parses a document: shadow roots attached. */
export function place(markup: string): HTMLElement {
  const holder = document.createElement('div');
  holder.setHTMLUnsafe(markup);
  document.body.append(holder);
  return holder;
}

const describeNode = (node: Node) =>
  node instanceof Element
    ? `<${node.localName}>`
    : node instanceof Comment
      ? `<!--${node.data.slice(0, 20)}-->`
      : JSON.stringify(node.textContent?.slice(0, 20));

/**
 * 'the same nodes' when `after` is `before`, node for node; otherwise what differs, for the
 * assertion's message (a count, or the first node that is not the server's).
 */
export function sameNodes(before: readonly Node[], after: readonly Node[]): string {
  const index = after.findIndex((node, i) => node !== before[i]);
  if (index === -1 && after.length === before.length) return 'the same nodes';
  return (
    `${before.length} server nodes, ${after.length} after the first update; ` +
    (index === -1
      ? 'a server node is gone'
      : `node ${index} (${describeNode(after[index]!)}) is not the server's`)
  );
}
