/** What the visitor types into the booking form, kept across back steps, conflicts and retries. */
import type { SessionType } from '../core/models/mentoring.ts';

export interface BookingDraft {
  name: string;
  email: string;
  /** What they would like to talk about; sent as the answer `notes` (Cal.com's own field). */
  topic: string;
  /** Answers to the session type's questions, by question id. */
  answers: Record<string, string | boolean>;
  consent: boolean;
  /** The honeypot: hidden from people, filled in by form-filling bots. */
  website: string;
}

export const emptyDraft = (name = '', email = ''): BookingDraft => ({
  name,
  email,
  topic: '',
  answers: {},
  consent: false,
  website: '',
});

/** Field ids in form order; a question's field is `q-<question id>`. */
export type FieldId = 'name' | 'email' | 'topic' | `q-${string}` | 'consent';
export type DraftErrors = Partial<Record<FieldId, string>>;

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
