/**
 * Checks the booking form with zod/mini before anything is sent; loaded when the form shows.
 * Messages say what to do, per field, in the visitor's language.
 */
import { msg, str } from '@lit/localize';
import * as z from '../core/zod.ts';
import type { SessionQuestion, SessionType } from '../core/models/mentoring.ts';
import type { BookingDraft, DraftErrors, FieldId } from './booking-draft.ts';

const TOPIC_MAX = 2000;

const answered = (question: SessionQuestion) => {
  switch (question.type) {
    case 'checkbox':
      return z.literal(true);
    case 'select':
      return z.enum((question.options ?? []) as [string, ...string[]]);
    default:
      return z.string().check(z.trim(), z.minLength(1));
  }
};

function schemaFor(session: SessionType) {
  const answers: Record<string, z.ZodMiniType> = {};
  for (const question of session.questions) {
    answers[question.id] = question.required ? answered(question) : z.optional(z.unknown());
  }
  return z.object({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    email: z.email(),
    topic: z.string().check(z.maxLength(TOPIC_MAX)),
    answers: z.object(answers),
    consent: z.literal(true),
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
  const result = z.safeParse(schemaFor(session), { ...draft, email: draft.email.trim() });
  const errors: DraftErrors = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const [first, second] = issue.path.map(String);
    const field = (first === 'answers' ? `q-${second}` : first) as FieldId;
    errors[field] ??= message(field, session);
  }
  return errors;
}
