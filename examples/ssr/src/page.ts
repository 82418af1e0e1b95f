import { html } from 'lit';
import './source.ts';
import 'micropath/apprentice-board';

/** The page's body: the board on the `demo:` source. */
export const page = () =>
  html`<main>
    <h1>Careers</h1>
    <apprentice-board source="demo:careers" page-size="6"></apprentice-board>
  </main>`;
