/**
 * The build's css`` minifier: what it takes out of the kit's styles, and what it must leave
 * (descendant selectors before a pseudo-class, `${…}` parts, `html` templates).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a plain ES module script without types
import { minifyCss, minifyCssLiterals } from '../../scripts/minify-css-literals.mjs';

const transform = (code: string) =>
  (minifyCssLiterals().transform(code, '/kit/src/x.styles.ts') as { code: string } | null)?.code;

test('rules keep their meaning without the indentation and comments', () => {
  assert.equal(
    minifyCss(`
  /* a comment */
  :host {
    display: block;
    font-family: a, b;
  }
  [part~='card'] .open :hover > span {
    color: red;
  }
  @media (min-width: 40rem) { a { gap: 1rem } }`),
    " :host{display:block;font-family:a,b}[part~='card'] .open :hover > span{color:red}@media (min-width:40rem){a{gap:1rem}}",
  );
});

test('quoted strings are content: their spaces, commas and colons stay', () => {
  assert.equal(
    minifyCss(`li::before {
    content: ' : a ,  b; ';
    font-family: "Noto Sans", serif;
  }`),
    `li::before{content:' : a ,  b; ';font-family:"Noto Sans",serif}`,
  );
});

test('a part whose strings cannot be paired (an escaped quote, a string across ${…}) stays', () => {
  const escaped = ` li::before {  content: 'a\\'b: c';  }`;
  assert.equal(minifyCss(escaped), escaped);
  const open = ` li::before {  content: 'a: `;
  assert.equal(minifyCss(open), open);
});

test('only the static text of css`` literals changes: expressions and html`` stay', () => {
  const code = [
    'const a = css`',
    '  :host {',
    '    ${unsafeCSS(`--x:  1`)}',
    '    color: red;',
    '  }`;',
    'const b = html`<p>  two  spaces  </p>`;',
  ].join('\n');
  assert.equal(
    transform(code),
    [
      // Whitespace beside an expression becomes one space, never none: it may separate words.
      'const a = css` :host{${unsafeCSS(`--x:  1`)} color:red}`;',
      'const b = html`<p>  two  spaces  </p>`;',
    ].join('\n'),
  );
  assert.equal(transform('const c = html`<p>  x  </p>`;'), undefined);
});
