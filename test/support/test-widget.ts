/**
 * A minimal widget on the kit's base element, for testing what every real widget inherits:
 * adapter lookup, the not-configured state, locale resolution, events and sanitized HTML.
 */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { MicropathElement } from '../../packages/micropath/src/core/base-element.ts';
import { MicropathEvent } from '../../packages/micropath/src/core/events.ts';
import { readListingPage } from '../../packages/micropath/src/core/read-listings.ts';
import { sanitizeHtml } from '../../packages/micropath/src/core/sanitize.ts';
import { defineElement } from '../../packages/micropath/src/core/define.ts';

export class MpTestPickEvent extends MicropathEvent {
  constructor(readonly id: string) {
    super('mp-test-pick', { cancelable: true });
  }
}

export class MpTestWidget extends MicropathElement<'listings'> {
  protected readonly adapterKind = 'listings';

  @property({ type: String }) description = '';

  private readonly listings = new Task(this, {
    task: async ([adapter], { signal }) => {
      if (!adapter) return undefined;
      return readListingPage(
        await adapter.listListings({ limit: 3 }, { signal, locale: this.locale }),
      );
    },
    args: () => [this.resolveAdapter().adapter] as const,
  });

  private readonly rich = new Task(this, {
    task: ([source]) => (source ? sanitizeHtml(source) : Promise.resolve(undefined)),
    args: () => [this.description] as const,
  });

  /** Exposed for tests: the locale the element resolved. */
  get resolvedLocale(): string {
    return this.locale;
  }

  get resolvedTimeZone(): string {
    return this.pageTimeZone;
  }

  override render() {
    const resolution = this.resolveAdapter();
    if (!resolution.adapter) return this.renderNotConfigured(resolution.problem);
    return html`<div part="base">
      ${this.listings.render({
        pending: () => html`<p role="status">Loading…</p>`,
        complete: (page) =>
          html`<ul>
            ${page?.items.map(
              (item) =>
                html`<li>
                  <button @click=${() => this.emit(new MpTestPickEvent(item.id))}>
                    ${item.title}
                  </button>
                </li>`,
            )}
          </ul>`,
        error: (error) => html`<p role="alert">${String(error)}</p>`,
      })}
      <div part="description">${this.rich.value}</div>
    </div>`;
  }
}

defineElement('mp-test-widget', MpTestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'mp-test-widget': MpTestWidget;
  }
}
