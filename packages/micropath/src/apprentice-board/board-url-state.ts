/**
 * The board's view in the page URL (a reactive controller): with `url-state`, the search,
 * filters and open listing live in the page's query string under the board's prefix
 * (url-state.ts), written as the visitor changes them and read back on back / forward.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { readView, writeView, type BoardView } from './url-state.ts';

export class BoardUrlState implements ReactiveController {
  private readonly onPopState = () => {
    const view = this.read();
    if (view) this.restore(view);
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

  /** The view in the page's URL; undefined without `url-state`. */
  read(): BoardView | undefined {
    return this.namespace ? readView(location.search, this.namespace) : undefined;
  }

  /** Puts the view in the URL: a new history entry (`push`) or the current one (`replace`). */
  write(mode: 'push' | 'replace', view: BoardView): void {
    if (!this.namespace) return;
    const search = writeView(location.search, this.namespace, view);
    const url = `${location.pathname}${search}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  /**
   * The address of this page opened on a listing (`?jobs.open=ID`, the page's other
   * parameters kept, no filters); undefined without `url-state`. Relative on a server.
   */
  href(id: string): string | undefined {
    if (!this.namespace) return undefined;
    const search = isServer ? '' : location.search;
    const path = isServer ? '' : location.pathname;
    return `${path}${writeView(search, this.namespace, { query: {}, open: id })}`;
  }
}
