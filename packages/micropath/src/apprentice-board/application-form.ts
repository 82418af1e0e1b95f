import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { checked } from '../core/checked.ts';
import type { ApplicationReceipt } from '../core/models/listing.ts';
import type { ApplicationDraft, ApplyStatus } from './application-draft.ts';
import { renderCredentials, type CredentialsContext } from './application-credentials.ts';

export interface FormContext {
  draft: ApplicationDraft;
  errors: Partial<Record<keyof ApplicationDraft, string>>;
  status: ApplyStatus;
  failure: string | undefined;
  receipt: ApplicationReceipt | undefined;
  listingTitle: string;
  organization: string;
  edit: (field: keyof ApplicationDraft, value: string | boolean) => void;
  credentials: CredentialsContext;
  submit: (event: Event) => void;
  cancel: () => void;
}

function field(
  ctx: FormContext,
  name: 'name' | 'email',
  label: string,
  type: 'text' | 'email',
  autocomplete: 'name' | 'email',
) {
  const error = ctx.errors[name];
  return html`<div class="field">
    <label for="apply-${name}">${label}</label>
    <input
      id="apply-${name}"
      name=${name}
      type=${type}
      autocomplete=${autocomplete}
      required
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `apply-${name}-error` : nothing}
      .value=${ctx.draft[name]}
      @input=${(e: Event) => ctx.edit(name, (e.target as HTMLInputElement).value)}
    />
    ${error ? html`<p class="error" id="apply-${name}-error">${error}</p>` : nothing}
  </div>`;
}

export function renderApplication(ctx: FormContext) {
  if (ctx.status === 'sent') {
    return html`<div part="receipt" class="receipt" role="status" tabindex="-1">
      <h3>${msg('Application sent')}</h3>
      <p>${msg(str`${ctx.organization} has received your application for ${ctx.listingTitle}.`)}</p>
      ${ctx.receipt?.message ? html`<p>${ctx.receipt.message}</p>` : nothing}
      ${ctx.receipt ? html`<p class="muted">${msg(str`Reference: ${ctx.receipt.id}`)}</p>` : nothing}
    </div>`;
  }
  const sending = ctx.status === 'sending';
  const linksError = ctx.errors.links;
  const consentError = ctx.errors.consent;
  return html`<form
    part="application"
    class="application"
    novalidate
    @submit=${ctx.submit}
    aria-labelledby="apply-title"
  >
    <h3 id="apply-title">${msg('Apply here')}</h3>
    ${field(ctx, 'name', msg('Name'), 'text', 'name')}
    ${field(ctx, 'email', msg('Email'), 'email', 'email')}
    <div class="field">
      <label for="apply-message">${msg('Message (optional)')}</label>
      <textarea
        id="apply-message"
        rows="4"
        .value=${ctx.draft.message}
        @input=${(e: Event) => ctx.edit('message', (e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>
    <div class="field">
      <label for="apply-links">${msg('Links (optional, one per line)')}</label>
      <textarea
        id="apply-links"
        rows="2"
        aria-invalid=${linksError ? 'true' : 'false'}
        aria-describedby=${linksError ? 'apply-links-error' : 'apply-links-hint'}
        .value=${ctx.draft.links}
        @input=${(e: Event) => ctx.edit('links', (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="hint" id="apply-links-hint">${msg('Portfolio, GitHub or LinkedIn.')}</p>
      ${linksError ? html`<p class="error" id="apply-links-error">${linksError}</p>` : nothing}
    </div>
    ${renderCredentials(ctx.credentials)}
    <div class="field">
      <label class="check">
        <input
          id="apply-consent"
          type="checkbox"
          aria-invalid=${consentError ? 'true' : 'false'}
          aria-describedby=${consentError ? 'apply-consent-error' : nothing}
          ?checked=${ctx.draft.consent}
          ${checked(ctx.draft.consent)}
          @change=${(e: Event) => ctx.edit('consent', (e.target as HTMLInputElement).checked)}
        />
        <span>${msg(str`I agree that ${ctx.organization} may process my application.`)}</span>
      </label>
      ${consentError ? html`<p class="error" id="apply-consent-error">${consentError}</p>` : nothing}
    </div>
    ${ctx.failure ? html`<p part="apply-error" class="error" role="alert">${ctx.failure}</p>` : nothing}
    <div class="actions">
      <button
        part="submit"
        class="primary"
        type="submit"
        ?disabled=${sending}
        aria-disabled=${sending ? 'true' : 'false'}
      >
        ${sending ? msg('Sending…') : ctx.failure ? msg('Try again') : msg('Send application')}
      </button>
      <button type="button" @click=${ctx.cancel}>${msg('Cancel')}</button>
    </div>
  </form>`;
}
