/**
 * Work in steps the page can breathe between. A large answer (a page of cards, a month of
 * times, a credential's checks) is handled over several tasks, so no single task keeps the
 * host page from painting or from answering a visitor's input for long — and each task does
 * as much as fits its budget, so the whole is not slower for being sliced.
 */
interface Scheduler {
  yield?: () => Promise<void>;
}

let channel: MessageChannel | undefined;
const queued: (() => void)[] = [];

/** A new task now, without a timer's 4 ms clamp: a message to ourselves. */
function messageTask(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queued.shift()?.();
  }
  return new Promise((resolve) => {
    queued.push(resolve);
    channel!.port2.postMessage(undefined);
  });
}

/**
 * Resolves in a later task: `scheduler.yield()` where the browser has it (the rest of the work
 * keeps its place ahead of other tasks), else a message-channel task.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'function') return messageTask();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once the next frame is painted (a frame's callback, then a task): work that only
 * prepares the visitor's next step (fetching its code) starts after they see this one.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Script time a slice may take before it yields: half a 60 Hz frame, which leaves the other
 * half for the style, layout and paint of what the slice added.
 */
export const SLICE_BUDGET_MS = 8;

/** A 60 Hz frame: what the first render of an answer may spend, when the visitor waits for it. */
export const FRAME_MS = 16;

/** The coarsest step of `performance.now()` in a browser (without cross-origin isolation). */
const CLOCK_STEP_MS = 0.1;

/**
 * Yields when the running task has spent its budget since `since` (a `performance.now()`
 * taken when the task's work began), so work that fits one frame is not split into two.
 * Resolves with the time the work goes on from: `since`, or when the new task began.
 */
export function yieldIfSpent(since: number): Promise<number> {
  return performance.now() - since > SLICE_BUDGET_MS
    ? nextTask().then(() => performance.now())
    : Promise.resolve(since);
}

/**
 * Sizes a task's slices of work by time, not by a fixed count: `next()` says how many more
 * items the running task may take, from what the items so far cost (`done(count, ms)`), and
 * 0 once the task's budget is spent. The first slice of a task is never empty.
 */
export class SliceBudget {
  /** Milliseconds an item, once measured. */
  private perItem?: number;
  private ends = 0;
  private started = false;

  constructor(private readonly first: number) {}

  /**
   * A task starts: its clock starts, at `since` when its work began earlier (default: now),
   * with `budget` milliseconds for its items (default: a slice's).
   */
  start(since = performance.now(), budget = SLICE_BUDGET_MS): void {
    this.ends = since + budget;
    this.started = true;
  }

  /** How many items fit the rest of this task (0: yield now). */
  next(): number {
    const left = this.ends - performance.now();
    const fresh = this.started;
    this.started = false;
    if (!fresh && left <= 0) return 0;
    if (this.perItem === undefined) return this.first;
    return Math.max(1, Math.floor(left / this.perItem));
  }

  /**
   * `count` items took `ms`: the estimate follows them. A browser's clock is coarse, so a
   * slice measured at 0 ms is taken to have cost up to the clock's step: cheap items, not
   * free ones (a free item would make the next slice everything left, however long it takes).
   */
  done(count: number, ms: number): void {
    const cost = Math.max(ms, CLOCK_STEP_MS) / count;
    this.perItem = this.perItem === undefined ? cost : (this.perItem + cost) / 2;
  }
}
