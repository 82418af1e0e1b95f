/**
 * What the booking does once a time is chosen, for `<mentor-booking>` (which holds the state):
 * the form and sending it (an unknown outcome asked again with the same key, a taken time, the
 * fields a backend refused), then the confirmation's cancel, move and "book another". Part of
 * the form's lazy chunk, fetched as soon as a month of free times is shown: none of it runs
 * before a visitor chooses a time.
 */
import { nothing, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { AdapterError } from '../core/errors.ts';
import { describeFailure } from '../core/error-messages.ts';
import { renderCodeFailure } from '../core/lazy-code.ts';
import type { MentoringAdapter } from '../core/contracts.ts';
import type { BookingRequest } from '../core/models/booking.ts';
import { BookingChanges } from './booking-changes.ts';
import { emptyDraft, type FieldId } from './booking-draft.ts';
import { fieldErrors, firstInvalid } from './booking-fields.ts';
import { renderBookingForm } from './booking-form.ts';
import { BookingSubmission, type SendResult } from './booking-submission.ts';
import {
  MpBookingCancelledEvent,
  MpBookingConfirmedEvent,
  MpBookingFailedEvent,
  MpBookingRescheduledEvent,
} from './events.ts';
import type { MentorBooking } from './mentor-booking.ts';

export { formStyles } from './booking-form.styles.ts';
export { renderDaySlots } from './day-slots.ts';

/**
 * The element's members these steps read and change. Its private ones are named through the
 * class (`MentorBooking['draft']`), so renaming one there fails the type check here.
 */
export interface BookingHost extends ReactiveControllerHost {
  readonly locale: MentorBooking['locale'];
  readonly activeTimeZone: MentorBooking['activeTimeZone'];
  readonly metadata: MentorBooking['metadata'];
  readonly skills: MentorBooking['skills'];
  readonly renderRoot: MentorBooking['renderRoot'];
  readonly format: MentorBooking['format'];
  readonly availability: MentorBooking['availability'];
  readonly skillMatch: MentorBooking['skillMatch'];
  step: MentorBooking['step'];
  mentor: MentorBooking['mentor'];
  session: MentorBooking['session'];
  selectedDate: MentorBooking['selectedDate'];
  chosenSlot: MentorBooking['chosenSlot'];
  draft: MentorBooking['draft'];
  errors: MentorBooking['errors'];
  pending: MentorBooking['pending'];
  failure: MentorBooking['failure'];
  notice: MentorBooking['notice'];
  booking: MentorBooking['booking'];
  cancelState: MentorBooking['cancelState'];
  cancelReason: MentorBooking['cancelReason'];
  cancelFailure: MentorBooking['cancelFailure'];
  announcement: MentorBooking['announcement'];
  rescheduling: MentorBooking['rescheduling'];
  viewsCode: MentorBooking['viewsCode'];
  submission?: BookingSubmission;
  changes?: BookingChanges;
  resolveAdapter: MentorBooking['resolveAdapter'];
  emit: MentorBooking['emit'];
  goTo: MentorBooking['goTo'];
  loadSlots: MentorBooking['loadSlots'];
  loadViews: MentorBooking['loadViews'];
}

/**
 * The form's checks: their schemas load when a time is chosen, before the visitor sends (a test
 * makes them fail).
 */
export const formParts = { checks: () => import('./booking-validation.ts') };
/** How long to wait before asking the backend again about a booking whose answer was lost. */
const CHECK_AGAIN_MS = 1500;

/** The page's metadata as the contract carries it: text values (a number becomes its digits). */
const textValues = (metadata: Record<string, unknown> | undefined): Record<string, string> =>
  Object.fromEntries(
    Object.entries(metadata ?? {})
      .filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))
      .map(([key, value]) => [key, String(value)]),
  );

const submissionOf = (b: BookingHost) => (b.submission ??= new BookingSubmission(b));
const changesOf = (b: BookingHost) => (b.changes ??= new BookingChanges(b));

function edit(b: BookingHost, change: Partial<BookingHost['draft']>, field?: FieldId): void {
  b.draft = { ...b.draft, ...change };
  if (field && b.errors[field]) b.errors = { ...b.errors, [field]: undefined };
}

