// The careers index's script: Lit's hydration support first, then the board, which takes over
// the server's HTML instead of rendering it again. The board is imported dynamically: a static
// import would let the bundler hoist Lit into a shared chunk that runs before the support is
// installed, and the board would render a second copy of itself.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

void import('micropath/apprentice-board');
