import { ifDefined } from 'lit/directives/if-defined.js';
import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { MicropathElement } from '../core/base-element.ts';
import { describeFailure } from '../core/error-messages.ts';
import { MpErrorEvent } from '../core/events.ts';
import { isKnownTimeZone } from '../core/time.ts';
import { VisibilityGate } from '../core/visibility-gate.ts';
import { afterNextPaint } from '../core/pace.ts';
import { parseHourCycle, parseSkills, parseWeekStart } from './booking-attributes.ts';
import { BookingSkills } from './booking-skills.ts';
import { SkillsFromUrl } from './skills-from-url.ts';
import type { SkillRef } from '../core/models/skill.ts';
import type { MentoringAdapter } from '../core/contracts.ts';
import type { Mentor, SessionType, Slot } from '../core/models/mentoring.ts';
import type { Booking } from '../core/models/booking.ts';
import { bookingStyles } from './mentor-booking.styles.ts';
import { MpSlotSelectEvent } from './events.ts';
import { addMonths, dateIn, weekStartFor, type DateKey, type Weekday } from './month-grid.ts';
import {
  formatDate,
  formatDuration,
  formatMonth,
  formatWhen,
  type TimeFormat,
} from './booking-format.ts';
import { emptyDraft, type BookingDraft, type DraftErrors } from './booking-draft.ts';
import { renderPhoto } from './mentor-photo.ts';
import type * as Choices from './choice-steps.ts';
import {
  renderLoading,
  renderMentorCards,
  renderMentorsSkeleton,
  renderTimeSkeleton,
} from './loading-skeleton.ts';
import { skeletonStyles } from '../core/skeleton.styles.ts';
import { renderMonthPanel } from './month-panel.ts';
import { renderDayPanel } from './day-panel.ts';
import type { FormFailure } from './booking-form.ts';
import type * as BookingActions from './booking-actions.ts';
import type { BookingHost } from './booking-actions.ts';
import type { CancelState } from './booking-confirmation.ts';
import type { BookingSubmission } from './booking-submission.ts';
import type { BookingChanges } from './booking-changes.ts';
import { ZonePicker } from './zone-picker.ts';
import { BookingAvailability } from './booking-availability.ts';
import { plural } from '../core/plural.ts';
import { adoptStyles, LazyCode, renderCodeFailure } from '../core/lazy-code.ts';

/** The form's schemas load when a time is chosen, before the visitor sends. */
const validation = () => import('./booking-validation.ts');
/**
 * The booking's parts whose code comes later (a test makes one fail):
 * - `afterBooking`: what shows after a booking (the confirmation, calendar files, the move
 *   panel), fetched while the visitor fills in the form;
 * - `form`: the chosen day's times, the form and what sending it does (booking-actions.ts), not
 *   on the way to a month of free times, loaded as soon as one is shown (the visitor's next
 *   step), at the latest when a day is chosen;
 * - `choices`: the mentor and session steps' code (choice-steps.ts), loaded beside the mentors
 *   unless `mentor-id` and `session-type` skip both steps.
 */
export const bookingParts = {
  afterBooking: async () => ({
    ...(await import('./booking-confirmation.ts')),
    ...(await import('./reschedule-panel.ts')),
  }),
  form: () => import('./booking-actions.ts'),
  choices: () => import('./choice-steps.ts'),
};
type AfterBooking = Awaited<ReturnType<typeof bookingParts.afterBooking>>;

type Step = 'mentor' | 'session' | 'time' | 'form' | 'done';

