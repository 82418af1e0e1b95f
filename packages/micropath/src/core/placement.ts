/**
 * The kit's one placement controller: keeps a floating panel (a popover) beside its anchor with
 * `@floating-ui/dom`, `strategy: 'fixed'` so no ancestor's overflow clips it, flipping and
 * shifting to stay on screen and capping its height to the room left. It is part of its panel's
 * lazy chunk (with `@floating-ui/dom`), not of an element's first load; `autoUpdate` is cleaned
 * up on close and on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type Placement,
} from '@floating-ui/dom';

export class PlacementController implements ReactiveController {
  private cleanup?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly placement: Placement = 'bottom-start',
  ) {
    host.addController(this);
  }

  /** Positions `panel` beside `anchor` and follows scrolling, resizing and layout changes. */
  start(anchor: HTMLElement, panel: HTMLElement): void {
    this.stop();
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
    this.cleanup?.();
    this.cleanup = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
