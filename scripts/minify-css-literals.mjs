// The kit's styles are `css` tagged templates, written to be read: indentation, line breaks and
// comments that would otherwise ship in every file. This Vite plugin takes them out at build
// time (`minifyCss`: whitespace and comments, a block's last semicolon), leaving quoted
// strings, the `${…}` parts and the rules untouched. Only styles: whitespace in `html` templates is content.
import MagicString from 'magic-string';

/** The static text of each css`…` literal in `code`, as [start, end] ranges. */
function cssStaticParts(code) {
  const parts = [];
  for (const match of code.matchAll(/\bcss`/g)) {
    let i = match.index + match[0].length;
    let start = i;
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') i += 2;
      else if (code[i] === '$' && code[i + 1] === '{') {
        parts.push([start, i]);
        let depth = 0;
        for (; i < code.length; i++) {
          if (code[i] === '{') depth++;
          else if (code[i] === '}' && --depth === 0) break;
        }
        start = ++i;
      } else i++;
    }
    parts.push([start, i]);
  }
  return parts;
}

/**
 * A part whose strings cannot be told by pairing quotes (an escaped quote, or a string that
 * goes on past a `${…}`) is left as it is.
 */
const unsureOfStrings = (css) =>
  /\\['"]/.test(css) ||
  (css.split("'").length - 1) % 2 === 1 ||
  (css.split('"').length - 1) % 2 === 1;

/**
 * Without comments and outside quoted strings (whose spaces, commas and colons are content):
 * runs of whitespace become one space, none around `{ } ; ,` nor after a colon (a selector's
 * colon is never followed by a space, a declaration's needs none), and a block's last `;` goes.
 */
export function minifyCss(text) {
  const css = text.replace(/\/\*[\s\S]*?\*\//g, '');
  if (unsureOfStrings(css)) return text;
  return css
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

export function minifyCssLiterals() {
  return {
    name: 'micropath-minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = new MagicString(code);
      for (const [start, end] of cssStaticParts(code)) {
        const text = code.slice(start, end);
        const small = minifyCss(text);
        if (small !== text) {
          if (small) out.overwrite(start, end, small);
          else out.remove(start, end);
        }
      }
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}