/** The confirmation's or move panel's place while their code comes, or when it could not. */
function waitForViews(b: BookingHost) {
  if (b.viewsCode.failed) return renderCodeFailure(() => void b.viewsCode.retry());
  void b.loadViews();
  return nothing;
}

/** The form step: the visitor's details, or the old and the new time of a move. */
export function renderForm(b: BookingHost) {
  if (b.rescheduling) {
    if (!b.viewsCode.value) return waitForViews(b);
    return b.viewsCode.value.renderReschedulePanel({
      booking: b.booking!,
      to: b.chosenSlot!,
      format: b.format,
      pending: b.pending,
      failure: b.failure,
      confirm: () => void moveBooking(b),
      keep: () => stopReschedule(b),
    });
  }
  return renderBookingForm({
    draft: b.draft,
    errors: b.errors,
    session: b.session!,
    pending: b.pending,
    failure: b.failure,
    edit: (change, field) => edit(b, change, field),
    answer: (id, value) => edit(b, { answers: { ...b.draft.answers, [id]: value } }, `q-${id}`),
    submit: (event) => void submit(b, event),
  });
}

/** The last step: the confirmation, with its cancel, move and "book another". */
export function renderDone(b: BookingHost) {
  if (!b.viewsCode.value) return waitForViews(b);
  const { adapter } = b.resolveAdapter();
  return b.viewsCode.value.renderConfirmation({
    booking: b.booking!,
    mentor: b.mentor!,
    session: b.session!,
    topic: b.draft.topic,
    skills: skillMetadata(b).skills,
    format: b.format,
    canCancel: Boolean(adapter?.cancel),
    canReschedule: Boolean(adapter?.reschedule),
    reschedule: () => startReschedule(b),
    calendarUid: changesOf(b).calendarUid,
    cancel: b.cancelState,
    cancelFailure: b.cancelFailure,
    cancelReason: b.cancelReason,
    askCancel: (asking) => {
      b.cancelState = asking ? 'asking' : 'idle';
      b.cancelFailure = undefined;
      void b.updateComplete.then(() =>
        b.renderRoot
          .querySelector<HTMLElement>(asking ? '#cancel-reason' : '[part=cancel]')
          ?.focus(),
      );
    },
    editReason: (reason) => (b.cancelReason = reason),
    confirmCancel: () => void cancelBooking(b),
    again: () => bookAgain(b),
  });
}

async function submit(b: BookingHost, event: Event): Promise<void> {
  event.preventDefault();
  const { adapter } = b.resolveAdapter();
  if (b.pending || !adapter) return;
  // Set before the first await, so a double click cannot start a second booking.
  b.pending = true;
  try {
    await send(b, adapter);
  } finally {
    b.pending = false;
  }
}

function request(b: BookingHost): BookingRequest {
  const { mentor, session, chosenSlot: slot, draft } = b;
  const answers: Record<string, string | boolean> = {};
  for (const question of session!.questions) {
    const value = draft.answers[question.id];
    if (typeof value === 'boolean') answers[question.id] = value;
    else if (value?.trim()) answers[question.id] = value.trim();
  }
  if (draft.topic.trim()) answers.notes = draft.topic.trim();
  return {
    mentorId: mentor!.id,
    sessionTypeId: session!.id,
    start: slot!.start,
    end: slot!.end,
    attendee: {
      name: draft.name.trim(),
      email: draft.email.trim(),
      timeZone: b.activeTimeZone,
      locale: b.locale,
    },
    answers,
    metadata: {
      ...textValues(b.metadata),
      ...skillMetadata(b),
    },
  };
}

