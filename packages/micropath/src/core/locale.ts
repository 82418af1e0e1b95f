/**
 * UI strings through @lit/localize in runtime mode (en, es, de). Runtime mode has one active
 * locale per page, so every element asks for its resolved locale and the last request wins;
 * dates, numbers and currencies are formatted per element with `Intl` and its own locale.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.ts';

export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];
export const UI_LOCALES: readonly UiLocale[] = [sourceLocale, ...targetLocales];

const loaders = {
  es: () => import('../generated/locales/es.ts'),
  de: () => import('../generated/locales/de.ts'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<unknown>>;

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
});

/** The UI locale that serves a BCP 47 tag: "de-AT" → "de", "pt-BR" → "en". */
export function uiLocaleFor(tag: string | undefined): UiLocale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (UI_LOCALES as readonly string[]).includes(language ?? '')
    ? (language as UiLocale)
    : sourceLocale;
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
