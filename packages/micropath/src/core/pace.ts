/**
 * Work in steps the page can breathe between. A large answer (a page of cards, a credential's
 * checks) is handled over several tasks, so no single task keeps the host page from painting
 * or from answering a visitor's input for long.
 */
interface Scheduler {
  yield?: () => Promise<void>;
}

/** Resolves in a later task: `scheduler.yield()` where the browser has it, else a timer. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
