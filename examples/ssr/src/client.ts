// Lit's hydration support must load before Lit itself: first import.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './source.ts';
import 'micropath/apprentice-board';
