import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/micropath/src/mentor-booking/define.ts';
import { parseSkills } from '../packages/micropath/src/mentor-booking/booking-attributes.ts';
import type { MentoringAdapter } from '../packages/micropath/src/core/contracts.ts';
import {
  bookingFails,
  bookingRefusesFields,
  bookingHangs,
  demoMentors,
  hostile,
  mentoring,
  pendingConfirmation,
  pendingMentoring,
  someBroken,
  toCalendar,
  toCancelled,
  toCancelQuestion,
  toMoved,
  toRescheduling,
  toConfirmation,
  toDay,
  toErrors,
  toForm,
  toFormCouldNotLoad,
  toDayTimesLoading,
  toStepsCouldNotLoad,
  choicesOffline,
  toSessions,
  toSubmitted,
  toZonePicker,
  timesHang,
  unreachable,
  withManagePage,
} from './support/booking-data.ts';

export interface BookingArgs {
  adapter?: MentoringAdapter;
  mentorId: string;
  timeZone: string;
  hourCycle: '' | 'h12' | 'h23';
  weekStart: string;
  lang: string;
  /** Concept URIs or labels, read as the `skills` attribute reads them. */
  skills: string;
}

export const renderBooking = (a: BookingArgs) =>
  html`<mentor-booking
    .adapter=${a.adapter}
    mentor-id=${ifDefined(a.mentorId || undefined)}
    time-zone=${ifDefined(a.timeZone || undefined)}
    hour-cycle=${ifDefined(a.hourCycle || undefined)}
    week-start=${ifDefined(a.weekStart || undefined)}
    .skills=${parseSkills(a.skills || null)}
    lang=${ifDefined(a.lang || undefined)}
  ></mentor-booking>`;

const meta: Meta<BookingArgs> = {
  title: 'Mentor booking/Steps and states',
  component: 'mentor-booking',
  args: {
    adapter: mentoring(),
    mentorId: '',
    timeZone: '',
    hourCycle: '',
    weekStart: '',
    lang: 'en',
    skills: '',
  },
  argTypes: {
    adapter: { control: false },
    mentorId: { control: 'select', options: ['', ...demoMentors.map((m) => m.id)] },
    timeZone: { control: 'text' },
    hourCycle: { control: 'inline-radio', options: ['', 'h12', 'h23'] },
    weekStart: { control: 'inline-radio', options: ['', 'monday', 'sunday', 'saturday'] },
    lang: { control: 'inline-radio', options: ['en', 'es', 'de', 'fr', 'pt-BR', 'ar', 'ja'] },
    skills: { control: 'text' },
  },
  render: renderBooking,
};
export default meta;

type Story = StoryObj<BookingArgs>;

/** Step 1: six mentors with expertise and languages, filterable by expertise. */
export const Mentors: Story = {};
/** Step 2: a mentor's session types. */
/**
 * Given skills (an ESCO concept URI and a label): the mentors who cover them come first, each
 * saying which; one whose skills only share words is "Related".
 */
export const SkillsCovered: Story = {
  args: {
    skills:
      'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742, use markup languages',
  },
};

/** A skill no mentor covers: said plainly, and every mentor can still be booked. */
export const SkillNotCovered: Story = { args: { skills: 'SQL, Kubernetes' } };

export const SessionTypes: Story = { play: toSessions };
/** Step 3: the month, days with free times marked. */
export const Calendar: Story = { play: toCalendar };
/** A day chosen: its times, with the mentor's own time beside them. */
export const DayChosen: Story = { play: toDay };
/** `mentor-id` skips the list (and a single session type skips that step). */
export const OneMentor: Story = { args: { mentorId: 'jonas-weber' } };
export const TimeZonePicker: Story = { play: toZonePicker };
/** Step 4: the form, with the session type's own questions. */
export const Form: Story = { play: toForm };
/** Offline when a day is chosen: the code of its times and the form cannot come; the day's place says so. */
export const FormCouldNotLoad: Story = { play: toFormCouldNotLoad };
/** A day chosen before the code of its times has come: the day's place says it is loading. */
export const DayTimesLoading: Story = { play: toDayTimesLoading };
/**
 * Offline once the mentors came: the code of the mentor and session steps cannot come, and the
 * step says so with "Try again". Left off the docs page, whose bookings would share the failing
 * loader.
 */
