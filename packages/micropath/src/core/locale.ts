/**
 * UI strings through @lit/localize's `msg` (en, es, de, fr, pt-BR, ar, ja). One locale is
 * active per page, so every element asks for its resolved locale and the last request wins;
 * dates, numbers and currencies are formatted per element with `Intl` and its own locale. Each
 * language is its own lazy chunk, loaded the first time an element asks for it.
 *
 * This module is lit-localize's runtime mode with one addition: each string value of a `str`
 * message is isolated from the sentence around it (core/bidi.ts). lit-localize installs its
 * `msg` once and cannot wrap it, so the runtime is set up here: `runtimeMsg` looks the message
 * up, and a `lit-localize-status` event tells the elements (`updateWhenLocaleChanges`) when a
 * language is ready.
 */
import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail, type MsgFn } from '@lit/localize';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { TemplateMap } from '@lit/localize/internal/types.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.ts';
import { isolate } from './bidi.ts';
import { readUiLanguageFrom } from './plural.ts';

export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];
export const UI_LOCALES: readonly UiLocale[] = [sourceLocale, ...targetLocales];

const loaders: Record<(typeof targetLocales)[number], () => Promise<{ templates: TemplateMap }>> = {
  es: () => import('../generated/locales/es.ts'),
  de: () => import('../generated/locales/de.ts'),
  fr: () => import('../generated/locales/fr.ts'),
  'pt-BR': () => import('../generated/locales/pt-BR.ts'),
  ar: () => import('../generated/locales/ar.ts'),
  ja: () => import('../generated/locales/ja.ts'),
};

let active: UiLocale = sourceLocale;
let templates: TemplateMap | undefined;

_installMsgImplementation(((template, options) => {
  if (typeof template === 'object' && 'strTag' in template) {
    const rtl = isRtlLocale(active);
    const values = template.values.map((value) =>
      typeof value === 'string' ? isolate(value, rtl) : value,
    );
    template = { ...template, values };
  }
  return runtimeMsg(templates, template, options);
}) as MsgFn);

/** The UI locale whose strings `msg` gives now. */
export const currentUiLocale = (): UiLocale => active;

readUiLanguageFrom(currentUiLocale);

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
let loading: Promise<void> = Promise.resolve();

function announce(detail: LocaleStatusEventDetail): void {
  if (typeof window !== 'undefined') {
    window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail }));
  }
}

/**
 * Switches the UI strings to the locale that serves `tag`; elements re-render when it loads.
 * A language whose chunk fails to load leaves the current one in place.
 */
export function requestUiLocale(tag: string | undefined): Promise<void> {
  const locale = uiLocaleFor(tag);
  if (locale === (pending ?? active)) return loading;
  pending = locale;
  announce({ status: 'loading', loadingLocale: locale });
  const chunk =
    locale === sourceLocale ? Promise.resolve({ templates: undefined }) : loaders[locale]();
  return (loading = chunk.then(
    (module) => {
      if (pending !== locale) return; // a later request won
      [active, templates, pending] = [locale, module.templates, undefined];
      announce({ status: 'ready', readyLocale: locale });
    },
    (error: unknown) => {
      if (pending !== locale) return;
      pending = undefined;
      announce({ status: 'error', errorLocale: locale, errorMessage: String(error) });
    },
  ));
}
