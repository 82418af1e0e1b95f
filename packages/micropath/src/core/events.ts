import type { AdapterError } from './errors.ts';

/**
 * Base of every Micropath event: `mp-` prefixed, bubbling and composed so a page can listen
 * on any ancestor, including across shadow roots.
 */
export class MicropathEvent extends Event {
  constructor(type: `mp-${string}`, init: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: init.cancelable ?? false });
  }
}

/** Fired when a user action fails; `error.code` says what happened. */
export class MpErrorEvent extends MicropathEvent {
  readonly error: AdapterError;
  constructor(error: AdapterError) {
    super('mp-error');
    this.error = error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mp-error': MpErrorEvent;
  }
}
