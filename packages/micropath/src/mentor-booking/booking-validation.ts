/**
 * Checks the booking form with valibot before anything is sent; loaded when the form shows.
 * Messages say what to do, per field, in the visitor's language.
 */
import { msg, str } from '@lit/localize';
import * as v from '../core/valibot.ts';
import { email } from '../core/schema-helpers.ts';
import type { SessionQuestion, SessionType } from '../core/models/mentoring.ts';
import type { BookingDraft, DraftErrors, FieldId } from './booking-draft.ts';

const TOPIC_MAX = 2000;

const answered = (question: SessionQuestion) => {
  switch (question.type) {
    case 'checkbox':
      return v.literal(true);
    case 'select':
      return v.picklist((question.options ?? []) as [string, ...string[]]);
    default:
      return v.pipe(v.string(), v.trim(), v.minLength(1));
  }
};

function schemaFor(session: SessionType) {
  const answers: Record<string, v.GenericSchema> = {};
  for (const question of session.questions) {
    answers[question.id] = question.required ? answered(question) : v.optional(v.unknown());
  }
  return v.object({
    name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
    email: email(),
    topic: v.pipe(v.string(), v.maxLength(TOPIC_MAX)),
    answers: v.object(answers),
    consent: v.literal(true),
  });
}

function message(field: FieldId, session: SessionType): string {
  switch (field) {
    case 'name':
      return msg('Enter your name.');
    case 'email':
      return msg('Enter an email address like name@example.org.');
    case 'topic':
      return msg(str`Keep it under ${TOPIC_MAX} characters.`);
    case 'consent':
      return msg('Please agree so the mentor receives your details.');
    default: {
      const question = session.questions.find((q) => `q-${q.id}` === field);
      if (question?.type === 'checkbox') return msg('Please tick this box to continue.');
      if (question?.type === 'select') return msg('Choose one of the options.');
      return msg('Please answer this question.');
    }
  }
}

/** The field errors of a draft; empty when it can be sent. */
export function validateBooking(draft: BookingDraft, session: SessionType): DraftErrors {
  const result = v.safeParse(schemaFor(session), { ...draft, email: draft.email.trim() });
  const errors: DraftErrors = {};
  if (result.success) return errors;
  for (const issue of result.issues) {
    const [first, second] = (issue.path ?? []).map((item) => String(item.key));
    const field = (first === 'answers' ? `q-${second}` : first) as FieldId;
    errors[field] ??= message(field, session);
  }
  return errors;
}
