/**
 * How the badge shows one credential (or a holder's gallery): the content, the verification
 * panel with its checklist and recipient check, and the share actions. Lazy, with its styles,
 * which the element adopts when this chunk arrives; the element keeps the state and passes
 * its actions in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { AdapterError } from '../core/errors.ts';
import { describeFailure } from '../core/error-messages.ts';
import type { CredentialView, VerificationReport } from '../core/models/credential.ts';
import {
  renderChecks,
  renderCredential,
  renderVerdict,
  type Layout,
} from './credential-display.ts';
import { linkedInAddUrl } from './share-links.ts';
import type { LoadedCredential } from './read-credential.ts';
import type { Verified } from './verify/verify-credential.ts';

export { entryStyles } from './entry-view.styles.ts';
export { credentialFile } from './share-links.ts';
export { renderUpload } from './upload-box.ts';

/** One credential on show: what was read, and how its verification stands. */
export interface Entry {
  key: number;
  loaded?: LoadedCredential;
  /** Why it could not be read (gallery items keep their place with this message). */
  error?: AdapterError;
  verified?: Verified;
  verifyError?: AdapterError;
  criteria?: DocumentFragment;
  /** What the visitor typed to check the recipient, kept across re-renders. */
  recipientTyped?: string;
}

/** What the element does for the templates, and what they need to know. */
export interface EntryHost {
  locale: string;
  holder?: string | undefined;
  verify(entry: Entry): void;
  checkRecipient(event: SubmitEvent, entry: Entry): void;
  copyLink(url: string): void;
  download(entry: Entry): void;
  open(entry: Entry | undefined): void;
}

export const entryName = (entry: Entry): string =>
  (entry.verified?.view ?? entry.loaded?.view)?.name ?? msg('Credential');

export function renderGallery(entries: Entry[], host: EntryHost): TemplateResult {
  if (!entries.length) {
    return html`<p part="message">${msg('This holder has no credentials to show yet.')}</p>`;
  }
  return html`<ul part="gallery" aria-label=${msg(str`Credentials of ${host.holder ?? ''}`)}>
    ${entries.map(
      (entry) =>
        html`<li>
          ${renderEntry(entry, 'compact', host)}
          ${
            entry.loaded
              ? html`<button
                  type="button"
                  class="open"
                  data-key=${entry.key}
                  @click=${() => host.open(entry)}
                >
                  ${msg('Details')}<span class="visually-hidden">: ${entryName(entry)}</span>
                </button>`
              : nothing
          }
        </li>`,
    )}
  </ul>`;
}

export function renderOpened(entry: Entry, host: EntryHost): TemplateResult {
  return html`<button type="button" class="back" @click=${() => host.open(undefined)}>
      ${msg('All credentials')}
    </button>
    ${renderEntry(entry, 'full', host)}`;
}

export function renderEntry(entry: Entry, layout: Layout, host: EntryHost): TemplateResult {
  if (entry.error || !entry.loaded) {
    return html`<article part="credential" class="layout-${layout} unreadable">
      <p part="message">${entry.error?.message ?? msg('Loading the credential…')}</p>
    </article>`;
  }
  const view = entry.verified?.view ?? entry.loaded.view;
  const report = entry.verified?.report;
  const nameId = `name-${entry.key}`;
  return html`<article
    part="credential"
    class="layout-${layout} ${report ? `verdict-${report.verdict}` : 'checking'}"
    aria-labelledby=${nameId}
  >
    ${
      view
        ? renderCredential(view, {
            layout,
            locale: host.locale,
            nameId,
            ...(report ? { report } : {}),
            ...(entry.criteria ? { criteria: entry.criteria } : {}),
          })
        : html`<h2 part="name" id=${nameId} tabindex="-1">${msg('Reading the credential…')}</h2>`
    }
    ${renderVerification(entry, layout, view, host)}
    ${layout !== 'compact' && view ? renderShare(entry, view, report, host) : nothing}
  </article>`;
}

function renderVerification(
  entry: Entry,
  layout: Layout,
  view: CredentialView | undefined,
  host: EntryHost,
): TemplateResult {
  const report = entry.verified?.report;
  const status = entry.verifyError
    ? html`<p class="verdict verdict-unverified">
        <strong part="verdict">${msg('Not verified')}</strong>
        ${msg('The checks could not run.')} ${describeFailure(entry.verifyError)}
        <button type="button" @click=${() => host.verify(entry)}>${msg('Check again')}</button>
      </p>`
    : report && view
      ? renderVerdict(report, view)
      : html`<p class="verdict checking">
          <span class="verdict-icon" aria-hidden="true">…</span>
          <strong>${msg('Checking…')}</strong>
          <span>${msg('Its signature, issuer and status are being checked in this browser.')}</span>
        </p>`;
  const recipient = view?.recipient?.identity;
  // The panel has its final shape while the checks run (the checklist's summary is there,
  // saying they are running), so the verdict arriving does not move the page.
  return html`<div part="verification">
    ${layout === 'compact' ? status : html`<div role="status">${status}</div>`}
    ${
      layout === 'compact'
        ? nothing
        : html`<details>
            <summary>${msg('How this was checked')}</summary>
            ${
              report
                ? html`${renderChecks(report, host.locale)}
                  ${recipient ? renderRecipientCheck(entry, host) : nothing}`
                : html`<p class="muted">
                    ${entry.verifyError ? msg('The checks could not run.') : msg('Checking this credential…')}
                  </p>`
            }
          </details>`
    }
  </div>`;
}

function renderRecipientCheck(entry: Entry, host: EntryHost): TemplateResult {
  return html`<form
    part="recipient-check"
    @submit=${(event: SubmitEvent) => host.checkRecipient(event, entry)}
  >
    <label for="recipient-${entry.key}">${msg('Recipient’s email address')}</label>
    <input
      id="recipient-${entry.key}"
      name="recipient"
      type="email"
      autocomplete="off"
      .value=${entry.recipientTyped ?? ''}
    />
    <button type="submit">${msg('Check recipient')}</button>
  </form>`;
}

function renderShare(
  entry: Entry,
  view: CredentialView,
  report: VerificationReport | undefined,
  host: EntryHost,
): TemplateResult {
  const url = entry.loaded!.url;
  return html`<div part="share" role="group" aria-label=${msg('Share')}>
    ${
      url
        ? html`<button type="button" @click=${() => host.copyLink(url)}>
            ${msg('Copy link')}
          </button>`
        : nothing
    }
    ${
      report?.verdict === 'verified' || report?.verdict === 'expired'
        ? html`<a
            class="button"
            href=${linkedInAddUrl(view, url)}
            target="_blank"
            rel="noopener noreferrer"
            >${msg('Add to LinkedIn')}</a
          >`
        : nothing
    }
    <button type="button" @click=${() => host.download(entry)}>${msg('Download')}</button>
    <button type="button" @click=${() => window.print()}>${msg('Print')}</button>
  </div>`;
}