async function send(b: BookingHost, adapter: MentoringAdapter): Promise<void> {
  if (!b.mentor || !b.session || !b.chosenSlot) return;
  const submission = submissionOf(b);
  if (submission.outcomeUnknown) {
    // Whatever was edited since, this asks again about the attempt that may have booked.
    b.failure = undefined;
    return settle(b, await submission.send(adapter, request(b)), adapter, true);
  }
  const checks = await formParts.checks().catch(() => undefined);
  if (!checks) {
    // The form's checks could not load (offline): nothing is sent, the details stay.
    b.failure = { message: describeFailure(AdapterError.from(new TypeError())), retry: true };
    return;
  }
  const errors = checks.validateBooking(b.draft, b.session);
  b.errors = errors;
  const invalid = firstInvalid(errors, b.session);
  if (invalid) {
    b.failure = undefined;
    await b.updateComplete;
    b.renderRoot.querySelector<HTMLElement>(`#${invalid}`)?.focus();
    return;
  }
  if (b.draft.website) {
    // A person never sees the honeypot; whatever filled it in gets no booking and no hint.
    console.warn(
      '[micropath] <mentor-booking> dropped a submission that filled in the hidden field.',
    );
    return;
  }
  b.failure = undefined;
  await settle(b, await submission.send(adapter, request(b)), adapter);
}

/** What an attempt's answer means for the visitor; an unknown outcome is checked once more. */
async function settle(
  b: BookingHost,
  result: SendResult,
  adapter: MentoringAdapter,
  checked = false,
): Promise<void> {
  if ('booked' in result) {
    b.booking = result.booked;
    changesOf(b).started(result.booked);
    b.cancelState = 'idle';
    b.cancelFailure = undefined;
    b.emit(new MpBookingConfirmedEvent(result.booked));
    // The live region speaks the outcome, not the day's count it said last.
    b.announcement =
      result.booked.status === 'pending' ? msg('Request sent') : msg('You are booked');
    await b.loadViews(true); // booked even when the confirmation's code cannot come
    await b.goTo('done', true);
    return;
  }
  const { failed, request: sent, outcomeUnknown } = result;
  console.warn(`[micropath] <mentor-booking> booking failed: ${failed.message}`);
  b.emit(new MpBookingFailedEvent(failed, sent, outcomeUnknown));
  if (outcomeUnknown && !checked) {
    // The backend may have booked it: ask again with the same key, which answers with the
    // booking if there is one, before the visitor is asked to do anything.
    b.failure = {
      message: msg('We could not confirm your booking. It may have gone through; checking…'),
      retry: false,
    };
    await new Promise((resolve) => setTimeout(resolve, CHECK_AGAIN_MS));
    return settle(b, await submissionOf(b).send(adapter, sent), adapter, true);
  }
  if (outcomeUnknown) {
    b.failure = {
      message: msg(
        'We still could not confirm your booking. It may have gone through: check again before choosing another time.',
      ),
      retry: true,
      checkAgain: true,
    };
    return;
  }
  if (failed.code === 'conflict') return slotTaken(b, failed.fields?.start);
  if (failed.fields) return rejectedFields(b, failed.fields);
  const refused = failed.code === 'http' && failed.status !== undefined && failed.status < 500;
  b.failure = refused
    ? { message: msg('The booking service refused this booking.'), retry: false }
    : { message: describeFailure(failed), retry: failed.retryable };
}

/** The backend named fields it refused: each on its field, the rest in one sentence. */
async function rejectedFields(b: BookingHost, fields: Record<string, string>): Promise<void> {
  const { errors, other } = fieldErrors(fields, b.session);
  // Backends that refuse with a code rather than a sentence (Cal.com) get one said for them.
  for (const [field, why] of Object.entries(errors) as [FieldId, string][])
    if (why === 'required' || why === 'invalid') errors[field] = msg('Check this field.');
  b.errors = { ...b.errors, ...errors };
  const names = Object.keys(other).join(', ');
  b.failure = {
    message: names
      ? msg(str`The booking service did not accept ${names}. Please contact the site owner.`)
      : msg('Some answers were not accepted. Check the marked fields and try again.'),
    retry: false,
  };
  const invalid = firstInvalid(b.errors, b.session);
  if (!invalid) return;
  await b.updateComplete;
  b.renderRoot.querySelector<HTMLElement>(`#${invalid}`)?.focus();
}

/**
 * The time cannot be booked: taken by someone else meanwhile, or (`why`, from the backend)
 * already past, too soon, or outside the bookable period. Back to the calendar with fresh
 * times and the reason; everything typed is kept.
 */
