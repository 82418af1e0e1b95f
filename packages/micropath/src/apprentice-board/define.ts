import { defineElement } from '../core/define.ts';
import { registerAtsSources } from '../adapters/ats/sources.ts';
import { ApprenticeBoard } from './apprentice-board.ts';

registerAtsSources();
defineElement('apprentice-board', ApprenticeBoard);

declare global {
  interface HTMLElementTagNameMap {
    'apprentice-board': ApprenticeBoard;
  }
}

export { ApprenticeBoard };
export { MpApplyEvent, MpListingOpenEvent, MpQueryChangeEvent, MpSkillGapEvent } from './events.ts';
// As in the CDN file: for a page whose backend takes applications (see index.ts).
export { createRestAdapter } from '../cdn/lazy-adapters.ts';
