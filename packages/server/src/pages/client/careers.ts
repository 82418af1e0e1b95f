// The careers index's script: Lit's hydration support first (before Lit itself), then the
// board, which takes over the server's HTML instead of rendering it again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'micropath/apprentice-board';
