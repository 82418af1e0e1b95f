import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../packages/micropath/src/apprentice-board/define.ts';
import type { ApprenticeBoard } from '../../packages/micropath/src/apprentice-board/apprentice-board.ts';
import type { ListingsAdapter } from '../../packages/micropath/src/core/contracts.ts';
import type { ListingInput } from '../../packages/micropath/src/core/models/listing.ts';

export const DAY = 86_400_000;
export const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

export async function board(
  adapter: ListingsAdapter | undefined,
  attrs: { detail?: 'dialog' | 'inline'; pageSize?: number; urlState?: string; lang?: string } = {},
) {
  const el = await fixture<ApprenticeBoard>(
    html`<apprentice-board
      .adapter=${adapter}
      detail=${attrs.detail ?? 'dialog'}
      page-size=${attrs.pageSize ?? 20}
      url-state=${ifDefined(attrs.urlState)}
      lang=${attrs.lang ?? 'en'}
    ></apprentice-board>`,
  );
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: ApprenticeBoard, selector: string) =>
  el.shadowRoot!.querySelector<T & HTMLElement>(selector);
export const $$ = <T extends Element = HTMLElement>(el: ApprenticeBoard, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & HTMLElement>(selector),
];
export const titles = (el: ApprenticeBoard) =>
  $$(el, '[part~=card] .open').map((b) => b.textContent!.trim());
export const countText = (el: ApprenticeBoard) => $(el, '[part=count]')?.textContent?.trim() ?? '';

export async function settled(
  el: ApprenticeBoard,
  condition: () => boolean,
  message = 'board did not settle',
) {
  await waitUntil(condition, message, { timeout: 4000 });
  await el.updateComplete;
}

export async function type(input: HTMLInputElement, text: string) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export const sample = (over: Partial<ListingInput> & { id: string }): ListingInput => ({
  title: `Listing ${over.id}`,
  organization: { name: 'Northwind Labs' },
  ...over,
});
