/**
 * "The latest request wins" (a reactive controller), shared by every element that loads: each
 * `start()` aborts the request before it and gives the new one its signal; an answer is used
 * only while `isLatest(signal)`. Requests stop when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LatestRequest implements ReactiveController {
  private current?: AbortController;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort();
  }

  /** The signal of the request under way, if any (later work for the same thing joins it). */
  get signal(): AbortSignal | undefined {
    return this.current?.signal;
  }

  /** Stops the request under way, if any. */
  abort(): void {
    this.current?.abort();
    this.current = undefined;
  }

  /** Starts a request: the one before is aborted. */
  start(): AbortSignal {
    return this.adopt(new AbortController());
  }

  /** Makes a request started on its own (a file being read) the latest one. */
  adopt(controller: AbortController): AbortSignal {
    this.abort();
    this.current = controller;
    return controller.signal;
  }

  /** Whether `signal` is the latest request's, and it was not aborted. */
  isLatest(signal: AbortSignal): boolean {
    return this.current?.signal === signal && !signal.aborted;
  }
}