/**
 * Books a short session with a mentor inside the page: choose a mentor (filter by expertise;
 * given `skills`, the mentors who cover them come first, each saying which),
 * a session type, a day and a time in your own time zone, fill a short form, and get a
 * confirmation with calendar links. Works on any mentoring adapter: the memory adapter, the
 * REST contract, or Cal.com (`source="cal:jane/30min"`).
 *
 * @tagname mentor-booking
 * @summary Books a micro-mentoring session in the visitor's own time zone.
 *
 * @event {MpSlotSelectEvent} mp-slot-select - A visitor chose a time (`event.slot`, `event.mentor`, `event.sessionType`, `event.timeZone`).
 * @event {MpBookingConfirmedEvent} mp-booking-confirmed - The backend confirmed a booking (`event.booking`: the whole booking).
 * @event {MpBookingFailedEvent} mp-booking-failed - A booking attempt failed (`event.error`, an AdapterError; `event.request`; `event.outcomeUnknown`: the backend may have booked it anyway, so the widget asks again with the same key). The visitor's input is kept.
 * @event {MpBookingCancelledEvent} mp-booking-cancelled - The visitor cancelled their booking (`event.booking`, now cancelled; `event.reason`).
 * @event {MpBookingRescheduledEvent} mp-booking-rescheduled - The visitor moved their booking (`event.booking`, the moved one; `event.previous`).
 * @event {MpErrorEvent} mp-error - Loading mentors or times failed after a visitor's action (`event.error`).
 *
 * @csspart base - The wrapper of everything; also the size container.
 * @csspart step - The current step, with its heading.
 * @csspart back - The "Back" button.
 * @csspart summary - The mentor, session and time chosen so far.
 * @csspart expertise-filter - The expertise menu above the mentors.
 * @csspart count - How many mentors are shown (announced).
 * @csspart mentors - The list of mentors; each is a `mentor`.
 * @csspart mentor - One mentor card.
 * @csspart photo - A mentor's photo (or initials).
 * @csspart expertise - A mentor's areas of expertise.
 * @csspart covers - "Can help with: …": the asked skills a mentor covers.
 * @csspart related - "Related: …": a mentor's skills sharing words with an asked one (not counted as covering it).
 * @csspart skills-notice - Says which asked skills no mentor covers (all mentors can still be booked).
 * @csspart bio - A mentor's biography.
 * @csspart sessions - The session types; each is a `session` (`session-chosen` when chosen).
 * @csspart zone-button - The time-zone button.
 * @csspart zone-picker - The time-zone popover.
 * @csspart month - The month title and its previous / next buttons.
 * @csspart calendar - The month grid; each date is a `day` (`day-available`, `day-selected`).
 * @csspart day - The chosen day's times.
 * @csspart slots - The list of times; each is a `slot` (`slot-chosen` when chosen).
 * @csspart notice - Messages such as "that time was just taken".
 * @csspart form - The booking form.
 * @csspart form-error - Why the last attempt failed.
 * @csspart submit - The "Book session" button.
 * @csspart confirmation - The confirmation.
 * @csspart when - The booked time, in the visitor's and the mentor's zones.
 * @csspart links - Join and manage links.
 * @csspart calendar-links - The .ics file, Google Calendar and Outlook links.
 * @csspart ics - The .ics download.
 * @csspart join - The link to join the session.
 * @csspart reschedule - The "Change the time" button.
 * @csspart reschedule-panel - The old and the new time, before a move.
 * @csspart reschedule-submit - The "Move the session" button.
 * @csspart reschedule-keep - The "Keep the current time" button.
 * @csspart new-time - The new time in the move panel.
 * @csspart cancel - The "Cancel this session" button.
 * @csspart cancel-form - The cancellation question.
 * @csspart again - "Book another session".
 * @csspart message - Loading, empty and error messages.
 * @csspart not-configured - Shown when no backend is configured.
 *
 * @cssproperty --mp-booking-accent - Chosen dates, times and primary buttons. Default: `--mp-color-accent`.
 * @cssproperty --mp-booking-available - The mark of a date with free times. Default: `--mp-color-accent`.
 * @cssproperty --mp-booking-day-size - The size of a date in the calendar. Default: `2.75rem`.
 * @cssproperty --mp-booking-photo-size - The size of a mentor's photo. Default: `3.5rem`.
 * @cssproperty --mp-booking-loading-height - The height kept while the mentors load (and by micropath.css before the element is defined), so the page does not move. Default: `40rem`, `32rem` with `mentor-id`.
 */
