import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/micropath/src/apprentice-board/define.ts';
import type { ListingsAdapter } from '../packages/micropath/src/core/contracts.ts';
import { detailCode } from '../packages/micropath/src/apprentice-board/board-detail.ts';
import {
  demoListings,
  failing,
  longTexts,
  memory,
  partlyBroken,
  pending,
  thousand,
} from './support/board-data.ts';

export interface BoardArgs {
  adapter?: ListingsAdapter;
  detail: 'dialog' | 'inline';
  pageSize: number;
  lang: string;
}

export const renderBoard = ({ adapter, detail, pageSize, lang }: BoardArgs) =>
  html`<apprentice-board
    .adapter=${adapter}
    detail=${detail}
    page-size=${pageSize}
    lang=${ifDefined(lang || undefined)}
  ></apprentice-board>`;

const meta: Meta<BoardArgs> = {
  title: 'Apprentice board/States',
  component: 'apprentice-board',
  args: { adapter: memory(), detail: 'dialog', pageSize: 12, lang: 'en' },
  argTypes: {
    adapter: { control: false },
    detail: { control: 'inline-radio', options: ['dialog', 'inline'] },
    lang: { control: 'inline-radio', options: ['en', 'es', 'de', 'fr', 'pt-BR', 'ar', 'ja'] },
  },
  render: renderBoard,
};
export default meta;

type Story = StoryObj<BoardArgs>;

export const SixtyOpenings: Story = {};
export const OneOpening: Story = { args: { adapter: memory(demoListings.slice(4, 5)) } };
export const NoOpenings: Story = { args: { adapter: memory([]) } };
/** While loading, the board keeps the size micropath.css gave it (`--mp-board-loading-height`). */
export const Loading: Story = { args: { adapter: pending } };
/** Openings after 1.5 s: the cards take the reserved place. */
export const SlowAnswer: Story = { args: { adapter: memory(demoListings, 1500) } };
export const ServerError: Story = { args: { adapter: failing } };
export const SomeCouldNotBeShown: Story = { args: { adapter: partlyBroken } };
export const NotConfigured: Story = { args: { adapter: undefined } };
export const LongTexts: Story = {
  args: { adapter: memory([...longTexts, ...demoListings.slice(0, 2)]) },
};
/** A thousand openings, paged as a real board shows them (the bench renders all at once). */
export const ThousandOpenings: Story = { args: { adapter: memory(thousand()) } };
/**
 * Offline when a card is opened: the listing's code cannot come. The board says so above its
 * cards with "Try again", and the card stays as it was. The board fetches that code right after
 * its first cards, so the loader fails from before the render (`beforeEach`) until the failure
 * shows; after that the code can come, and "Try again" opens the listing. Not on the docs page,
 * whose boards would share the failing loader while this one is shown.
 */
let listingView = detailCode.view;
export const ListingCouldNotOpen: Story = {
  tags: ['!autodocs'],
  beforeEach: () => {
    listingView = detailCode.view;
    detailCode.view = () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    return () => {
      detailCode.view = listingView;
    };
  },
  play: async ({ canvasElement }) => {
    const board = canvasElement.querySelector('apprentice-board')!;
    const root = board.shadowRoot!;
    const shown = async (selector: string) => {
      for (let i = 0; i < 200 && !root.querySelector(selector); i++)
        await new Promise((resolve) => setTimeout(resolve, 25));
      if (!root.querySelector(selector)) throw new Error(`${selector} did not show`);
      return root.querySelector<HTMLElement>(selector)!;
    };
    try {
      (await shown('[data-open]')).click();
      await shown('[role=alert] button');
    } finally {
      detailCode.view = listingView;
    }
  },
};
