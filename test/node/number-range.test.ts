// formatNumberRange must say exactly what Intl.NumberFormat#formatRange says, in every locale
// and shape the board formats (currencies, long units with plural forms, rounding to equal).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatNumberRange } from '../../packages/micropath/src/core/number-range.ts';

const LOCALES = ['en', 'en-GB', 'de', 'es', 'fr', 'pt-BR', 'ar', 'ja', 'hi', 'ru', 'pl'];
const OPTIONS: Intl.NumberFormatOptions[] = [
  { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 },
  { style: 'currency', currency: 'USD', maximumFractionDigits: 0 },
  { style: 'currency', currency: 'JPY', maximumFractionDigits: 0 },
  { style: 'currency', currency: 'BRL', maximumFractionDigits: 0 },
  { maximumFractionDigits: 0 },
  { style: 'unit', unit: 'month', unitDisplay: 'long' },
  { style: 'unit', unit: 'hour', unitDisplay: 'long' },
  { style: 'unit', unit: 'week', unitDisplay: 'long' },
];
const RANGES: [number, number][] = [
  [1, 2],
  [2, 3],
  [3, 6],
  [5, 11],
  [20, 21],
  [0.5, 1],
  [1.5, 2.5],
  [15, 25],
  [500, 1500],
  [46_000, 54_000],
  [999, 1_000_000],
  [1000.4, 1000.2],
  [10, 10.3],
];

test('formatNumberRange agrees with formatRange everywhere the board uses it', () => {
  let checked = 0;
  for (const locale of LOCALES)
    for (const options of OPTIONS) {
      // One format object, as the board keeps one per locale and options: the shapes are reused.
      const format = new Intl.NumberFormat(locale, options);
      for (let round = 0; round < 2; round++)
        for (const [min, max] of RANGES) {
          assert.equal(
            formatNumberRange(format, min, max),
            format.formatRange(min, max),
            `${locale} ${JSON.stringify(options)} ${min}–${max}`,
          );
          checked++;
        }
    }
  assert.ok(checked > 2000);
});
