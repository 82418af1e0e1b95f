/**
 * Storybook's toolbar switches every story's language and direction: two globals, and a
 * decorator that gives the story's element the chosen `lang` (over the story's own `lang`
 * argument) and wraps it in the chosen `dir`. "Story default" leaves the story as written.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Decorator, Preview } from '@storybook/web-components-vite';

export const TOOLBAR_LOCALES = [
  { value: 'en', title: 'English' },
  { value: 'es', title: 'Español' },
  { value: 'de', title: 'Deutsch' },
  { value: 'fr', title: 'Français' },
  { value: 'pt-BR', title: 'Português (Brasil)' },
  { value: 'ar', title: 'العربية (right to left)' },
  { value: 'ja', title: '日本語' },
] as const;

export const localeGlobalTypes: NonNullable<Preview['globalTypes']> = {
  locale: {
    description: 'The widgets’ UI language',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      items: [{ value: '', title: 'Story default' }, ...TOOLBAR_LOCALES],
      dynamicTitle: true,
    },
  },
  direction: {
    description: 'The page’s direction around the widget',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: '', title: 'From the language' },
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
};

export const localeInitialGlobals = { locale: '', direction: '' };

/** The toolbar's language and direction applied to a story. */
export const withLocale: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? '');
  const chosen = String(context.globals.direction ?? '');
  const direction = chosen === 'ltr' || chosen === 'rtl' ? chosen : undefined;
  if (!locale && !direction) return story();
  const args = { ...context.args };
  if (locale && 'lang' in args) args.lang = locale;
  // The layout stories' frame sets a direction of its own; the toolbar's wins.
  if (direction && 'dir' in args) args.dir = direction;
  return html`<div lang=${ifDefined(locale || undefined)} dir=${ifDefined(direction)}>
    ${story({ ...context, args })}
  </div>`;
};