export class MentorBooking extends MicropathElement<'mentoring'> {
  static override styles = [MicropathElement.styles, skeletonStyles, bookingStyles];

  protected readonly adapterKind = 'mentoring';

  /** Books with this mentor only: the mentor step is skipped. */
  @property({ type: String, attribute: 'mentor-id' })
  mentorId?: string;

  /** Books this session type only (when the mentor has it): the session step is skipped. */
  @property({ type: String, attribute: 'session-type' })
  sessionType?: string;

  /**
   * The IANA zone to show times in, such as `Europe/Berlin`. Default: the provider's
   * `time-zone`, else the visitor's own (from `Intl`). The visitor can change it.
   */
  @property({ type: String, attribute: 'time-zone' })
  timeZone?: string;

  /** `h12` or `h23`. Default: the locale's. */
  @property({ type: String, attribute: 'hour-cycle' })
  hourCycle?: string;

  /** The first day of the week: `1`–`7` (ISO, Monday = 1) or a day's name. Default: the locale's. */
  @property({ type: String, attribute: 'week-start' })
  weekStart?: string;

  /**
   * The skills the visitor wants help with: the mentors who cover them come first, each card
   * saying which ("Can help with: SQL"), and the booking carries them (metadata `skills`, the
   * names, and `skillIds`, the concept URIs). Attribute: concept URIs (ESCO's by preference) or
   * labels, separated by spaces, or by commas when a label has spaces
   * (`skills="SQL, Data visualisation"`). Property: a list of strings or skill references
   * (`{ label, id?, framework?, code? }`). A mentor covers a skill when one of their skills or
   * expertise names it by concept URI, framework and code, or label; everyone can still be booked.
   */
  @property({ type: Array, converter: { fromAttribute: parseSkills } })
  skills: (string | SkillRef)[] = [];

  /**
   * The name of a parameter of the page's address to read `skills` from, one skill per value
   * (`skill-param="skill"` reads `?skill=SQL&skill=http://data.europa.eu/esco/skill/…`), as the
   * board's "Find a mentor for …" links (`mentor-url`) send them. Read when the booking is
   * connected and on back and forward.
   */
  @property({ type: String, attribute: 'skill-param' })
  skillParam?: string;

  /** Fills in the visitor's name. */
  @property({ type: String })
  name?: string;

  /** Fills in the visitor's email. */
  @property({ type: String })
  email?: string;

  /** Passed to the adapter with each booking (UTM parameters, a campaign, a user id). */
  @property({ attribute: false })
  metadata: Record<string, string> = {};

  /**
   * When the mentors and times are fetched, as `<img loading>`: `eager` (default) at once;
   * `lazy` once the element comes near the viewport. It keeps its loading size until then.
   */
  @property({ type: String })
  loading: 'eager' | 'lazy' = 'eager';

  @state() private step: Step = 'mentor';
  @state() private expertise?: string;
  @state() private mentor?: Mentor;
  @state() private session?: SessionType;
  @state() private chosenZone?: string;
  @state() private focusDate?: DateKey;
  @state() private selectedDate?: DateKey;
  @state() private chosenSlot?: Slot;
  @state() private draft: BookingDraft = emptyDraft();
  @state() private notice?: string;
  @state() private booking?: Booking;
  @state() private cancelState: CancelState = 'idle';
  @state() private announcement = '';
  // Read only by the form's code (booking-actions.ts), hence protected rather than private.
  @state() protected errors: DraftErrors = {};
  @state() protected pending = false;
  @state() protected failure?: FormFailure;
  @state() protected cancelReason = '';
  @state() protected cancelFailure?: string;

