/**
 * Storybook's Language and Direction menus: the preview's decorator gives the story's element
 * the toolbar's language over the story's own, and the page around it the toolbar's direction.
 */
import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../support/test-widget.ts';
import type { MpTestWidget } from '../support/test-widget.ts';
import { localeGlobalTypes, withLocale } from '../../stories/support/locale-toolbar.ts';

type Args = { lang?: string; dir?: string };

/** Runs the decorator as Storybook does: `story()` renders with the story's own context. */
function decorate(globals: Record<string, string>, args: Args): HTMLElement {
  const story = (context?: { args: Args }) =>
    html`<mp-test-widget
      lang=${ifDefined((context?.args ?? args).lang || undefined)}
    ></mp-test-widget>`;
  const decorator = withLocale as unknown as (
    fn: typeof story,
    context: { globals: Record<string, string>; args: Args },
  ) => TemplateResult;
  return fixtureSync<HTMLElement>(html`<div>${decorator(story, { globals, args })}</div>`);
}

describe('Storybook toolbar', () => {
  it('offers every UI language and both directions', () => {
    expect(Object.keys(localeGlobalTypes)).to.deep.equal(['locale', 'direction']);
    const items = (localeGlobalTypes.locale!.toolbar as { items: { value: string }[] }).items;
    expect(items.map((item) => item.value)).to.deep.equal([
      '',
      'en',
      'es',
      'de',
      'fr',
      'pt-BR',
      'ar',
      'ja',
    ]);
  });

  it('switches the story’s language and direction, and leaves it alone on "Story default"', async () => {
    const plain = decorate({ locale: '', direction: '' }, { lang: 'en' });
    expect(plain.querySelector('mp-test-widget')!.lang).to.equal('en');
    expect(plain.querySelector('[dir]')).to.equal(null);

    const arabic = decorate({ locale: 'ar', direction: '' }, { lang: 'en' });
    const el = arabic.querySelector<MpTestWidget>('mp-test-widget')!;
    expect(el.lang).to.equal('ar');
    await waitUntil(() => el.shadowRoot?.querySelector('[part=not-configured]'), 'rendered');
    expect(
      getComputedStyle(el.shadowRoot!.querySelector('[part=not-configured]')!).direction,
    ).to.equal('rtl');

    const rtl = decorate({ locale: '', direction: 'rtl' }, { lang: 'en', dir: 'ltr' });
    expect(rtl.querySelector('[dir]')!.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(rtl.querySelector('mp-test-widget')!).direction).to.equal('rtl');
  });
});
