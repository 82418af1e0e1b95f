/** `micropath/apprentice-board/class`: the class and its events, without defining the element. */
export { ApprenticeBoard } from './apprentice-board.ts';
export { MpApplyEvent, MpListingOpenEvent, MpQueryChangeEvent } from './events.ts';
