import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { frame, frameArgs, frameArgTypes, type FrameArgs } from './support/layout-frame.ts';
import '../packages/micropath/src/mentor-booking/define.ts';
import { mentoring, toDay, toConfirmation } from './support/booking-data.ts';
import { renderBooking, type BookingArgs } from './mentor-booking.stories.ts';

type LayoutArgs = BookingArgs & FrameArgs;

const meta: Meta<LayoutArgs> = {
  title: 'Mentor booking/Layout, theme and language',
  component: 'mentor-booking',
  args: {
    adapter: mentoring(),
    mentorId: '',
    timeZone: '',
    hourCycle: '',
    weekStart: '',
    lang: 'en',
    ...frameArgs,
  },
  argTypes: {
    adapter: { control: false },
    ...frameArgTypes,
  },
  render: (args) => frame(args, renderBooking(args)),
};
export default meta;

type Story = StoryObj<LayoutArgs>;

/** A phone-sized column: the day's times below the month. */
export const Narrow: Story = { args: { width: '360px' }, play: toDay };
/** A wide page: the times beside the month. */
export const Wide: Story = { args: { width: '960px' }, play: toDay };
export const Dark: Story = { args: { colorScheme: 'dark' }, play: toDay };
export const RightToLeft: Story = { args: { dir: 'rtl' }, play: toDay };
export const Spanish: Story = { args: { lang: 'es' }, play: toDay };
export const German: Story = { args: { lang: 'de' }, play: toDay };
export const GermanConfirmation: Story = { args: { lang: 'de' }, play: toConfirmation };
/** Arabic: mirrored, with ArrowLeft moving to the next day and the arrows pointing the other way. */
export const Arabic: Story = { args: { lang: 'ar' }, play: toDay };
export const ArabicConfirmation: Story = { args: { lang: 'ar' }, play: toConfirmation };
export const French: Story = { args: { lang: 'fr', width: '320px' }, play: toDay };
export const BrazilianPortuguese: Story = { args: { lang: 'pt-BR', width: '320px' }, play: toDay };
export const Japanese: Story = { args: { lang: 'ja', width: '320px' }, play: toDay };
/** `time-zone="Asia/Kolkata"`, a half-hour zone, with a 24-hour clock and weeks from Sunday. */
export const HalfHourZone: Story = {
  args: { timeZone: 'Asia/Kolkata', hourCycle: 'h23', weekStart: 'sunday' },
  play: toDay,
};
/** A brand theme through the global tokens and the booking's own properties. */
export const Branded: Story = {
  render: (args) =>
    html`<div
      style=${styleMap({ '--mp-color-accent': '#0f766e', '--mp-radius': '0.25rem', '--mp-booking-day-size': '2.25rem', '--mp-font-family': 'Georgia, serif' })}
    >
      ${renderBooking(args)}
    </div>`,
  play: toDay,
};
