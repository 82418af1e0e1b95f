/**
 * The templates of a credential: what it says (view) and how far it can be trusted (report).
 * Loaded lazily with the reader, so the element's own file stays small. Every value from the
 * credential is rendered as text, except the criteria narrative, which arrives here already
 * turned from markdown into a sanitized fragment.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { notYetValid, verdictLabel } from './verdict-label.ts';

import type {
  CheckId,
  CheckStatus,
  CredentialView,
  Verdict,
  VerificationReport,
} from '../core/models/credential.ts';

export type Layout = 'card' | 'full' | 'compact';

export interface DisplayContext {
  layout: Layout;
  locale: string;
  report?: VerificationReport;
  /** The criteria narrative, rendered from markdown and sanitized. */
  criteria?: DocumentFragment;
  /** Id of the element holding the name, for aria-labelledby. */
  nameId: string;
}

const VERDICT_ICON: Record<Verdict, string> = {
  verified: '✓',
  expired: '!',
  revoked: '✕',
  unverified: '?',
  invalid: '✕',
};

/** Whether the issuer can be named as the issuer, or only as who the credential claims. */
const trusted = (report?: VerificationReport) =>
  report !== undefined &&
  ['verified', 'expired', 'revoked'].includes(report.verdict) &&
  ['proof', 'issuer-key'].every((id) => report.checks.find((c) => c.id === id)?.status === 'pass');

function verdictExplanation(report: VerificationReport, view: CredentialView): string {
  const issuer = view.issuer.name;
  const key = report.checks.find((c) => c.id === 'issuer-key')?.status;
  switch (report.verdict) {
    case 'verified':
      return msg(str`Signed by ${issuer}, with the issuer’s published key, and not revoked.`);
    case 'expired':
      if (!trusted(report))
        return notYetValid(view)
          ? msg(str`Not valid yet, and it could not be confirmed that “${issuer}” signed it.`)
          : msg(str`Expired, and it could not be confirmed that “${issuer}” signed it.`);
      return notYetValid(view)
        ? msg('The signature holds, but the credential is not valid yet.')
        : msg('The signature holds, but the credential has expired.');
    case 'revoked':
      return msg('The issuer has revoked this credential.');
    case 'unverified':
      return key === 'unknown'
        ? msg(str`Could not confirm that “${issuer}” signed this. Treat what it claims with care.`)
        : msg('This credential could not be fully checked. Treat what it claims with care.');
    case 'invalid':
      return key === 'fail'
        ? msg(str`Signed by someone other than “${issuer}”. Do not trust what it claims.`)
        : msg('This credential failed verification. Do not trust what it claims.');
  }
}

export function checkLabel(id: CheckId): string {
  switch (id) {
    case 'format':
      return msg('Format');
    case 'schema':
      return msg('Contents');
    case 'proof':
      return msg('Signature');
    case 'issuer-key':
      return msg('Issuer’s key');
    case 'status':
      return msg('Revocation');
    case 'validity':
      return msg('Validity period');
    case 'issuer-trust':
      return msg('Trusted issuer');
    case 'recipient':
      return msg('Recipient');
  }
}

export function statusLabel(status: CheckStatus): string {
  switch (status) {
    case 'pass':
      return msg('Passed');
    case 'fail':
      return msg('Failed');
    case 'warn':
      return msg('Warning');
    case 'skip':
      return msg('Skipped');
    case 'unknown':
      return msg('Could not check');
  }
}

/** A date-only value (2024-05-01) is a calendar day: formatted in UTC so it never shifts. */
export function formatDate(value: string | undefined, locale: string): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(time);
}

function issuerLine(view: CredentialView, ctx: DisplayContext): TemplateResult {
  const { issuer } = view;
  const name = issuer.url
    ? html`<a href=${issuer.url} target="_blank" rel="noopener noreferrer">${issuer.name}</a>`
    : issuer.name;
  return html`<p part="issuer">
    ${
      issuer.image && ctx.layout !== 'compact'
        ? html`<img part="issuer-image" src=${issuer.image.url} alt="" width="24" height="24" />`
        : nothing
    }
    <span
      >${
        trusted(ctx.report)
          ? html`${msg('Issued by')} ${name}`
          : msg(str`Claims to be from “${name}”`)
      }</span
    >
  </p>`;
}

function dates(view: CredentialView, ctx: DisplayContext): TemplateResult | typeof nothing {
  const issued = formatDate(view.issuedOn, ctx.locale);
  const from =
    view.validFrom !== view.issuedOn ? formatDate(view.validFrom, ctx.locale) : undefined;
  const until = formatDate(view.validUntil, ctx.locale);
  const past = view.validUntil !== undefined && Date.parse(view.validUntil) < Date.now();
  if (!issued && !from && !until) return nothing;
  return html`<dl part="dates" class="facts">
    ${
      issued
        ? html`<div>
            <dt>${msg('Issued')}</dt>
            <dd>${issued}</dd>
          </div>`
        : nothing
    }
    ${
      from
        ? html`<div>
            <dt>${msg('Valid from')}</dt>
            <dd>${from}</dd>
          </div>`
        : nothing
    }
    ${
      until
        ? html`<div class=${past ? 'past' : ''}>
            <dt>${past ? msg('Expired') : msg('Expires')}</dt>
            <dd>${until}</dd>
          </div>`
        : nothing
    }
  </dl>`;
}

function section(part: string, title: string, body: unknown): TemplateResult {
  return html`<section part=${part}>
    <h3>${title}</h3>
    ${body}
  </section>`;
}

