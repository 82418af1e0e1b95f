import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/micropath/src/apprentice-board/define.ts';
import type { ApprenticeBoard } from '../packages/micropath/src/apprentice-board/apprentice-board.ts';
import { createMemoryAdapter } from '../packages/micropath/src/adapters/memory/memory-adapter.ts';

/**
 * From a skill gap to a mentor: with `mentor-url`, an opening's skills each link to the page's
 * mentoring page ("Find a mentor for SQL"), and the board raises `mp-skill-gap` with the
 * required skills the visitor has not shown.
 */
const opening = {
  id: 'data-apprentice',
  title: 'Data apprentice',
  organization: { name: 'Northwind Labs' },
  kind: 'micro-apprenticeship' as const,
  skills: [
    {
      label: 'SQL',
      id: 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742',
      framework: 'ESCO',
    },
    'Spreadsheets',
    { label: 'Python', importance: 'preferred' as const },
  ],
  applyUrl: 'https://example.org/apply',
};

const opened = (mentorUrl: string | undefined) => () =>
  html`<apprentice-board
    .adapter=${createMemoryAdapter({ listings: [opening] })}
    .mentorUrl=${mentorUrl}
    detail="inline"
    lang="en"
    ${ref((node) => {
      const board = node as ApprenticeBoard | undefined;
      if (!board || board.dataset.started) return;
      board.dataset.started = 'yes';
      void board.openListing(opening.id);
    })}
  ></apprentice-board>`;

const meta: Meta = {
  title: 'Apprentice board/Skill gaps',
  component: 'apprentice-board',
};
export default meta;
type Story = StoryObj;

/** `mentor-url` set: each skill has "Find a mentor for …". */
export const FindAMentor: Story = { render: opened('/mentoring?skill={skill}') };

/** No `mentor-url`: the skills alone (the page still hears `mp-skill-gap`). */
export const NoMentorPage: Story = { render: opened(undefined) };
