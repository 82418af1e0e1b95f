/** The frame of the layout stories: a width, a light or dark scheme and a direction around a widget. */
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

export interface FrameArgs {
  width: string;
  colorScheme: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
}

export const frameArgs: FrameArgs = { width: '100%', colorScheme: 'light', dir: 'ltr' };

export const frameArgTypes = {
  width: { control: 'text' },
  colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
  dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
} as const;

export const frame = (args: FrameArgs, widget: TemplateResult) =>
  html`<div
    dir=${args.dir}
    style=${styleMap({ inlineSize: args.width, colorScheme: args.colorScheme, background: args.colorScheme === 'dark' ? '#15191e' : 'transparent', padding: '1rem' })}
  >
    ${widget}
  </div>`;
