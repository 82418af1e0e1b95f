import type { ApprenticeBoard } from '../../packages/micropath/src/apprentice-board/apprentice-board.ts';

/**
 * Chooses "Apply here" on an open listing and resolves once the form is shown: the form is a
 * chunk of its own, loaded on that click, so it appears a moment later.
 */
export async function openApplication(board: ApprenticeBoard): Promise<ShadowRoot> {
  const root = board.shadowRoot!;
  root.querySelector<HTMLElement>('[part=apply-here]')?.click();
  for (let i = 0; i < 200 && !root.querySelector('#apply-name'); i++)
    await new Promise((resolve) => setTimeout(resolve, 25));
  await board.updateComplete;
  return root;
}
