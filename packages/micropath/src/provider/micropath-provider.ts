import { LitElement, html, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { providerContext } from '../core/context.ts';
import type { ProvidedAdapters } from '../core/contracts.ts';
import { VERSION } from '../core/version.ts';
import type { MpSkillGapEvent } from '../core/events.ts';

/**
 * Shares backends and settings with every Micropath element inside it, so a page configures
 * them once. An element's own `adapter` property still wins over the provider.
 *
 * It also joins the widgets inside it: a `<mentor-booking>` follows the last `mp-skill-gap` an
 * `<apprentice-board>` (or any element) inside raises, showing the mentors for those skills
 * first; when the visitor chose "Find a mentor for …", the provider keeps them on the page and
 * takes them to the booking instead of following the link.
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

  /** What the elements inside read: set anew on each change, so those subscribed are told. */
  private readonly settings = new ContextProvider(this, {
    context: providerContext,
    initialValue: { adapters: {} },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapters') || changed.has('locale') || changed.has('timeZone')) {
      this.settings.setValue({
        adapters: { ...this.adapters },
        ...(this.locale ? { locale: this.locale } : {}),
        ...(this.timeZone ? { timeZone: this.timeZone } : {}),
      });
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('mp-skill-gap', this.followGap);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('mp-skill-gap', this.followGap);
  }

  private readonly followGap = (event: MpSkillGapEvent) => {
    const bookings = [
      ...this.querySelectorAll<HTMLElement & { skills?: unknown }>('mentor-booking'),
    ];
    if (!bookings.length) return;
    for (const booking of bookings) booking.skills = event.skills;
    if (!event.cancelable) return;
    // The visitor asked for a mentor: the one here, rather than another page.
    event.preventDefault();
    const [booking] = bookings;
    if (!booking!.hasAttribute('tabindex')) booking!.tabIndex = -1;
    booking!.scrollIntoView({ block: 'start' });
    booking!.focus({ preventScroll: true });
  };

  protected override render() {
    return html`<slot></slot>`;
  }
}
