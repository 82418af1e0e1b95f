import { LitElement, html, css, isServer, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ContextConsumer } from '@lit/context';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { providerContext, type ProviderSettings } from './context.ts';
import { isAdapterOf, type AdapterByKind, type AdapterKind } from './contracts.ts';
import { adapterFromSource } from './sources.ts';
import { AdapterError } from './errors.ts';
import { MicropathEvent } from './events.ts';
import { browserLocale, isRtlLocale, requestUiLocale } from './locale.ts';
import { hostStyles } from './tokens.styles.ts';
import { controlStyles } from './controls.styles.ts';
import { bidiStyles } from './bidi.styles.ts';
import { VERSION } from './version.ts';

/** The browser's time zone, read once: each read builds an `Intl.DateTimeFormat`. */
let browserTimeZone: string | undefined;

/** Where an element's adapter came from, or why it has none. */
export type AdapterResolution<A> =
  | { adapter: A; from: 'property' | 'provider' | 'source' }
  | { adapter?: undefined; problem: AdapterError };

/**
 * The thin base of every Micropath widget: adapter lookup (property > provider > `source`),
 * locale and direction resolution, typed events and the "not configured" state.
 */
export abstract class MicropathElement<K extends AdapterKind> extends LitElement {
  static readonly version = VERSION;

  static override styles: CSSResultGroup = [
    hostStyles,
    controlStyles,
    bidiStyles,
    css`
      [part='not-configured'] {
        border: 1px dashed var(--_t-color-border);
        border-radius: var(--_t-radius);
        padding: var(--_t-space);
        color: var(--_t-color-text-muted);
      }
      [part='not-configured'] code {
        font-size: 0.9em;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** Which contract this element's adapter must implement. */
  protected abstract readonly adapterKind: K;

  /** The backend, set from JavaScript. Wins over a provider and over `source`. */
  @property({ attribute: false })
  adapter?: AdapterByKind[K];

  /**
   * A backend named in HTML, such as `rest:https://api.example.org/v1` or `greenhouse:acme`.
   * Used when neither the `adapter` property nor a `<micropath-provider>` supplies one.
   */
  @property({ type: String })
  source?: string;

  /** What the nearest `<micropath-provider>` shares (its context, followed as it changes). */
  @state()
  protected provided?: ProviderSettings;

  private warnedAbout?: string;
  private requestedLocale?: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    new ContextConsumer(this, {
      context: providerContext,
      subscribe: true,
      callback: (settings) => (this.provided = settings),
    });
  }

  /** The adapter to use now, or the problem to show instead. */
  protected resolveAdapter(): AdapterResolution<AdapterByKind[K]> {
    const kind = this.adapterKind;
    if (this.adapter) return this.checked(this.adapter, 'property');
    const provided = this.provided?.adapters[kind];
    if (provided) return this.checked(provided, 'provider');
    if (this.source?.trim()) {
      try {
        return this.checked(adapterFromSource(this.source), 'source');
      } catch (error) {
        return { problem: AdapterError.from(error) };
      }
    }
    return {
      problem: new AdapterError('not-configured', `<${this.localName}> has no ${kind} backend.`),
    };
  }

  private checked(
    candidate: unknown,
    from: 'property' | 'provider' | 'source',
  ): AdapterResolution<AdapterByKind[K]> {
    if (isAdapterOf(this.adapterKind, candidate)) return { adapter: candidate, from };
    return {
      problem: new AdapterError(
        'not-configured',
        `The ${from === 'property' ? 'adapter property' : from === 'provider' ? "provider's adapter" : `source "${this.source ?? ''}"`} does not provide ${this.adapterKind}.`,
      ),
    };
  }

