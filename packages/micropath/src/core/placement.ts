/**
 * The kit's one placement controller: keeps a floating panel (a popover) beside its anchor with
 * `@floating-ui/dom`, `strategy: 'fixed'` so no ancestor's overflow clips it, flipping and
 * shifting to stay on screen and capping its height to the room left. `@floating-ui/dom` loads
 * with the first panel shown; `autoUpdate` is cleaned up on close and on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Placement } from '@floating-ui/dom';

export class PlacementController implements ReactiveController {
  private cleanup?: () => void;
  private generation = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly placement: Placement = 'bottom-start',
  ) {
    host.addController(this);
  }

  /** Positions `panel` beside `anchor` and follows scrolling, resizing and layout changes. */
  async start(anchor: HTMLElement, panel: HTMLElement): Promise<void> {
    this.stop();
    const generation = ++this.generation;
    const { autoUpdate, computePosition, flip, offset, shift, size } =
      await import('@floating-ui/dom');
    if (generation !== this.generation) return; // closed meanwhile
    const place = () =>
      void computePosition(anchor, panel, {
        strategy: 'fixed',
        placement: this.placement,
        middleware: [
          offset(4),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight, availableWidth }) {
              panel.style.maxBlockSize = `${Math.max(160, availableHeight)}px`;
              panel.style.maxInlineSize = `${Math.max(200, availableWidth)}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        panel.style.left = `${x}px`;
        panel.style.top = `${y}px`;
      });
    this.cleanup = autoUpdate(anchor, panel, place);
  }

  stop(): void {
    this.generation++;
    this.cleanup?.();
    this.cleanup = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
