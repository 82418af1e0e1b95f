import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/micropath/src/provider/define.ts';
import '../packages/micropath/src/apprentice-board/define.ts';
import '../packages/micropath/src/mentor-booking/define.ts';
import type { ApprenticeBoard } from '../packages/micropath/src/apprentice-board/apprentice-board.ts';
import { createMemoryAdapter } from '../packages/micropath/src/adapters/memory/memory-adapter.ts';
import listings from '../demo/data/listings.json';
import { mentoring } from './support/booking-data.ts';

/**
 * The widgets joined by a provider: the board raises `mp-skill-gap` for the opening shown, and
 * the booking below follows it, showing the mentors who cover those skills first. "Find a
 * mentor for …" keeps the visitor on this page and takes them to the booking.
 */
const meta: Meta = {
  title: 'Foundation/Skill gaps to mentors',
  component: 'micropath-provider',
};
export default meta;

const joined = (openingId: string) => () =>
  html`<micropath-provider
    .adapters=${{ listings: createMemoryAdapter({ listings }), mentoring: mentoring() }}
    locale="en"
  >
    <apprentice-board
      detail="inline"
      mentor-url="/mentoring?skill={skill}"
      ${ref((node) => {
        const board = node as ApprenticeBoard | undefined;
        if (!board || board.dataset.started) return;
        board.dataset.started = 'yes';
        void board.openListing(openingId);
      })}
    ></apprentice-board>
    <h2>Mentors</h2>
    <mentor-booking></mentor-booking>
  </micropath-provider>`;

/** The data analyst opening: the booking puts Ana Ruiz (SQL, data analysis) first. */
export const DataOpening: StoryObj = { render: joined('mp-001') };

/** The electrician apprenticeship: the booking puts Chidi Okafor (wiring, safety) first. */
export const ElectricianOpening: StoryObj = { render: joined('mp-005') };
