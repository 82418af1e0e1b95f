/**
 * The page's view, as IntersectionObserver reports it. A stand-in for the browser's, which
 * reports only while the page renders frames, and a test page sharing the browser with others
 * is sometimes not given any: an element is asked the same question either way.
 * `useViewStandIn()` installs it for a `describe` block.
 */
const watched: { target: Element; notify: (near: boolean) => void }[] = [];

class ViewStandIn {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    watched.push({
      target,
      notify: (near) =>
        this.callback(
          [{ target, isIntersecting: near } as IntersectionObserverEntry],
          this as unknown as IntersectionObserver,
        ),
    });
  }
  disconnect() {}
}

/** Reports `el` in view (or out of it) to the observers watching it. */
export const reportView = (el: Element, near: boolean) =>
  watched.filter((w) => w.target === el).forEach((w) => w.notify(near));

export function useViewStandIn() {
  const browserObserver = window.IntersectionObserver;
  before(
    () => (window.IntersectionObserver = ViewStandIn as unknown as typeof IntersectionObserver),
  );
  after(() => (window.IntersectionObserver = browserObserver));
}
