import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import './support/token-sheet.ts';

interface Args {
  colorScheme: 'light' | 'dark';
  accent: string;
  radius: string;
  dir: 'ltr' | 'rtl';
}

const meta: Meta<Args> = {
  title: 'Foundation/Design tokens',
  args: { colorScheme: 'light', accent: '', radius: '', dir: 'ltr' },
  argTypes: {
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    accent: { control: 'color', description: '`--mp-color-accent`' },
    radius: { control: 'text', description: '`--mp-radius`' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Every widget reads the global `--mp-*` tokens. Defaults are `light-dark()` pairs: a widget turns dark only on pages that declare `color-scheme: light dark` (or `dark`) for visitors who prefer dark.',
      },
    },
  },
  render: ({ colorScheme, accent, radius, dir }) =>
    html`<div
      dir=${dir}
      style=${styleMap({
        colorScheme,
        ...(accent ? { '--mp-color-accent': accent } : {}),
        ...(radius ? { '--mp-radius': radius } : {}),
      })}
    >
      <mp-token-sheet></mp-token-sheet>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Light: Story = {};
export const Dark: Story = { args: { colorScheme: 'dark' } };
export const Brand: Story = { args: { accent: '#7a1fa2', radius: '0' } };
export const RightToLeft: Story = { args: { dir: 'rtl' } };
