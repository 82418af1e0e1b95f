/**
 * A page downloads the translations it shows and no other: each language is a lazy chunk,
 * requested the first time an element asks for it. Alone in its file, so the page has loaded
 * no language before.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../support/test-widget.ts';
import type { MpTestWidget } from '../../support/test-widget.ts';

/** The UI languages whose chunk this page has requested, from the resource timing entries. */
const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/generated\/locales\/([\w-]+)\.ts\b/.exec(entry.name)?.[1])
    .filter((locale): locale is string => Boolean(locale))
    .sort();

describe('locale chunks', () => {
  it('loads Japanese for a Japanese widget, Portuguese for pt-PT, and nothing for English', async () => {
    expect(requested()).to.deep.equal([]);
    const en = await fixture<MpTestWidget>(html`<mp-test-widget lang="en-GB"></mp-test-widget>`);
    await en.updateComplete;
    expect(requested()).to.deep.equal([]);

    const ja = await fixture<MpTestWidget>(html`<mp-test-widget lang="ja-JP"></mp-test-widget>`);
    await waitUntil(() => ja.shadowRoot!.textContent!.includes('データソース'), 'no Japanese');
    expect(requested()).to.deep.equal(['ja']);

    const pt = await fixture<MpTestWidget>(html`<mp-test-widget lang="pt-PT"></mp-test-widget>`);
    await waitUntil(() => pt.shadowRoot!.textContent!.includes('fonte de dados'), 'no Portuguese');
    expect(requested()).to.deep.equal(['ja', 'pt-BR']);
  });
});
