/**
 * The form's fields in order, the first one in error, and a backend's refusals put on them:
 * what sending does (booking-actions.ts, the form's chunk), apart from the draft the element
 * keeps (booking-draft.ts).
 */
import type { SessionType } from '../core/models/mentoring.ts';
import type { DraftErrors, FieldId } from './booking-draft.ts';

export const fieldOrder = (session: SessionType | undefined): FieldId[] => [
  'name',
  'email',
  'topic',
  ...(session?.questions ?? []).map((q) => `q-${q.id}` as const),
  'consent',
];

export const firstInvalid = (errors: DraftErrors, session: SessionType | undefined) =>
  fieldOrder(session).find((field) => errors[field]);

/**
 * The backend's refusals (a 422's `fields`, keyed by the request's paths) on the form's
 * fields: `attendee.name`, `attendee.email`, `answers.notes` (the topic) and
 * `answers.<question id>`; anything else (metadata, times) is `other`, for one sentence.
 */
export function fieldErrors(
  fields: Record<string, string>,
  session: SessionType | undefined,
): { errors: DraftErrors; other: Record<string, string> } {
  const errors: DraftErrors = {};
  const other: Record<string, string> = {};
  const questions = new Set((session?.questions ?? []).map((q) => q.id));
  for (const [path, message] of Object.entries(fields)) {
    const key = path.replace(/^attendee\./, '');
    const answer = /^answers\.(.+)$/.exec(path)?.[1];
    const field: FieldId | undefined =
      key === 'name' || key === 'email'
        ? key
        : answer === 'notes'
          ? 'topic'
          : answer && questions.has(answer)
            ? `q-${answer}`
            : undefined;
    if (field) errors[field] = message;
    else other[path] = message;
  }
  return { errors, other };
}