const link = (url: string | undefined, text: string) =>
  url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${text}</a>` : text;

function details(view: CredentialView, ctx: DisplayContext): unknown[] {
  const parts: unknown[] = [];
  if (view.criteria) {
    parts.push(
      section(
        'criteria',
        msg('How it was earned'),
        html`${ctx.criteria ? html`<div class="markdown">${ctx.criteria}</div>` : nothing}
        ${
          view.criteria.url
            ? html`<p>${link(view.criteria.url, msg('Criteria on the issuer’s site'))}</p>`
            : nothing
        }`,
      ),
    );
  }
  if (view.alignments.length) {
    parts.push(
      section(
        'alignments',
        msg('Skills and standards'),
        html`<ul>
          ${view.alignments.map(
            (a) =>
              html`<li>
                ${link(a.url, a.name)}
                ${
                  a.framework || a.code
                    ? html`<span class="muted"
                        >${[a.framework, a.code].filter(Boolean).join(' · ')}</span
                      >`
                    : nothing
                }
                ${a.description ? html`<p class="muted">${a.description}</p>` : nothing}
              </li>`,
          )}
        </ul>`,
      ),
    );
  }
  if (view.evidence.length) {
    parts.push(
      section(
        'evidence',
        msg('Evidence'),
        html`<ul>
          ${view.evidence.map(
            (e) =>
              html`<li>
                ${link(e.url, e.name ?? e.url ?? msg('Evidence'))}
                ${e.description ? html`<p>${e.description}</p>` : nothing}
                ${e.narrative ? html`<p class="muted">${e.narrative}</p>` : nothing}
              </li>`,
          )}
        </ul>`,
      ),
    );
  }
  if (view.results.length || view.creditsEarned !== undefined) {
    const credits = new Intl.NumberFormat(ctx.locale).format(view.creditsEarned ?? 0);
    parts.push(
      section(
        'results',
        msg('Results'),
        html`<dl class="facts">
          ${view.results.map(
            (r) =>
              html`<div>
                <dt>${r.name ?? msg('Result')}</dt>
                <dd>${[r.value, r.status].filter(Boolean).join(' · ')}</dd>
              </div>`,
          )}
          ${
            view.creditsEarned !== undefined
              ? html`<div>
                  <dt>${msg('Credits earned')}</dt>
                  <dd>${credits}</dd>
                </div>`
              : nothing
          }
        </dl>`,
      ),
    );
  }
  return parts;
}

function recipientText(view: CredentialView): string | undefined {
  const r = view.recipient;
  if (!r) return undefined;
  if (r.name) return r.name;
  if (r.identity && !r.hashed) return r.identity;
  if (r.identity) return msg('A hashed identity (type the email address to check it)');
  return undefined;
}

/** The credential's content, in the chosen layout. */
export function renderCredential(view: CredentialView, ctx: DisplayContext): TemplateResult {
  const full = ctx.layout === 'full';
  const compact = ctx.layout === 'compact';
  const recipient = recipientText(view);
  return html`
    ${
      view.image
        ? html`<img
            part="image"
            src=${view.image.url}
            alt=${view.image.alt ?? ''}
            width=${compact ? 48 : 160}
            height=${compact ? 48 : 160}
          />`
        : html`<div part="image" class="placeholder" aria-hidden="true">★</div>`
    }
    <div part="content">
      ${
        view.achievementType && !compact
          ? html`<p part="achievement-type">${spaced(view.achievementType)}</p>`
          : nothing
      }
      <h2 part="name" id=${ctx.nameId} tabindex="-1">${view.name}</h2>
      ${issuerLine(view, ctx)} ${compact ? nothing : dates(view, ctx)}
      ${
        view.description && !compact
          ? html`<p part="description" class=${full ? '' : 'clamp'}>${view.description}</p>`
          : nothing
      }
      ${
        view.tags.length && !compact
          ? html`<ul part="tags" aria-label=${msg('Tags')}>
              ${view.tags.map((t) => html`<li>${t}</li>`)}
            </ul>`
          : nothing
      }
      ${
        recipient && !compact
          ? html`<p part="recipient">
              <span class="muted">${msg('Awarded to')}</span> ${recipient}
            </p>`
          : nothing
      }
      ${full ? details(view, ctx) : nothing}
    </div>
  `;
}

/** `AchievementType` values are camel case (`MicroCredential`): shown as words. */
const spaced = (value: string) => value.replace(/^ext:/, '').replace(/([a-z])([A-Z])/g, '$1 $2');

/** The verdict line (for the live region) and, beside it, the warnings. */
export function renderVerdict(report: VerificationReport, view: CredentialView): TemplateResult {
  return html`<p class="verdict verdict-${report.verdict}">
      <span class="verdict-icon" aria-hidden="true">${VERDICT_ICON[report.verdict]}</span>
      <strong part="verdict">${verdictLabel(report.verdict, view)}</strong>
      <span>${verdictExplanation(report, view)}</span>
    </p>
    ${
      report.warnings.length
        ? html`<ul part="warnings">
            ${report.warnings.map((w) => html`<li>${w}</li>`)}
          </ul>`
        : nothing
    }`;
}

/** The ordered checks, each with its outcome and reason. */
export function renderChecks(report: VerificationReport, locale: string): TemplateResult {
  const checkedAt = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(Date.parse(report.checkedAt));
  return html`<ol part="checks">
      ${report.checks.map(
        (c) =>
          html`<li class="check check-${c.status}">
            <span class="check-status">${statusLabel(c.status)}</span>
            <strong>${checkLabel(c.id)}</strong>
            <span>${c.message}</span>
          </li>`,
      )}
    </ol>
    <p class="muted">${msg(str`Checked ${checkedAt}, in this browser.`)}</p>`;
}

export { linkedInAddUrl, credentialFile } from './share-links.ts';
