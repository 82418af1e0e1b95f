/**
 * Counted messages through `Intl.PluralRules`. English has two forms and the old `n === 1 ?`
 * test served it, but French and Portuguese say "0 offre" (0 is singular there) and Arabic has
 * six forms (zero, one, two, few for 3–10, many for 11–99, other). Every counted message gives
 * the CLDR categories, each its own trans-unit (`<id>.zero` … `<id>.other`; no `zero` where
 * the caller says 0 in words), so a translator
 * fills what the language uses and copies the "other" form where it has no such category. The
 * category follows the language the strings are shown in; the number is formatted with the
 * element's locale (Arabic-Indic digits in `ar`, `1 234` in `fr`).
 *
 * It imports nothing: `core/locale.ts` tells it the UI language. Lazy chunks (the apply step,
 * the detail view) use it, and a module they share with the element that pulled in the
 * localization setup would make the bundler split the element's core into an extra chunk.
 */

type Form = (count: string) => string;

export interface PluralForms {
  /** Left out where the caller says 0 in words ("No openings match."): then `other`. */
  zero?: Form;
  one: Form;
  two: Form;
  few: Form;
  many: Form;
  other: Form;
}

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numbers.get(locale);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale);
    } catch {
      format = new Intl.NumberFormat('en'); // a malformed lang attribute
    }
    numbers.set(locale, format);
  }
  return format;
}

let uiLanguage: () => string = () => 'en';

/** Set by `core/locale.ts`: where the UI language is read. */
export function readUiLanguageFrom(read: () => string): void {
  uiLanguage = read;
}

/** The plural category of `count` in the language the UI speaks now. */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  const language = uiLanguage();
  let rule = rules.get(language);
  if (!rule) rules.set(language, (rule = new Intl.PluralRules(language)));
  return rule.select(count);
}

/** The message for `count`, its number formatted for `locale`. */
export function plural(count: number, locale: string, forms: PluralForms): string {
  return (forms[pluralCategory(count)] ?? forms.other)(numberFormat(locale).format(count));
}
