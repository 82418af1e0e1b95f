/**
 * The booking form: name, email, what to talk about, the session type's own questions, consent,
 * and a honeypot. Errors show under their field, linked by `aria-describedby`.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { checked } from '../core/checked.ts';
import type { SessionQuestion, SessionType } from '../core/models/mentoring.ts';
import type { BookingDraft, DraftErrors, FieldId } from './booking-draft.ts';

/** The last attempt's failure, announced as it appears. */
export const formError = (failure: FormFailure | undefined) =>
  failure ? html`<p part="form-error" class="error" role="alert">${failure.message}</p>` : nothing;

/** Why the last attempt failed: whether trying again can work, and whether it only checks. */
export interface FormFailure {
  message: string;
  retry: boolean;
  /** The outcome is unknown: the button asks the backend again about the same attempt. */
  checkAgain?: boolean;
}
export interface FormContext {
  draft: BookingDraft;
  errors: DraftErrors;
  session: SessionType;
  pending: boolean;
  /** The last attempt's failure, and whether sending again may work. */
  failure: FormFailure | undefined;
  edit: (change: Partial<Omit<BookingDraft, 'answers'>>, field?: FieldId) => void;
  /** Merged into the current answers (not a render's copy: autofill may fire several at once). */
  answer: (questionId: string, value: string | boolean) => void;
  submit: (event: Event) => void;
}

const describedBy = (ctx: FormContext, field: FieldId, hint?: string) =>
  [ctx.errors[field] ? `${field}-error` : '', hint ?? ''].filter(Boolean).join(' ') || nothing;

const errorOf = (ctx: FormContext, field: FieldId) =>
  ctx.errors[field] ? html`<p class="error" id="${field}-error">${ctx.errors[field]}</p>` : nothing;

function textField(
  ctx: FormContext,
  field: 'name' | 'email',
  label: string,
  type: 'text' | 'email',
) {
  return html`<div class="field">
    <label for=${field}>${label}</label>
    <input
      id=${field}
      name=${field}
      type=${type}
      autocomplete=${field}
      required
      aria-invalid=${ctx.errors[field] ? 'true' : 'false'}
      aria-describedby=${describedBy(ctx, field)}
      .value=${ctx.draft[field]}
      @input=${(e: Event) => ctx.edit({ [field]: (e.target as HTMLInputElement).value }, field)}
    />
    ${errorOf(ctx, field)}
  </div>`;
}

function questionField(ctx: FormContext, question: SessionQuestion) {
  const field = `q-${question.id}` as const;
  const value = ctx.draft.answers[question.id];
  const answer = (next: string | boolean) => ctx.answer(question.id, next);
  const common = {
    invalid: ctx.errors[field] ? ('true' as const) : ('false' as const),
    describedBy: describedBy(ctx, field),
  };
  const label = question.required ? question.label : `${question.label} ${msg('(optional)')}`;
  switch (question.type) {
    case 'checkbox':
      return html`<div class="field">
        <label class="check">
          <input
            id=${field}
            type="checkbox"
            ?required=${question.required}
            aria-invalid=${common.invalid}
            aria-describedby=${common.describedBy}
            ?checked=${value === true}
            ${checked(value === true)}
            @change=${(e: Event) => answer((e.target as HTMLInputElement).checked)}
          />
          <span>${label}</span>
        </label>
        ${errorOf(ctx, field)}
      </div>`;
    case 'select':
      return html`<div class="field">
        <label for=${field}>${label}</label>
        <select
          id=${field}
          ?required=${question.required}
          aria-invalid=${common.invalid}
          aria-describedby=${common.describedBy}
          @change=${(e: Event) => answer((e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!value}>${msg('Choose…')}</option>
          ${(question.options ?? []).map(
            (option) =>
              html`<option value=${option} ?selected=${value === option}>${option}</option>`,
          )}
        </select>
        ${errorOf(ctx, field)}
      </div>`;
    default:
      return html`<div class="field">
        <label for=${field}>${label}</label>
        ${
          question.type === 'textarea'
            ? html`<textarea
                id=${field}
                rows="3"
                ?required=${question.required}
                aria-invalid=${common.invalid}
                aria-describedby=${common.describedBy}
                .value=${typeof value === 'string' ? value : ''}
                @input=${(e: Event) => answer((e.target as HTMLTextAreaElement).value)}
              ></textarea>`
            : html`<input
                id=${field}
                type="text"
                ?required=${question.required}
                aria-invalid=${common.invalid}
                aria-describedby=${common.describedBy}
                .value=${typeof value === 'string' ? value : ''}
                @input=${(e: Event) => answer((e.target as HTMLInputElement).value)}
              />`
        }
        ${errorOf(ctx, field)}
      </div>`;
  }
}

export function renderBookingForm(ctx: FormContext) {
  return html`<form part="form" class="form" novalidate @submit=${ctx.submit}>
    ${textField(ctx, 'name', msg('Name'), 'text')} ${textField(ctx, 'email', msg('Email'), 'email')}
    <div class="field">
      <label for="topic">${msg('What would you like to talk about? (optional)')}</label>
      <textarea
        id="topic"
        rows="4"
        aria-invalid=${ctx.errors.topic ? 'true' : 'false'}
        aria-describedby=${describedBy(ctx, 'topic', 'topic-hint')}
        .value=${ctx.draft.topic}
        @input=${(e: Event) => ctx.edit({ topic: (e.target as HTMLTextAreaElement).value }, 'topic')}
      ></textarea>
      <p class="hint" id="topic-hint">
        ${msg('Your goals, a question, or links to look at beforehand.')}
      </p>
      ${errorOf(ctx, 'topic')}
    </div>
    ${ctx.session.questions.map((question) => questionField(ctx, question))}
    <div class="honeypot" aria-hidden="true">
      <label for="website">Website</label>
      <input
        id="website"
        name="website"
        type="text"
        tabindex="-1"
        autocomplete="off"
        .value=${ctx.draft.website}
        @input=${(e: Event) => ctx.edit({ website: (e.target as HTMLInputElement).value })}
      />
    </div>
    <div class="field">
      <label class="check">
        <input
          id="consent"
          type="checkbox"
          required
          aria-invalid=${ctx.errors.consent ? 'true' : 'false'}
          aria-describedby=${describedBy(ctx, 'consent')}
          ?checked=${ctx.draft.consent}
          ${checked(ctx.draft.consent)}
          @change=${(e: Event) => ctx.edit({ consent: (e.target as HTMLInputElement).checked }, 'consent')}
        />
        <span
          >${msg('I agree that my name, email and answers are shared with the mentor to arrange this session.')}</span
        >
      </label>
      ${errorOf(ctx, 'consent')}
    </div>
    ${formError(ctx.failure)}
    <div class="actions">
      <button
        part="submit"
        class="primary"
        type="submit"
        ?disabled=${ctx.pending}
        aria-disabled=${ctx.pending ? 'true' : 'false'}
      >
        ${
          ctx.pending
            ? msg('Booking…')
            : ctx.failure?.checkAgain
              ? msg('Check again')
              : ctx.failure?.retry
                ? msg('Try again')
                : msg('Book session')
        }
      </button>
    </div>
  </form>`;
}
