import { css } from 'lit';

/**
 * Placeholders drawn while data loads, shaped as the content to come so nothing moves when it
 * arrives (no layout shift on the host page). A `.bone` is one line of text or a block; give
 * it `short`, `half` or `long` for a line's width, `control` for a button. Skeletons are `aria-hidden`: a status line says what is loading.
 */
export const skeletonStyles = css`
  .bone {
    display: block;
    block-size: 1lh;
    max-inline-size: 100%;
    border-radius: 0.25rem;
    background: var(--_t-color-surface-raised);
    background-clip: content-box;
    padding-block: 0.2lh;
    box-sizing: border-box;
    animation: mp-pulse 1.2s ease-in-out infinite alternate;
  }
  .bone.short {
    inline-size: 40%;
  }
  .bone.half {
    inline-size: 60%;
  }
  .bone.long {
    inline-size: 85%;
  }
  .bone.control {
    inline-size: 7rem;
    block-size: 2.25rem;
    padding: 0;
  }
  @keyframes mp-pulse {
    to {
      opacity: 0.4;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
`;
