import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/micropath/src/apprentice-board/define.ts';
import type { ApprenticeBoard } from '../packages/micropath/src/apprentice-board/apprentice-board.ts';
import {
  ashbyListings,
  demoListings,
  greenhouseListings,
  leverListings,
  memory,
} from './support/board-data.ts';
import { renderBoard, type BoardArgs } from './apprentice-board.stories.ts';

const meta: Meta<BoardArgs> = {
  title: 'Apprentice board/Sources and detail',
  component: 'apprentice-board',
  args: { adapter: memory(), detail: 'inline', pageSize: 12, lang: 'en' },
  argTypes: { adapter: { control: false } },
  render: renderBoard,
};
export default meta;

type Story = StoryObj<BoardArgs>;

/** Recorded Greenhouse feed (full HTML content), mapped by the Greenhouse adapter. */
export const Greenhouse: Story = { args: { adapter: memory(greenhouseListings) } };
/** Recorded Lever postings with salary ranges. */
export const Lever: Story = { args: { adapter: memory(leverListings) } };
/** Recorded Ashby board with compensation tiers. */
export const Ashby: Story = { args: { adapter: memory(ashbyListings) } };

/** Opens a listing once the board exists (and, for the form story, starts applying). */
const opened =
  (id: string, form = false) =>
  ({ adapter, detail, pageSize, lang }: BoardArgs) =>
    html`<apprentice-board
      .adapter=${adapter}
      detail=${detail}
      page-size=${pageSize}
      lang=${lang}
      ${ref((node) => {
        const board = node as ApprenticeBoard | undefined;
        void board?.openListing(id).then(async () => {
          if (!form) return;
          await board.updateComplete;
          board.shadowRoot!.querySelector<HTMLElement>('[part=apply-here]')?.click();
        });
      })}
    ></apprentice-board>`;

/** The detail view inline, with the sanitized description and apply actions. */
export const DetailInline: Story = { render: opened(demoListings[0]!.id!) };
/** The embedded application form (the memory adapter takes applications). */
export const ApplicationForm: Story = { render: opened(demoListings[1]!.id!, true) };
/** A Greenhouse description, entity-decoded once and sanitized. */
export const GreenhouseDetail: Story = {
  args: { adapter: memory(greenhouseListings) },
  render: opened(greenhouseListings[0]!.id),
};
