import { css } from 'lit';

/**
 * Text from feeds and visitors keeps its own direction inside a widget laid out the other way.
 * A title such as "Junior Developer C++" in an Arabic board would otherwise take the
 * board's right-to-left direction and show "++Junior Developer C"; an Arabic name in an
 * English widget the reverse. Blocks made only of such text take their direction from their
 * first strong letter (`plaintext`, as `dir="auto"` does); inline runs are isolated from the
 * sentence around them. Addresses, code and e-mail or web address fields are always left to
 * right, aligned to the widget's reading side.
 */
export const bidiStyles = css`
  [part~='title'],
  [part~='title'] :is(a, button),
  [part~='organization'],
  [part~='summary'],
  [part~='name'],
  [part~='description'],
  [part~='bio'],
  [part~='fact'],
  [part~='tags'] > li,
  [part~='expertise'] > li,
  [part~='skill'],
  .mentor-name,
  .headline {
    unicode-bidi: plaintext;
  }
  a,
  bdi,
  time {
    unicode-bidi: isolate;
  }
  code,
  input[type='email'],
  input[type='url'],
  #apply-links {
    direction: ltr;
    unicode-bidi: isolate;
  }
  [dir='rtl'] :is(input[type='email'], input[type='url'], #apply-links),
  :host(:dir(rtl)) :is(input[type='email'], input[type='url'], #apply-links) {
    text-align: end;
  }
`;
