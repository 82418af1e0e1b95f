/** The application form's state, kept by the board (the form itself loads lazily). */
/** What the visitor has typed; kept across failures and back steps. */
export interface ApplicationDraft {
  name: string;
  email: string;
  message: string;
  links: string;
  consent: boolean;
}

export const emptyDraft = (): ApplicationDraft => ({
  name: '',
  email: '',
  message: '',
  links: '',
  consent: false,
});

export type ApplyStatus = 'form' | 'sending' | 'sent';

const FIELDS: (keyof ApplicationDraft)[] = ['name', 'email', 'message', 'links', 'consent'];
export const firstInvalid = (errors: Partial<Record<keyof ApplicationDraft, string>>) =>
  FIELDS.find((f) => errors[f]);
