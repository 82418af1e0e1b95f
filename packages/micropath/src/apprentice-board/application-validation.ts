/** Checks an application draft with the Application schema; loaded when a visitor sends. */
import { msg } from '@lit/localize';
import * as v from '../core/valibot.ts';
import { ApplicationSchema, type Application } from '../core/models/application.ts';
import type { ApplicationDraft } from './application-draft.ts';

function message(field: keyof ApplicationDraft): string {
  switch (field) {
    case 'name':
      return msg('Enter your name.');
    case 'email':
      return msg('Enter an email address like name@example.org.');
    case 'links':
      return msg('Each link must start with https:// or http://.');
    case 'consent':
      return msg('Please agree so the organization may process your application.');
    default:
      return msg('Check this field.');
  }
}

/** Checks the draft; returns the application, or a message per field at fault. */
export function validateDraft(
  draft: ApplicationDraft,
): { application: Application } | { errors: Partial<Record<keyof ApplicationDraft, string>> } {
  const candidate = {
    name: draft.name,
    email: draft.email.trim(),
    consent: draft.consent,
    links: draft.links.split(/\s+/).filter(Boolean),
    ...(draft.message.trim() ? { message: draft.message.trim() } : {}),
  };
  const result = v.safeParse(ApplicationSchema, candidate);
  if (result.success) return { application: result.output };
  const errors: Partial<Record<keyof ApplicationDraft, string>> = {};
  for (const issue of result.issues) {
    const field = String(issue.path?.[0]?.key) as keyof ApplicationDraft;
    errors[field] ??= message(field);
  }
  return { errors };
}
