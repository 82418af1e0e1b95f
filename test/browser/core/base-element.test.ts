import { expect, fixture, fixtureSync, html, waitUntil, oneEvent } from '@open-wc/testing';
import '../../../packages/micropath/src/provider/define.ts';
import '../../support/test-widget.ts';
import { MpTestWidget, MpTestPickEvent } from '../../support/test-widget.ts';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import {
  registerSource,
  adapterFromSource,
  registeredSources,
} from '../../../packages/micropath/src/core/sources.ts';
import { defineElement } from '../../../packages/micropath/src/core/define.ts';
import { browserLocale, uiLocaleFor } from '../../../packages/micropath/src/core/locale.ts';
import { MicropathProvider } from '../../../packages/micropath/src/provider/micropath-provider.ts';
import { contractUrl } from '../../support/contract-url.ts';
import { makeListings } from '../../support/listing-factory.ts';

const titles = async (el: MpTestWidget) => {
  await waitUntil(() => el.shadowRoot!.querySelectorAll('li').length > 0, 'no listings rendered');
  return [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.trim());
};

function capture(method: 'warn' | 'error') {
  const original = console[method];
  const calls: string[] = [];
  console[method] = (...args: unknown[]) => void calls.push(args.map(String).join(' '));
  return { calls, restore: () => (console[method] = original) };
}

describe('base element: where the adapter comes from', () => {
  const byProperty = createMemoryAdapter({
    listings: [{ id: 'p', title: 'From property', organization: { name: 'O' } }],
  });
  const byProvider = createMemoryAdapter({
    listings: [{ id: 'v', title: 'From provider', organization: { name: 'O' } }],
  });

  it('shows a visible, accessible "not configured" state and logs how to fix it', async () => {
    const warn = capture('warn');
    try {
      const el = await fixture<MpTestWidget>(html`<mp-test-widget></mp-test-widget>`);
      const note = el.shadowRoot!.querySelector('[part=not-configured]')!;
      expect(note.getAttribute('role')).to.equal('note');
      expect(note.textContent).to.contain('not connected to a data source');
      expect(note.textContent).to.contain(
        '<mp-test-widget source="rest:https://api.example.org/v1">',
      );
      await expect(el).to.be.accessible();
      expect(warn.calls.join()).to.contain('<mp-test-widget> has no listings backend');
    } finally {
      warn.restore();
    }
  });

  it('uses the provider when the element has no adapter, and the property over the provider', async () => {
    const root = await fixture<MicropathProvider>(html`
      <micropath-provider .adapters=${{ listings: byProvider }}>
        <mp-test-widget id="a"></mp-test-widget>
        <mp-test-widget id="b" .adapter=${byProperty}></mp-test-widget>
      </micropath-provider>
    `);
    expect(await titles(root.querySelector('#a')!)).to.deep.equal(['From provider']);
    expect(await titles(root.querySelector('#b')!)).to.deep.equal(['From property']);
  });

  it('uses the provider over the source attribute, and follows provider changes', async () => {
    const { baseUrl } = contractUrl();
    const root = await fixture<MicropathProvider>(html`
      <micropath-provider .adapters=${{ listings: byProvider }}>
        <mp-test-widget source="rest:${baseUrl}"></mp-test-widget>
      </micropath-provider>
    `);
    const el = root.querySelector('mp-test-widget')!;
    expect(await titles(el)).to.deep.equal(['From provider']);
    root.adapters = {};
    await waitUntil(async () => (await titles(el)).length === 3, 'did not fall back to the source');
  });

  it('reads a rest: source relative to the page', async () => {
    const el = await fixture<MpTestWidget>(
      html`<mp-test-widget source="rest:${contractUrl().baseUrl}"></mp-test-widget>`,
    );
    expect(await titles(el)).to.have.length(3);
  });

  it('explains an unknown prefix, an empty source and an adapter of the wrong kind', async () => {
    const warn = capture('warn');
    try {
      const unknown = await fixture<MpTestWidget>(
        html`<mp-test-widget source="workday:acme"></mp-test-widget>`,
      );
      expect(unknown.shadowRoot!.textContent).to.contain(
        'source="workday:acme" has no known prefix',
      );
      expect(unknown.shadowRoot!.textContent).to.contain('"rest:"');
      const empty = await fixture<MpTestWidget>(
        html`<mp-test-widget source="rest:"></mp-test-widget>`,
      );
      expect(empty.shadowRoot!.textContent).to.contain('names no rest source');
      const wrong = await fixture<MpTestWidget>(
        html`<mp-test-widget .adapter=${{ listMentors: () => [] } as never}></mp-test-widget>`,
      );
      expect(wrong.shadowRoot!.textContent).to.contain('not connected');
      expect(warn.calls.join()).to.contain('The adapter property does not provide listings');
    } finally {
      warn.restore();
    }
  });

  it('lets pages register source prefixes, and shares one adapter per source string', async () => {
    let made = 0;
    registerSource('test-board', (name) => {
      made++;
      return createMemoryAdapter({
        listings: makeListings(4).map((l) => ({ ...l, organization: { name } })),
      });
    });
    expect(registeredSources()).to.include.members(['rest', 'test-board']);
    const a = await fixture<MpTestWidget>(
      html`<mp-test-widget source="test-board:Acme"></mp-test-widget>`,
    );
    const b = await fixture<MpTestWidget>(
      html`<mp-test-widget source=" test-board:Acme "></mp-test-widget>`,
    );
    expect(await titles(a)).to.have.length(3);
    expect(await titles(b)).to.have.length(3);
    expect(made).to.equal(1);
    expect(adapterFromSource('test-board:Acme')).to.equal(adapterFromSource('test-board:Acme'));
    expect(() => registerSource('Bad Prefix', () => ({}))).to.throw(TypeError);
  });
});

