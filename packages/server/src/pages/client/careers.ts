// The careers index's script: Lit's hydration support first, then the board, which takes over
// the server's HTML instead of rendering it again. The board is imported dynamically: a static
// import would let the bundler hoist Lit into a shared chunk that runs before the support is
// installed, and the board would render a second copy of itself.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

const board = document.querySelector<HTMLElement & { adapter?: unknown }>(
  'apprentice-board[data-applications]',
);
const source = board?.getAttribute('source');
if (board && source?.startsWith('rest:')) {
  // This site takes applications, which `source` cannot say: the board gets an adapter that
  // does (its code loads on first use), set before the element is defined so it hydrates
  // without asking again, and its form opens with "Your credentials" and a wallet request.
  const { createRestAdapter } = await import('micropath/apprentice-board/class');
  board.adapter = createRestAdapter({ baseUrl: source.slice('rest:'.length), applications: true });
}
void import('micropath/apprentice-board');
