import { LitElement, html, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { providerContext, type ProviderSettings } from '../core/context.ts';
import type { ProvidedAdapters } from '../core/contracts.ts';
import { VERSION } from '../core/version.ts';

/**
 * Shares backends and settings with every Micropath element inside it, so a page configures
 * them once. An element's own `adapter` property still wins over the provider.
 *
 * @tagname micropath-provider
 * @summary Configures the Micropath elements inside it.
 * @slot - The page content holding Micropath elements.
 */
export class MicropathProvider extends LitElement {
  static readonly version = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Adapters by kind: `{ listings, credentials, mentoring }`. */
  @property({ attribute: false })
  adapters: ProvidedAdapters = {};

  /** BCP 47 locale for the elements inside, such as `de` or `es-MX`. */
  @property({ type: String })
  locale?: string;

  /** IANA time zone for the elements inside, such as `Europe/Berlin`. Default: the visitor's. */
  @property({ type: String, attribute: 'time-zone' })
  timeZone?: string;

  @provide({ context: providerContext })
  protected settings: ProviderSettings = { adapters: {} };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapters') || changed.has('locale') || changed.has('timeZone')) {
      // A new object each time, so consumers subscribed to the context are told.
      this.settings = {
        adapters: { ...this.adapters },
        ...(this.locale ? { locale: this.locale } : {}),
        ...(this.timeZone ? { timeZone: this.timeZone } : {}),
      };
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
