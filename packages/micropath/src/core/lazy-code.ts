/**
 * A part of a widget whose code comes when it is needed (a lazy chunk: a form, a detail view,
 * a list). A load that fails (offline, the CDN unreachable) is remembered, so the part's place
 * can say so and offer "Try again" instead of waiting for ever, and the code is asked for again
 * only when `retry()` is called: an element that loads its parts from `updated()` or `render()`
 * does not ask in a loop while the network is down.
 */
import { html, type CSSResult, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { describeFailure } from './error-messages.ts';
import { AdapterError } from './errors.ts';

export class LazyCode<T> {
  /** The code, once loaded. */
  value?: T;
  /** Set when the last load failed: the part says so (renderCodeFailure) until `retry()`. */
  failed = false;
  #loading?: Promise<T | undefined>;

  /**
   * `load` imports the code; `loaded` runs once when it arrives (styles to adopt, say). The
   * host renders again when the code arrives or fails.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
    private readonly loaded?: (code: T) => void,
  ) {}

  /** The code, loading it unless it is loaded, on its way or failed. Never rejects. */
  get(): Promise<T | undefined> {
    if (this.value) return Promise.resolve(this.value);
    if (this.failed) return Promise.resolve(undefined);
    return (this.#loading ??= this.load().then(
      (code) => {
        this.value = code;
        this.loaded?.(code);
        this.host.requestUpdate();
        return code;
      },
      (error: unknown) => {
        console.warn('[micropath] a part of the widget could not load:', error);
        this.#loading = undefined;
        this.failed = true;
        this.host.requestUpdate();
        return undefined;
      },
    ));
  }

  /** Asks for the code again after a failed load. */
  retry(): Promise<T | undefined> {
    this.failed = false;
    this.host.requestUpdate();
    return this.get();
  }
}

/**
 * What stands in a part's place when its code could not load: the network error's words (the
 * code comes from the same servers as the data) and "Try again", announced.
 */
export function renderCodeFailure(retry: () => void) {
  const failure = new AdapterError('network', 'A part of the widget could not load.');
  return html`<div part="message error" class="message" role="alert">
    <p>${describeFailure(failure)}</p>
    <button type="button" @click=${retry}>${msg('Try again')}</button>
  </div>`;
}

/**
 * Adds a lazy part's styles to the element's shadow root, once: they come with the part's code,
 * so the element's first state does not carry them.
 */
export function adoptStyles(root: Element | DocumentFragment, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