async function slotTaken(b: BookingHost, why?: string): Promise<void> {
  submissionOf(b).reset();
  b.chosenSlot = undefined;
  b.notice =
    why === 'past' || why === 'too-soon'
      ? msg(
          'That time is too soon or already past. Please choose another one; your answers are kept.',
        )
      : why === 'outside-window'
        ? msg(
            'That time is outside the period the mentor takes bookings for. Please choose another one; your answers are kept.',
          )
        : msg('Sorry, that time was just taken. Please choose another one; your answers are kept.');
  await b.goTo('time', true);
  await b.loadSlots({ force: true });
}

async function cancelBooking(b: BookingHost): Promise<void> {
  const { adapter } = b.resolveAdapter();
  const booking = b.booking;
  if (!adapter?.cancel || !booking || b.cancelState === 'pending') return;
  b.cancelState = 'pending';
  b.cancelFailure = undefined;
  const reason = b.cancelReason.trim() || undefined;
  try {
    b.booking = await changesOf(b).cancel(adapter, booking, reason);
    b.cancelState = 'cancelled';
    b.availability.forget(); // the time is free again
    b.emit(new MpBookingCancelledEvent(b.booking, reason));
    b.announcement = msg('The session is cancelled.');
    await b.goTo('done', true);
  } catch (error) {
    const failure = AdapterError.from(error);
    console.warn(`[micropath] <mentor-booking> cancelling failed: ${failure.message}`);
    b.cancelState = 'asking';
    b.cancelFailure = describeFailure(failure);
  }
}

/** From the confirmation to the calendar, to choose a new time for the same session. */
function startReschedule(b: BookingHost): void {
  b.rescheduling = true;
  b.chosenSlot = undefined;
  b.failure = undefined;
  b.notice = undefined;
  b.availability.forget(); // fresh times
  void b.goTo('time', true);
}

function stopReschedule(b: BookingHost): void {
  b.rescheduling = false;
  b.failure = undefined;
  void b.goTo('done', true);
}

async function moveBooking(b: BookingHost): Promise<void> {
  const { adapter } = b.resolveAdapter();
  const previous = b.booking;
  const slot = b.chosenSlot;
  if (!adapter?.reschedule || !previous || !slot || b.pending) return;
  b.pending = true;
  b.failure = undefined;
  try {
    b.booking = await changesOf(b).reschedule(adapter, previous, slot);
    b.rescheduling = false;
    b.availability.forget(); // one time taken, another free
    b.emit(new MpBookingRescheduledEvent(b.booking, previous));
    b.announcement = msg('The session is moved.');
    await b.goTo('done', true);
  } catch (error) {
    const failure = AdapterError.from(error);
    console.warn(`[micropath] <mentor-booking> moving failed: ${failure.message}`);
    if (failure.code === 'conflict') {
      b.chosenSlot = undefined;
      b.notice = msg('Sorry, that time was just taken. Please choose another one.');
      await b.goTo('time', true);
      await b.loadSlots({ force: true });
      return;
    }
    b.failure = { message: describeFailure(failure), retry: failure.retryable };
  } finally {
    b.pending = false;
  }
}

/** Another session with the same mentor: the calendar with fresh times, name and email kept. */
function bookAgain(b: BookingHost): void {
  b.booking = undefined;
  b.chosenSlot = undefined;
  b.selectedDate = undefined;
  b.cancelReason = '';
  b.draft = emptyDraft(b.draft.name, b.draft.email);
  b.errors = {};
  b.availability.forget(); // the booked time is taken now
  // Same mentor and session, fresh times; Back leads to the other choices.
  void b.goTo('time', true);
}

/** The booking's metadata for the skills: `skills` (names) and `skillIds` (concept URIs). */
function skillMetadata(b: BookingHost): { skills?: string; skillIds?: string } {
  const { skills } = b;
  if (!skills.length) return {};
  const ranked = b.skillMatch.rank(b.availability.mentors, skills);
  const labels = ranked?.labels ?? skills.map((s) => (typeof s === 'string' ? s : s.label).trim());
  const ids = ranked?.ids ?? [];
  return { skills: labels.join(', '), ...(ids.length ? { skillIds: ids.join(' ') } : {}) };
}
