/** What the visitor types into the booking form, kept across back steps, conflicts and retries. */

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