export const StepsCouldNotLoad: Story = {
  tags: ['!autodocs'],
  beforeEach: choicesOffline,
  play: toStepsCouldNotLoad,
};
export const FormErrors: Story = { play: toErrors };
export const Sending: Story = { args: { adapter: bookingHangs() }, play: toSubmitted };
/** Too many requests: nothing was booked; the answers stay and "Try again" sends again. */
export const BookingFailed: Story = {
  args: { adapter: bookingFails('rate-limited') },
  play: toSubmitted,
};
/**
 * The answer was lost (here the network fails every time): the booking may have gone through.
 * The widget checks once with the same idempotency key, then offers "Check again", which
 * re-sends that attempt whatever was edited since.
 */
export const OutcomeUnknown: Story = {
  args: { adapter: bookingFails('network') },
  play: toSubmitted,
};
/** The backend refused answers (a 422): each on its field, the rest named in one sentence. */
export const AnswersRefused: Story = {
  args: { adapter: bookingRefusesFields() },
  play: toSubmitted,
};
/** Someone else took the time meanwhile: back to fresh times, answers kept. */
export const SlotTaken: Story = { args: { adapter: bookingFails('conflict') }, play: toSubmitted };
/** Step 5: confirmed, with calendar links and cancelling. */
export const Confirmed: Story = { play: toConfirmation };
/** The backend gave a manage page (`manageUrl`): the confirmation links to it. */
export const ConfirmedWithManageLink: Story = {
  args: { adapter: withManagePage() },
  play: toConfirmation,
};
export const AwaitingConfirmation: Story = {
  args: { adapter: pendingConfirmation() },
  play: toConfirmation,
};
/** "Change the time": the booked time and the new one, before moving it. */
export const Rescheduling: Story = { play: toRescheduling };
/** Moved: the confirmation with the new time; the calendar file updates the same entry. */
export const Moved: Story = { play: toMoved };
export const CancelQuestion: Story = { play: toCancelQuestion };
export const Cancelled: Story = { play: toCancelled };
/** While loading, the booking keeps the size micropath.css gave it (`--mp-booking-loading-height`). */
export const Loading: Story = { args: { adapter: pendingMentoring } };
/** With `mentor-id`, the reserved size and skeleton are the month's. */
export const LoadingOneMentor: Story = {
  args: { adapter: pendingMentoring, mentorId: 'jonas-weber' },
};
/** Mentors after 1.5 s: the list takes the reserved place. */
export const SlowAnswer: Story = {
  args: { adapter: mentoring(undefined, 1500) },
};
/** The month while its times load: the grid is usable, marked busy. */
/** `loading="lazy"`: far down a page, it asks for mentors and times as the visitor nears it. */
export const LoadsWhenNear: Story = {
  render: (a) =>
    html`<p style="block-size: 120vh">
        Scroll down: the booking below loads as it comes near (<code>loading="lazy"</code>).
      </p>
      <mentor-booking .adapter=${a.adapter} loading="lazy" lang=${a.lang}></mentor-booking>`,
};
export const TimesLoading: Story = { args: { adapter: timesHang(), mentorId: 'jonas-weber' } };
export const ServerUnreachable: Story = { args: { adapter: unreachable() } };
export const NoMentors: Story = { args: { adapter: mentoring([]) } };
/** A mentor without weekly hours: the month says so and offers the next. */
export const NoFreeTimes: Story = {
  args: {
    adapter: mentoring([{ ...demoMentors[4]!, weeklyHours: [] }]),
    mentorId: 'jonas-weber',
  },
};
export const SomeCouldNotBeShown: Story = { args: { adapter: someBroken() } };
/** Markup in names and bios shows as text. */
export const HostileText: Story = { args: { adapter: hostile() } };
export const NotConfigured: Story = { args: { adapter: undefined } };
