/**
 * UI strings through @lit/localize in runtime mode (en, es, de, fr, pt-BR, ar, ja). Runtime mode
 * has one active locale per page, so every element asks for its resolved locale and the last
 * request wins; dates, numbers and currencies are formatted per element with `Intl` and its own
 * locale. Each language is its own lazy chunk, loaded the first time an element asks for it.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.ts';
import { readUiLanguageFrom } from './plural.ts';

export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];
export const UI_LOCALES: readonly UiLocale[] = [sourceLocale, ...targetLocales];

const loaders = {
  es: () => import('../generated/locales/es.ts'),
  de: () => import('../generated/locales/de.ts'),
  fr: () => import('../generated/locales/fr.ts'),
  'pt-BR': () => import('../generated/locales/pt-BR.ts'),
  ar: () => import('../generated/locales/ar.ts'),
  ja: () => import('../generated/locales/ja.ts'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<unknown>>;

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
});

readUiLanguageFrom(getLocale);

/**
 * The UI locale of each tag we translate, lower-cased, and of a language translated once for
 * one region: Portuguese is translated for Brazil and serves `pt`, `pt-PT` and `pt-AO` too.
 */
const byTag = new Map<string, UiLocale>([
  ['pt', 'pt-BR'],
  ...UI_LOCALES.map((locale) => [locale.toLowerCase(), locale] as const),
]);

/** The UI languages written right to left. */
const rightToLeft: ReadonlySet<UiLocale> = new Set<UiLocale>(['ar']);

/**
 * The UI locale that serves a BCP 47 tag, or undefined when none does: "de-AT" → "de",
 * "pt" and "pt-PT" → "pt-BR", "ar-EG" → "ar", "ko" → undefined.
 */
export function supportedUiLocale(tag: string | undefined): UiLocale | undefined {
  const lower = (tag ?? '').toLowerCase().replace(/_/g, '-');
  return byTag.get(lower) ?? byTag.get(lower.split('-')[0]!);
}

/** The UI locale that serves a BCP 47 tag, English when none does: "de-AT" → "de", "ko" → "en". */
export function uiLocaleFor(tag: string | undefined): UiLocale {
  return supportedUiLocale(tag) ?? sourceLocale;
}

/** True when the UI language serving `tag` is written right to left (Arabic). */
export function isRtlLocale(tag: string | undefined): boolean {
  return rightToLeft.has(uiLocaleFor(tag));
}

/**
 * The visitor's first browser language the kit speaks (`navigator.languages` in order), else
 * their first language (its dates and numbers still follow it).
 */
export function browserLocale(
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): string | undefined {
  return languages.find((tag) => supportedUiLocale(tag)) ?? languages[0];
}

let pending: UiLocale | undefined;

/** Switches the UI strings to the locale that serves `tag`; elements re-render when it loads. */
export function requestUiLocale(tag: string | undefined): Promise<void> {
  const locale = uiLocaleFor(tag);
  if (locale === (pending ?? getLocale())) return Promise.resolve();
  pending = locale;
  return setLocale(locale).finally(() => {
    if (pending === locale) pending = undefined;
  });
}

export { getLocale as currentUiLocale };