  private readonly zonePicker = new ZonePicker(this, (zone) => this.changeZone(zone));
  /** `loading="lazy"`: nothing is asked before the element nears the viewport. */
  private readonly seen = new VisibilityGate(this);
  private waitingForView = false;
  private loadedFrom?: unknown;
  private readonly availability = new BookingAvailability(this, (failure, what, byUser) => {
    console.warn(`[micropath] <mentor-booking> ${what}: ${failure.message}`);
    if (byUser) this.emit(new MpErrorEvent(failure));
  });
  /** The booking's attempts and changes, made by the form's code (booking-actions.ts). */
  protected submission?: BookingSubmission;
  protected changes?: BookingChanges;
  private readonly skillMatch = new BookingSkills(this);

  constructor() {
    super();
    // In the browser only: it reads the page's address.
    if (!isServer) new SkillsFromUrl(this);
  }
  /** The confirmation's and the move panel's templates (their chunk). */
  private readonly viewsCode = new LazyCode<AfterBooking>(this, () => bookingParts.afterBooking());
  /** The day's times, the form's templates and actions (their chunk, with their styles). */
  private readonly formCode = new LazyCode<typeof BookingActions>(
    this,
    () => bookingParts.form(),
    (form) => adoptStyles(this.renderRoot, form.formStyles),
  );
  /** The mentor and session steps' templates (their chunk, with their styles). */
  private readonly choicesCode = new LazyCode<typeof Choices>(
    this,
    () => bookingParts.choices(),
    (choices) => adoptStyles(this.renderRoot, choices.choiceStyles),
  );
  /** The form's code was asked for, after the first month shown was painted. */
  private formAsked?: Promise<unknown>;
  private get form(): typeof BookingActions | undefined {
    return this.formCode.value;
  }
  /** The visitor is choosing a new time for the booking they made. */
  @state() private rescheduling = false;
  private warnedZone?: string;

  /** The zone times are shown in: the visitor's choice, `time-zone`, the provider's, the browser's. */
  get activeTimeZone(): string {
    if (this.chosenZone) return this.chosenZone;
    const asked = this.timeZone?.trim();
    if (asked && isKnownTimeZone(asked)) return asked;
    if (asked && this.warnedZone !== asked) {
      this.warnedZone = asked;
      console.warn(
        `[micropath] <mentor-booking> time-zone="${asked}" is not a known IANA zone; using the visitor's.`,
      );
    }
    return this.pageTimeZone;
  }

  private get format(): TimeFormat {
    return {
      locale: this.locale,
      timeZone: this.activeTimeZone,
      hourCycle: parseHourCycle(this.hourCycle),
    };
  }

  private get firstWeekday(): Weekday {
    return parseWeekStart(this.weekStart) ?? weekStartFor(this.locale);
  }

  private get today(): DateKey {
    return dateIn(Date.now(), this.activeTimeZone);
  }

