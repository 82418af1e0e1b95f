// Lit's hydration support must run before Lit itself: first, and the board imported
// dynamically after it (a static import lets the bundler run Lit's shared chunk first).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './source.ts';

void import('micropath/apprentice-board');
