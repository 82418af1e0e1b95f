import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/micropath/src/provider/define.ts';
import { createMemoryAdapter } from '../packages/micropath/src/adapters/memory/memory-adapter.ts';

interface Args {
  locale: string;
  timeZone: string;
}

const adapter = createMemoryAdapter();

const meta: Meta<Args> = {
  title: 'Foundation/Provider',
  component: 'micropath-provider',
  args: { locale: 'en', timeZone: 'Europe/Berlin' },
  render: ({ locale, timeZone }) =>
    html`<micropath-provider
      .adapters=${{ listings: adapter, credentials: adapter, mentoring: adapter }}
      locale=${locale}
      time-zone=${timeZone}
    >
      <p>
        Every Micropath element inside this provider uses its adapters, locale
        (<code>${locale}</code>) and time zone (<code>${timeZone}</code>) unless it sets its own.
        The provider adds no box of its own (<code>display: contents</code>), so it never changes
        the page layout.
      </p>
    </micropath-provider>`,
};
export default meta;

export const Default: StoryObj<Args> = {};
export const GermanInBerlin: StoryObj<Args> = { args: { locale: 'de', timeZone: 'Europe/Berlin' } };
