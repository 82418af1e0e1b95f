/**
 * "Not before it is seen" (a reactive controller): `whenNear()` resolves once the element
 * comes within `margin` of the viewport, and at once for an element already there. Work a
 * visitor may never look at (checking a badge at the foot of a long page) waits for it, and
 * the page's load does not pay for it. Once open, the gate stays open.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export class VisibilityGate implements ReactiveController {
  private observer?: IntersectionObserver;
  private opened = false;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveElement,
    private readonly margin = '200px',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.opened || typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.open();
      },
      { rootMargin: this.margin },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Resolves when the element is (or has been) near the viewport. */
  whenNear(): Promise<void> {
    if (this.opened) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Opens the gate now (printing, a visitor's action). */
  open(): void {
    this.opened = true;
    this.hostDisconnected();
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}
