import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { frame, frameArgs, frameArgTypes, type FrameArgs } from './support/layout-frame.ts';
import '../packages/micropath/src/apprentice-board/define.ts';
import { memory } from './support/board-data.ts';
import { renderBoard, type BoardArgs } from './apprentice-board.stories.ts';

type LayoutArgs = BoardArgs & FrameArgs;

const meta: Meta<LayoutArgs> = {
  title: 'Apprentice board/Layout, theme and language',
  component: 'apprentice-board',
  args: {
    adapter: memory(),
    detail: 'dialog',
    pageSize: 6,
    lang: 'en',
    ...frameArgs,
  },
  argTypes: {
    adapter: { control: false },
    ...frameArgTypes,
  },
  render: (args) => frame(args, renderBoard(args)),
};
export default meta;

type Story = StoryObj<LayoutArgs>;

/** A phone-sized column: one card per row, filters behind a button. */
export const Narrow: Story = { args: { width: '360px' } };
/** A wide page: filters beside a grid of cards. */
export const Wide: Story = { args: { width: '1200px' } };
export const Dark: Story = { args: { colorScheme: 'dark' } };
export const RightToLeft: Story = { args: { dir: 'rtl' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const German: Story = { args: { lang: 'de' } };
/** Arabic: the whole board mirrored (its own direction, on a left-to-right page). */
export const Arabic: Story = { args: { lang: 'ar' } };
export const ArabicNarrow: Story = { args: { lang: 'ar', width: '320px' } };
export const French: Story = { args: { lang: 'fr', width: '320px' } };
export const BrazilianPortuguese: Story = { args: { lang: 'pt-BR', width: '320px' } };
export const Japanese: Story = { args: { lang: 'ja', width: '320px' } };
/** A brand theme through the global tokens. */
export const Branded: Story = {
  render: (args) =>
    html`<div
      style=${styleMap({ '--mp-color-accent': '#7a1fa2', '--mp-radius': '0', '--mp-font-family': 'Georgia, serif' })}
    >
      ${renderBoard(args)}
    </div>`,
};
