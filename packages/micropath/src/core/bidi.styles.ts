import { css } from 'lit';

/**
 * Text from feeds and visitors keeps its own direction inside a widget laid out the other way.
 * A title such as "Junior Developer C++" in an Arabic board would otherwise take the
 * board's right-to-left direction and show "++Junior Developer C"; an Arabic name in an
 * English widget the reverse. Blocks made only of such text take their direction from their
 * first strong letter (`unicode-bidi: plaintext`, as `dir="auto"` does; each widget's styles
 * name its own such parts); inline runs are isolated from the sentence around them. Addresses, code and e-mail or web address fields are always left to
 * right.
 */
export const bidiStyles = css`
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
`;