  /** `lang` and `dir` are the element's own, not Lit properties: re-render when they change. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang' || name === 'dir') this.requestUpdate();
    else super.attributeChangedCallback(name, old, value);
  }

  /**
   * The element's locale: its own `lang`; else the nearest of a `lang` above it (crossing
   * shadow roots) and its `<micropath-provider>`'s `locale`, so a `lang` between the provider
   * and the element wins and the page's `<html lang>` does not silence the provider; else the
   * first of the browser's languages the kit speaks (`navigator.languages`).
   */
  get locale(): string {
    return (
      this.getAttribute('lang') || // not `lang`: a server's element has attributes only
      closestLocale(this, this.provided?.locale) ||
      this.provided?.locale ||
      browserLocale() ||
      'en'
    );
  }

  /**
   * `rtl` when the element speaks a right-to-left language (Arabic) and has no `dir` of its own,
   * for its `part="base"` wrapper: an Arabic widget mirrors on a left-to-right page. Otherwise
   * undefined, and the element follows `dir` from itself or the page, as any element does.
   */
  protected get localeDir(): 'rtl' | undefined {
    return !this.hasAttribute('dir') && isRtlLocale(this.locale) ? 'rtl' : undefined;
  }

  /** The visitor's time zone as the page sees it: the provider's setting, else the browser's. */
  protected get pageTimeZone(): string {
    return (
      this.provided?.timeZone ||
      (browserTimeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone)
    );
  }

  /** True when the element is laid out right to left (from `dir` here or above it). */
  protected get isRtl(): boolean {
    if (this.localeDir) return true;
    if (isServer) return this.getAttribute('dir') === 'rtl'; // no layout on a server
    return getComputedStyle(this).direction === 'rtl';
  }

  /** Dispatches a Micropath event; false when a listener called `preventDefault()`. */
  protected emit(event: MicropathEvent): boolean {
    return this.dispatchEvent(event);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Only when this element's own locale changes: a locale switch re-renders every element,
    // and re-asking on each render would let two elements with different locales ping-pong.
    const locale = this.locale;
    if (locale !== this.requestedLocale && !isServer) {
      this.requestedLocale = locale;
      void requestUiLocale(locale);
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    const first = !this.hasUpdated;
    super.update(changed);
    // Hydration keeps the server's attributes, and a server cannot see a lang above the
    // element: an Arabic widget whose language comes from the page arrives without its dir.
    const base = first && !isServer ? this.renderRoot.querySelector('[part=base]') : null;
    const dir = this.localeDir;
    if (base && base.getAttribute('dir') !== (dir ?? null)) {
      if (dir) base.setAttribute('dir', dir);
      else base.removeAttribute('dir');
    }
  }

  /** The visible "not configured" state, with how to fix it; logs the detail once. */
  protected renderNotConfigured(problem: AdapterError) {
    if (this.warnedAbout !== problem.message) {
      this.warnedAbout = problem.message;
      console.warn(
        `[micropath] ${problem.message} Set source="rest:https://api.example.org/v1" ` +
          `(or another registered prefix), set the adapter property from JavaScript, ` +
          `or place the element inside a <micropath-provider> with adapters.${this.adapterKind}.`,
      );
    }
    return html`<div part="not-configured" role="note" dir=${ifDefined(this.localeDir)}>
      <strong>${msg('This widget is not connected to a data source yet.')}</strong>
      <p>
        ${msg(
          'Give it a source attribute, set its adapter property from JavaScript, or place it inside a micropath-provider element.',
        )}
      </p>
      <p>
        ${msg('For example:')}
        <code>&lt;${this.localName} source="rest:https://api.example.org/v1"&gt;</code>
      </p>
      ${this.source ? html`<p part="not-configured-detail">${problem.message}</p>` : null}
    </div>`;
  }
}

/**
 * The nearest `lang` attribute above an element, crossing shadow roots, or the provider's
 * `locale` when the provider is nearer. A server renders an element without its page, so there
 * it is the element's own `lang` (or the provider's).
 */
function closestLocale(element: Element, provided: string | undefined): string | undefined {
  if (isServer) return undefined;
  let node: Element | null = element.parentElement ?? hostOf(element);
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    if (provided && node.localName === 'micropath-provider') return provided;
    node = node.parentElement ?? hostOf(node);
  }
  return undefined;
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
