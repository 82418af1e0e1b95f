/**
 * `Intl.NumberFormat#formatRange` at the cost of two `format` calls. In V8 each `formatRange`
 * builds its range formatter anew (about 60 µs, against under 1 µs for `format`), which is most
 * of a page of cards' script time. The range's shape (which parts are shared, where the dash
 * and the currency or unit go) is taken from one real `formatRangeToParts` per format and
 * plural category, and later ranges fill its two numbers in.
 */
type Part = Intl.NumberFormatPart & { source?: string };

const NUMERIC = new Set([
  'integer',
  'group',
  'decimal',
  'fraction',
  'minusSign',
  'plusSign',
  'compact',
  'exponentSeparator',
  'exponentMinusSign',
  'exponentInteger',
]);
interface Shapes {
  plurals: Intl.PluralRules;
  /** The numbers alone, as the format writes them: the same digits, without its currency or unit. */
  digits: (value: number) => string | undefined;
  /** Per plural category of the range's end: the shape, or `null` when it cannot be reused. */
  byCategory: Map<string, Part[] | null>;
}
const shapes = new WeakMap<Intl.NumberFormat, Shapes>();

/** The numeric text of a formatted number, if its digits and signs are in one run. */
function digits(parts: Intl.NumberFormatPart[]): string | undefined {
  const first = parts.findIndex((part) => NUMERIC.has(part.type));
  let last = first;
  while (last + 1 < parts.length && NUMERIC.has(parts[last + 1]!.type)) last++;
  if (first < 0 || parts.slice(last + 1).some((part) => NUMERIC.has(part.type))) return undefined;
  return parts
    .slice(first, last + 1)
    .map((part) => part.value)
    .join('');
}

/** A shape holds one run of digits per end, or it is not reused. */
function reusable(parts: Part[]): boolean {
  const runs = { startRange: 0, endRange: 0 } as Record<string, number>;
  parts.forEach((part, i) => {
    const run = NUMERIC.has(part.type) && !NUMERIC.has(parts[i - 1]?.type ?? '');
    if (run) runs[part.source ?? ''] = (runs[part.source ?? ''] ?? 0) + 1;
  });
  return runs.startRange === 1 && runs.endRange === 1 && Object.keys(runs).length === 2;
}

/**
 * A plain number format with the format's digits options writes its numbers for a fraction of
 * `formatToParts`' cost; it is used when it agrees with the format's own digits on probes of
 * every magnitude and grouping, else the parts are read.
 */
function digitsOf(format: Intl.NumberFormat): Shapes['digits'] {
  const options = format.resolvedOptions();
  const plain = new Intl.NumberFormat(options.locale, {
    numberingSystem: options.numberingSystem,
    minimumIntegerDigits: options.minimumIntegerDigits,
    minimumFractionDigits: options.minimumFractionDigits,
    maximumFractionDigits: options.maximumFractionDigits,
    useGrouping: options.useGrouping,
    roundingMode: options.roundingMode,
  } as Intl.NumberFormatOptions);
  const parts = (value: number) => digits(format.formatToParts(value));
  const probes = [0.5, 1, 12, 999, 1000, 1234.5, 12_345.678, 1_234_567.891];
  return probes.every((value) => plain.format(value) === parts(value)) ? plain.format : parts;
}

export function formatNumberRange(format: Intl.NumberFormat, min: number, max: number): string {
  let known = shapes.get(format);
  if (!known) {
    const plurals = new Intl.PluralRules(format.resolvedOptions().locale);
    shapes.set(format, (known = { plurals, digits: digitsOf(format), byCategory: new Map() }));
  }
  const { byCategory } = known;
  const category = known.plurals.select(max);
  const shape = byCategory.get(category);
  const start = known.digits(min);
  const end = known.digits(max);
  // Equal once rounded ("~€5"): the range formatter's own wording, not kept as a shape.
  if (start === undefined || end === undefined || start === end)
    return format.formatRange(min, max);
  if (!shape) {
    const parts = format.formatRangeToParts(min, max) as Part[];
    if (shape === undefined) byCategory.set(category, reusable(parts) ? parts : null);
    return parts.map((part) => part.value).join('');
  }
  let text = '';
  shape.forEach((part, i) => {
    if (!NUMERIC.has(part.type)) text += part.value;
    else if (!NUMERIC.has(shape[i - 1]?.type ?? ''))
      text += part.source === 'startRange' ? start : end;
  });
  return text;
}