describe('base element: locale, time zone, events', () => {
  it('resolves the locale from lang, then the nearer of a lang above and the provider, then the browser', async () => {
    // fixtureSync, then the widgets' own updates: a plain <div> fixture waits for an animation
    // frame, which a test page in the background may never get.
    const root = fixtureSync<HTMLElement>(html`
      <div lang="es-MX">
        <micropath-provider locale="de-AT" time-zone="Asia/Kolkata">
          <mp-test-widget id="own" lang="fr"></mp-test-widget>
          <mp-test-widget id="provided"></mp-test-widget>
          <section lang="ja"><mp-test-widget id="between"></mp-test-widget></section>
        </micropath-provider>
        <mp-test-widget id="ancestor"></mp-test-widget>
      </div>
    `);
    const get = (id: string) => root.querySelector<MpTestWidget>(`#${id}`)!;
    await Promise.all(
      [...root.querySelectorAll<MpTestWidget>('mp-test-widget')].map((w) => w.updateComplete),
    );
    expect(get('own').resolvedLocale).to.equal('fr');
    // The provider is nearer than the page's lang; a lang between them is nearer still.
    expect(get('provided').resolvedLocale).to.equal('de-AT');
    expect(get('between').resolvedLocale).to.equal('ja');
    expect(get('ancestor').resolvedLocale).to.equal('es-MX');
    expect(get('provided').resolvedTimeZone).to.equal('Asia/Kolkata');
    expect(get('ancestor').resolvedTimeZone).to.equal(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
  });

  it('takes the first of the browser languages it speaks when nothing above sets one', () => {
    expect(browserLocale(['ko-KR', 'pt-PT', 'en'])).to.equal('pt-PT');
    expect(browserLocale(['ko-KR', 'nl'])).to.equal('ko-KR'); // dates and numbers still follow it
    expect(uiLocaleFor('pt-PT')).to.equal('pt-BR');
    expect(uiLocaleFor('pt')).to.equal('pt-BR');
    expect(uiLocaleFor('ar-EG')).to.equal('ar');
    expect(uiLocaleFor('ja-JP')).to.equal('ja');
    expect(uiLocaleFor('ko')).to.equal('en');
    const lone = document.createElement('mp-test-widget');
    const page = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      document.body.append(lone);
      expect(lone.resolvedLocale).to.equal(browserLocale(navigator.languages));
    } finally {
      lone.remove();
      if (page !== null) document.documentElement.setAttribute('lang', page);
    }
  });

  it('finds lang across shadow roots', async () => {
    const host = fixtureSync<HTMLElement>(html`<div lang="de"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('mp-test-widget');
    shadow.append(inner);
    expect(inner.resolvedLocale).to.equal('de');
  });

  it('shows its strings in Spanish, German and Portuguese, and falls back to English', async () => {
    const es = await fixture<MpTestWidget>(html`<mp-test-widget lang="es"></mp-test-widget>`);
    await waitUntil(
      () => es.shadowRoot!.textContent!.includes('fuente de datos'),
      'no Spanish text',
    );
    const de = await fixture<MpTestWidget>(html`<mp-test-widget lang="de-CH"></mp-test-widget>`);
    await waitUntil(() => de.shadowRoot!.textContent!.includes('Datenquelle'), 'no German text');
    const pt = await fixture<MpTestWidget>(html`<mp-test-widget lang="pt-PT"></mp-test-widget>`);
    await waitUntil(
      () => pt.shadowRoot!.textContent!.includes('fonte de dados'),
      'no Brazilian Portuguese for pt-PT',
    );
    const ko = await fixture<MpTestWidget>(html`<mp-test-widget lang="ko"></mp-test-widget>`);
    await waitUntil(
      () => ko.shadowRoot!.textContent!.includes('data source'),
      'no English fallback',
    );
  });

  it('dispatches typed, bubbling, composed, cancelable events', async () => {
    const el = await fixture<MpTestWidget>(
      html`<mp-test-widget
        .adapter=${createMemoryAdapter({ listings: makeListings(3) })}
      ></mp-test-widget>`,
    );
    await titles(el);
    setTimeout(() => el.shadowRoot!.querySelector('button')!.click());
    const event = (await oneEvent(document.body as HTMLElement, 'mp-test-pick')) as MpTestPickEvent;
    expect(event).to.be.instanceOf(MpTestPickEvent);
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(event.id).to.match(/^L1-/);
  });

  it('is laid out right to left in Arabic unless its own dir says otherwise', async () => {
    const ar = await fixture<MpTestWidget>(html`<mp-test-widget lang="ar"></mp-test-widget>`);
    const note = () => ar.shadowRoot!.querySelector<HTMLElement>('[part=not-configured]')!;
    expect(note().dir).to.equal('rtl');
    expect(getComputedStyle(note()).direction).to.equal('rtl');
    expect((ar as unknown as { isRtl: boolean }).isRtl).to.equal(true);
    ar.setAttribute('dir', 'ltr');
    await ar.updateComplete;
    expect(getComputedStyle(note()).direction).to.equal('ltr');
    ar.removeAttribute('dir');
    ar.lang = 'fr';
    await ar.updateComplete;
    expect(getComputedStyle(note()).direction).to.equal('ltr');
  });

  it('reports its direction from dir above it', async () => {
    const root = fixtureSync<HTMLElement>(
      html`<div dir="rtl"><mp-test-widget></mp-test-widget></div>`,
    );
    await root.querySelector<MpTestWidget>('mp-test-widget')!.updateComplete;
    const el = root.querySelector('mp-test-widget') as unknown as { isRtl: boolean };
    expect(el.isRtl).to.equal(true);
  });
});

describe('guarded define', () => {
  it('ignores a second define of the same version and warns about another version', () => {
    const warn = capture('warn');
    try {
      defineElement('mp-test-widget', class extends MpTestWidget {});
      expect(warn.calls).to.deep.equal([]);
      class Old extends HTMLElement {
        static version = '0.0.1';
      }
      customElements.define('mp-old-thing', Old);
      defineElement('mp-old-thing', class extends HTMLElement {});
      expect(warn.calls.join()).to.contain('already defined by Micropath 0.0.1');
      expect(customElements.get('mp-old-thing')).to.equal(Old);
    } finally {
      warn.restore();
    }
  });
});
