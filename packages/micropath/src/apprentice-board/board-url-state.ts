/**
 * The board's view in the page URL (a reactive controller): with `url-state`, the search,
 * filters and open listing live in the page's query string under the board's prefix
 * (url-state.ts), written as the visitor changes them and read back on back / forward.
 * url-state.ts is a lazy chunk: loaded when the page's URL holds the board's parameters, or
 * when the board writes or a visitor goes back or forward, so a board whose address says
 * nothing about it shows its first cards without it.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { BoardView } from './url-state.ts';

type UrlStateCode = typeof import('./url-state.ts');
const urlStateCode = () => import('./url-state.ts');

export class BoardUrlState implements ReactiveController {
  private loading?: Promise<UrlStateCode>;
  /** The URL's writes, one after another in the order they were asked for. */
  private writing: Promise<unknown> = Promise.resolve();

  private readonly onPopState = () => {
    const ns = this.namespace;
    if (ns)
      this.load().then(
        (code) => this.restore(code.readView(location.search, ns)),
        () => undefined, // without its code, the board stays as it is
      );
  };

  constructor(
    private readonly host: ReactiveControllerHost & { urlState?: string },
    /** Back or forward: the view the URL now holds. */
    private readonly restore: (view: BoardView) => void,
  ) {
    host.addController(this);
  }

  /** The prefix of the board's parameters; `url-state` present but empty means `board`. */
  get namespace(): string | undefined {
    const prefix = this.host.urlState;
    return prefix === undefined || prefix === null ? undefined : prefix || 'board';
  }

  hostConnected(): void {
    if (this.namespace) addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onPopState);
  }

  /** Loads url-state.ts (once; again after a failed attempt). */
  private load(): Promise<UrlStateCode> {
    if (!this.loading) {
      const attempt = urlStateCode();
      attempt.catch(() => this.loading === attempt && (this.loading = undefined));
      this.loading = attempt;
    }
    return this.loading;
  }

  /**
   * The view in the page's URL, read once url-state.ts has loaded; undefined without
   * `url-state` or when the URL holds none of the board's parameters (nothing to apply).
   */
  read(): Promise<BoardView> | undefined {
    const ns = this.namespace;
    if (
      !ns ||
      ![...new URLSearchParams(location.search).keys()].some((k) => k.startsWith(`${ns}.`))
    )
      return undefined;
    return this.load().then((code) => code.readView(location.search, ns));
  }

  /** Puts the view in the URL: a new history entry (`push`) or the current one (`replace`). */
  write(mode: 'push' | 'replace', view: BoardView): void {
    const ns = this.namespace;
    if (!ns) return;
    this.writing = this.writing
      .then(() => this.load())
      .then(({ writeView }) => {
        const search = writeView(location.search, ns, view);
        const url = `${location.pathname}${search}${location.hash}`;
        if (url === `${location.pathname}${location.search}${location.hash}`) return;
        if (mode === 'push') history.pushState(history.state, '', url);
        else history.replaceState(history.state, '', url);
      })
      .catch(() => undefined); // without its code, the URL stays as it was
  }

  /**
   * The address of this page opened on a listing (`?jobs.open=ID`, the page's other
   * parameters kept, no filters; as url-state.ts writes it); undefined without `url-state`.
   * Relative on a server.
   */
  href(id: string): string | undefined {
    const ns = this.namespace;
    if (!ns) return undefined;
    const params = new URLSearchParams(isServer ? '' : location.search);
    for (const key of [...params.keys()]) if (key.startsWith(`${ns}.`)) params.delete(key);
    params.append(`${ns}.open`, id);
    return `${isServer ? '' : location.pathname}?${params}`;
  }
}