  /**
   * Moved in the page (a CMS or a framework re-parenting it): the visitor's choices and answers
   * stay, and what was loading when it left loads again.
   */
  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) return;
    const { adapter } = this.resolveAdapter();
    if (adapter && this.availability.mentorsStatus === 'loading')
      void this.loadMentors(adapter, false);
    if (this.step === 'time') void this.loadSlots();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { adapter } = this.resolveAdapter();
    if (adapter !== this.loadedFrom) {
      this.loadedFrom = adapter;
      this.restart();
      if (adapter) void this.loadMentors(adapter, false);
    } else if (
      (changed.has('mentorId') || changed.has('sessionType')) &&
      this.availability.mentorsStatus === 'ready'
    ) {
      this.restart();
      this.applyFixedChoices();
    }
    if (changed.has('name') || changed.has('email')) {
      this.draft = {
        ...this.draft,
        name: this.draft.name || this.name || '',
        email: this.draft.email || this.email || '',
      };
    }
    const internal = changed as Map<PropertyKey, unknown>;
    if (internal.has('chosenZone') || changed.has('timeZone'))
      this.availability.regroup(this.activeTimeZone);
  }

  private restart(): void {
    this.availability.reset();
    this.step = 'mentor';
    this.mentor = undefined;
    this.session = undefined;
    this.chosenSlot = undefined;
    this.selectedDate = undefined;
    this.booking = undefined;
    this.notice = undefined;
    this.failure = undefined;
  }

  // ---------------------------------------------------------------- loading

  private async loadMentors(adapter: MentoringAdapter, byUser: boolean): Promise<void> {
    if (!isServer) this.skillMatch.prepare(this.skills);
    if (this.loading === 'lazy') {
      if (this.waitingForView) return; // that wait loads whichever backend is set by then
      this.waitingForView = true;
      await this.seen.whenNear();
      this.waitingForView = false;
      const current = this.resolveAdapter().adapter;
      if (!current) return;
      adapter = current;
    }
    // Beside the mentors, unless both choosing steps are skipped by attributes.
    if (!isServer && (!this.mentorId || !this.sessionType)) void this.choicesCode.get();
    if (await this.availability.loadMentors(adapter, byUser)) this.applyFixedChoices();
  }

  /** Takes `mentor-id` and `session-type` into account once the mentors are known. */
  private applyFixedChoices(): void {
    if (!this.mentorId) return;
    const { mentors } = this.availability;
    const mentor = mentors.find((m) => m.id === this.mentorId);
    if (!mentor) {
      console.warn(
        `[micropath] <mentor-booking> has no mentor "${this.mentorId}" among ${mentors.length}.`,
      );
      return;
    }
    this.chooseMentor(mentor, false);
  }

  /** The free times of the month on show, in the zone in use; the latest request wins. */
  private async loadSlots(options: { force?: boolean; byUser?: boolean } = {}): Promise<void> {
    const { adapter } = this.resolveAdapter();
    const { mentor, session, focusDate: date } = this;
    if (!adapter || !mentor || !session || !date) return;
    const query = { mentor, session, date, zone: this.activeTimeZone };
    // The grid's tab stop and the announcement follow in the same render as the times.
    if (await this.availability.loadSlots(adapter, query, options)) this.afterSlotsLoaded();
  }

  /** Puts the grid's tab stop on the first free date and announces the month. */
  private afterSlotsLoaded(): void {
    const month = this.focusDate!.slice(0, 7);
    const days = [...this.availability.counts.keys()].filter((d) => d.startsWith(month)).sort();
    const gridHasFocus = this.shadowRoot?.activeElement?.closest('[part~=calendar]');
    if (!gridHasFocus && !this.availability.counts.has(this.focusDate!) && days[0])
      this.focusDate = days[0];
    if (this.selectedDate && !this.availability.counts.has(this.selectedDate))
      this.selectedDate = undefined;
    const [y, m] = month.split('-').map(Number) as [number, number];
    const title = formatMonth(y, m, this.locale);
    this.announcement = !days.length
      ? msg(str`${title}: no free times.`)
      : plural(days.length, this.locale, {
          one: (n) => msg(str`${title}: ${n} day with free times.`, { id: 'month-free-days.one' }),
          two: (n) => msg(str`${title}: ${n} days with free times.`, { id: 'month-free-days.two' }),
          few: (n) => msg(str`${title}: ${n} days with free times.`, { id: 'month-free-days.few' }),
          many: (n) =>
            msg(str`${title}: ${n} days with free times.`, { id: 'month-free-days.many' }),
          other: (n) =>
            msg(str`${title}: ${n} days with free times.`, { id: 'month-free-days.other' }),
        });
  }

  // ---------------------------------------------------------------- steps

  private chooseMentor(mentor: Mentor, byUser = true): void {
    if (mentor.id !== this.mentor?.id) {
      this.session = undefined;
      this.chosenSlot = undefined;
      this.selectedDate = undefined;
    }
    this.mentor = mentor;
    const fixed = mentor.sessionTypes.find((s) => s.id === this.sessionType);
    if (fixed || mentor.sessionTypes.length === 1)
      this.chooseSession(fixed ?? mentor.sessionTypes[0]!, byUser);
    else void this.goTo('session', byUser);
  }

  private chooseSession(session: SessionType, byUser = true): void {
    if (session.id !== this.session?.id) {
      this.chosenSlot = undefined;
      this.selectedDate = undefined;
    }
    this.session = session;
    this.focusDate ??= this.today;
    if (this.focusDate < this.today) this.focusDate = this.today;
    void this.goTo('time', byUser);
  }

  private chooseSlot(slot: Slot): void {
    this.chosenSlot = slot;
    this.notice = undefined;
    this.emit(new MpSlotSelectEvent(slot, this.mentor!, this.session!, this.activeTimeZone));
    void validation().catch(() => undefined); // ready before the visitor sends (or asked again)
    void this.loadViews(true); // and the confirmation before the answer comes
    void this.goTo('form', true);
  }

  /** The steps this visitor goes through: those fixed by attributes or with one choice are skipped. */
  private get steps(): Step[] {
    const mentorFixed = Boolean(this.mentorId && this.mentor?.id === this.mentorId);
    const sessionFixed =
      (this.mentor?.sessionTypes.length ?? 0) <= 1 ||
      Boolean(this.mentor?.sessionTypes.some((s) => s.id === this.sessionType));
    return [
      ...(mentorFixed ? [] : (['mentor'] as const)),
      ...(sessionFixed ? [] : (['session'] as const)),
      'time',
      'form',
    ];
  }

  private get previousStep(): Step | undefined {
    if (this.rescheduling) return this.step === 'form' ? 'time' : 'done';
    const at = this.steps.indexOf(this.step);
    return at > 0 ? this.steps[at - 1] : undefined;
  }

  private async goTo(step: Step, moveFocus: boolean): Promise<void> {
    if (step === 'done') this.rescheduling = false;
    this.step = step;
    if (step === 'time') void this.loadSlots(); // nothing to do when this month is loaded
    if (!moveFocus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-title')?.focus();
  }

  private moveFocusTo(date: DateKey): void {
    const monthChanged = date.slice(0, 7) !== this.focusDate?.slice(0, 7);
    this.focusDate = date;
    if (monthChanged) void this.loadSlots({ byUser: true });
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-date="${date}"]`)?.focus(),
    );
  }

  private showMonth(delta: number): void {
    const target = addMonths(`${this.focusDate!.slice(0, 7)}-01`, delta);
    this.focusDate = target < this.today ? this.today : target;
    void this.loadSlots({ byUser: true });
  }

  private pickDate(date: DateKey): void {
    this.selectedDate = date;
    this.focusDate = date;
    // The day's times come with the form's code: asked for now if not yet, again if it failed.
    void (this.formCode.failed ? this.formCode.retry() : this.formCode.get());
    const count = this.availability.counts.get(date) ?? 0;
    const day = formatDate(date, this.locale);
    this.announcement = plural(count, this.locale, {
      zero: (n) => msg(str`${day}: ${n} free times.`, { id: 'day-free-times.zero' }),
      one: (n) => msg(str`${day}: ${n} free time.`, { id: 'day-free-times.one' }),
      two: (n) => msg(str`${day}: ${n} free times.`, { id: 'day-free-times.two' }),
      few: (n) => msg(str`${day}: ${n} free times.`, { id: 'day-free-times.few' }),
      many: (n) => msg(str`${day}: ${n} free times.`, { id: 'day-free-times.many' }),
      other: (n) => msg(str`${day}: ${n} free times.`, { id: 'day-free-times.other' }),
    });
  }

  private changeZone(zone: string): void {
    this.chosenZone = zone;
    if (this.focusDate && this.focusDate < this.today) this.focusDate = this.today;
    if (this.step === 'time') void this.loadSlots({ byUser: true });
    else this.availability.forget(); // reloaded when the calendar shows again
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The day's times and the form follow once the month is on screen (the visitor's next step).
    if (this.step === 'time' && this.availability.slotsStatus === 'ready' && !this.formAsked)
      this.formAsked = afterNextPaint().then(() => this.formCode.get());
  }

  /**
   * The confirmation's code: asked for again after a failed load when `retry` (the visitor
   * acted), never from rendering. Resolves without it when it cannot load.
   */
  private loadViews(retry = false): Promise<AfterBooking | undefined> {
    return retry && this.viewsCode.failed ? this.viewsCode.retry() : this.viewsCode.get();
  }

  // ---------------------------------------------------------------- rendering

  override render() {
    const resolution = this.resolveAdapter();
    if (!resolution.adapter) return this.renderNotConfigured(resolution.problem);
    // Until the mentors are in, the element keeps the size it reserved (micropath.css).
    const status = this.availability.mentorsStatus;
    const reserve = status === 'ready' ? '' : status === 'error' ? 'reserved' : 'reserved loading';
    const one = this.mentorId ? 'one-mentor' : '';
    return html`<div part="base" dir=${ifDefined(this.localeDir)} class="booking ${reserve} ${one}">
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.renderStep()}
    </div>`;
  }

  private stepTitle(): string {
    switch (this.step) {
      case 'mentor':
        return msg('Choose a mentor');
      case 'session':
        return msg('Choose a session');
      case 'time':
        return msg('Choose a time');
      case 'form':
        return this.rescheduling ? msg('Move your session') : msg('Your details');
      default:
        return this.cancelState === 'cancelled'
          ? msg('Session cancelled')
          : this.booking?.status === 'pending'
            ? msg('Request sent')
            : msg('You are booked');
    }
  }

  private renderStep() {
    if (this.availability.mentorsStatus !== 'ready') return this.renderMentorsState();
    if (this.mentorId && !this.mentor) {
      return html`<div part="message" class="message" role="alert">
        <p>${msg('This mentor is not taking bookings at the moment.')}</p>
      </div>`;
    }
    const previous = this.step === 'done' ? undefined : this.previousStep;
    return html`<section part="step" class="step step-${this.step}" aria-labelledby="step-title">
      <div class="step-head">
        ${
          previous
            ? html`<button
                type="button"
                part="back"
                class="back"
                @click=${() => void this.goTo(previous, true)}
              >
                <span aria-hidden="true" class="arrow">←</span> ${msg('Back')}
              </button>`
            : nothing
        }
        <h2 id="step-title" tabindex="-1">${this.stepTitle()}</h2>
      </div>
      ${this.step === 'mentor' || this.step === 'done' ? nothing : this.renderSummary()}
      ${this.renderBody()}
    </section>`;
  }

  private renderMentorsState() {
    if (this.availability.mentorsStatus === 'error' && this.availability.mentorsFailure) {
      return html`<div part="message" class="message" role="alert">
        <p>${describeFailure(this.availability.mentorsFailure)}</p>
        <button
          type="button"
          @click=${() => {
            const { adapter } = this.resolveAdapter();
            if (adapter) void this.loadMentors(adapter, true);
          }}
        >
          ${msg('Try again')}
        </button>
      </div>`;
    }
    return this.mentorId ? renderTimeSkeleton() : renderMentorsSkeleton();
  }

  private renderSummary() {
    const { mentor, session, chosenSlot: slot } = this;
    if (!mentor) return nothing;
    return html`<div part="summary" class="summary">
      ${renderPhoto(mentor)}
      <div>
        <p class="summary-name">${mentor.name}</p>
        ${
          session
            ? html`<p class="muted">
                ${session.name} · ${formatDuration(session.durationMinutes, this.locale)}
              </p>`
            : mentor.headline
              ? html`<p class="muted">${mentor.headline}</p>`
              : nothing
        }
        ${slot && this.step === 'form' ? html`<p class="summary-when">${formatWhen(slot, this.format)}</p>` : nothing}
      </div>
      ${this.step === 'time' || this.step === 'form' ? this.zonePicker.render(this.activeTimeZone, this.locale, Date.now()) : nothing}
    </div>`;
  }

  private renderBody() {
    switch (this.step) {
      case 'mentor':
        return this.renderMentors();
      case 'session':
        return this.withChoices(renderLoading, (choices) =>
          choices.renderSessionList(this.mentor!, this.locale, this.session?.id, (s) =>
            this.chooseSession(s),
          ),
        );
      case 'time':
        return this.renderTime();
      case 'form':
      default:
        // A time was chosen from the day's times, which came with the form's code.
        if (!this.form) return nothing;
        return this.step === 'form'
          ? this.form.renderForm(this.internals)
          : this.form.renderDone(this.internals);
    }
  }

  /** The members the form's code reads and changes (booking-actions.ts). */
  private get internals(): BookingHost {
    return this as unknown as BookingHost;
  }

  private renderMentors() {
    const { mentors } = this.availability;
    if (!mentors.length) {
      return html`<p part="message" class="message">
        ${msg('No mentors are taking bookings at the moment.')}
      </p>`;
    }
    const ranked = this.skills.length ? this.skillMatch.rank(mentors, this.skills) : undefined;
    if (this.skills.length && !ranked) return renderMentorCards();
    return this.withChoices(renderMentorCards, (choices) =>
      choices.renderMentorStep({
        mentors,
        ranked,
        skipped: this.availability.skippedMentors,
        expertise: this.expertise,
        locale: this.locale,
        filter: (expertise) => (this.expertise = expertise),
        choose: (mentor) => this.chooseMentor(mentor),
      }),
    );
  }

  /** A step drawn by the choices' code: `waiting` until it comes, "Try again" if it cannot. */
  private withChoices(waiting: () => unknown, render: (choices: typeof Choices) => unknown) {
    const choices = this.choicesCode.value;
    if (choices) return render(choices);
    if (this.choicesCode.failed) return renderCodeFailure(() => void this.choicesCode.retry());
    void this.choicesCode.get();
    return waiting();
  }

  private renderTime() {
    return html`${this.notice ? html`<p part="notice" class="notice" role="alert">${this.notice}</p>` : nothing}
      <div class="time-step">
        ${renderMonthPanel({
          focus: this.focusDate ?? this.today,
          today: this.today,
          weekStart: this.firstWeekday,
          locale: this.locale,
          selected: this.selectedDate,
          counts: this.availability.counts,
          status: this.availability.slotsStatus,
          failure: this.availability.slotsFailure,
          skipped: this.availability.skippedSlots,
          pick: (date) => this.pickDate(date),
          move: (date) => this.moveFocusTo(date),
          showMonth: (delta) => this.showMonth(delta),
          retry: () => void this.loadSlots({ force: true, byUser: true }),
        })}
        ${this.renderDay()}
      </div>`;
  }

  /** The chosen day's times: their code is the form's chunk, fetched once the month shows. */
  private renderDay() {
    const date = this.selectedDate;
    if (!date || !this.form)
      return renderDayPanel(!!date, this.formCode.failed, () => void this.formCode.retry());
    return this.form.renderDaySlots({
      date,
      slots: this.availability.byDate.get(date) ?? [],
      format: this.format,
      mentor: { timeZone: this.mentor?.timeZone, name: this.mentor?.name ?? '' },
      chosen: this.chosenSlot,
      choose: (slot) => this.chooseSlot(slot),
    });
  }
}
