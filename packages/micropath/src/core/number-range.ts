/**
 * `Intl.NumberFormat#formatRange` at the cost of two `format` calls. In V8 each `formatRange`
 * builds its range formatter anew (about 60 µs, against under 1 µs for `format`), which was most
 * of a page of cards' script time. The range's shape (which parts are shared, where the dash
 * and the currency or unit go) is taken from one real `formatRangeToParts` per format and
 * plural category, and later ranges fill in their two numbers as the format writes them
 * (`formatToParts`, a few µs). Anything else is left to `formatRange` itself. A board's
 * openings share a few pay bands and durations, so each format remembers its last 200 ranges.
 */
type Part = Intl.NumberFormatPart & { source?: string };

interface Known {
  plurals: Intl.PluralRules;
  /** Ranges written already, by "min/max". */
  written: Map<string, string>;
  /** Per plural category of the range's end: the shape, or `null` when it cannot be reused. */
  shapes: Map<string, Part[] | null>;
}

const NUMERIC = /^(integer|group|decimal|fraction|minusSign|plusSign|compact|exponent\w*)$/;
const known = new WeakMap<Intl.NumberFormat, Known>();

/** Whether a part is a number's, and starts a run of them (the previous one is not). */
const isNumber = (part?: Part) => !!part && NUMERIC.test(part.type);
const starts = (parts: Part[], i: number) => isNumber(parts[i]) && !isNumber(parts[i - 1]);
const digits = (parts: Part[]) => parts.filter(isNumber).map((part) => part.value);

export function formatNumberRange(format: Intl.NumberFormat, min: number, max: number): string {
  let ours = known.get(format);
  if (!ours) {
    const plurals = new Intl.PluralRules(format.resolvedOptions().locale);
    known.set(format, (ours = { plurals, shapes: new Map(), written: new Map() }));
  }
  const key = `${min}/${max}`;
  let text = ours.written.get(key);
  if (text === undefined) {
    if (ours.written.size >= 200) ours.written.clear();
    ours.written.set(key, (text = writeRange(format, ours, min, max)));
  }
  return text;
}

function writeRange(format: Intl.NumberFormat, ours: Known, min: number, max: number): string {
  const start = digits(format.formatToParts(min)).join('');
  const end = digits(format.formatToParts(max)).join('');
  const category = ours.plurals.select(max);
  const shape = ours.shapes.get(category);
  // Equal once rounded ("~€5"), a number written as a word (Arabic's dual: "شهران"), or no
  // shape to reuse: the range formatter's own wording.
  if (!start || !end || start === end || shape === null) return format.formatRange(min, max);
  if (!shape) {
    const parts = format.formatRangeToParts(min, max) as Part[];
    const runs = parts.filter((_, i) => starts(parts, i)).map((part) => part.source);
    ours.shapes.set(category, runs.join() === 'startRange,endRange' ? parts : null);
    return parts.map((part) => part.value).join('');
  }
  return shape
    .map((part, i) =>
      !isNumber(part)
        ? part.value
        : !starts(shape, i)
          ? ''
          : part.source === 'endRange'
            ? end
            : start,
    )
    .join('');
}
