import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { contractUrl } from '../../support/contract-url.ts';
import {
  $,
  $$,
  badge,
  files,
  sampleBytes,
  signedCredential,
  text,
  verdictOf,
} from '../../support/badge-helpers.ts';
import type { CredentialBadge } from '../../../packages/micropath/src/credential-badge/credential-badge.ts';

/** Puts a file into the badge's file input, as the picker would. */
function choose(el: CredentialBadge, file: File) {
  const input = $<HTMLInputElement>(el, '[part=upload] input[type=file]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const uploadError = (el: CredentialBadge) => text(el, '[part=upload] .error');

describe('<credential-badge> inputs', () => {
  it('shows a holder’s gallery over the REST contract, each opening the full view', async () => {
    const { baseUrl, log } = contractUrl();
    const el = await badge(
      html`<credential-badge source=${`rest:${baseUrl}`} holder="learner"></credential-badge>`,
    );
    await waitUntil(() => $$(el, '[part=gallery] [part=verdict]').length === 2, 'gallery', {
      timeout: 5000,
    });
    const items = $$(el, '[part=gallery] > li');
    expect(items).to.have.length(3);
    expect(text(el, '[part=gallery] > li:nth-child(1) [part=name]')).to.equal('Teamwork');
    expect(text(el, '[part=gallery] > li:nth-child(3)')).to.contain('not an Open Badges');
    expect((await log()).map((r) => r.route)).to.include('/holders/learner/credentials');
    await expect(el).to.be.accessible();

    const open = $<HTMLButtonElement>(el, '[part=gallery] > li:nth-child(2) button.open')!;
    open.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id?.startsWith('name-'), 'focus on name');
    expect(text(el, '[part=name]')).to.equal('Teamwork');
    expect($(el, '.layout-full')).to.not.equal(null);
    $<HTMLButtonElement>(el, 'button.back')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('open'), 'focus back');
    expect(el.shadowRoot!.activeElement!.getAttribute('data-key')).to.equal(
      open.getAttribute('data-key'),
    );
  });

  it('reads a credential-id from a REST backend', async () => {
    const { baseUrl } = contractUrl();
    const el = await badge(
      html`<credential-badge
        source=${`rest:${baseUrl}`}
        credential-id="teamwork"
      ></credential-badge>`,
    );
    // The 1EdTech sample: read through REST; its key is only in its own header.
    expect(await verdictOf(el)).to.equal('Not verified');
    expect(text(el, '[part=name]')).to.equal('Teamwork');
  });

  it('checks a chosen baked PNG, and keeps it when the next file is broken', async () => {
    const el = await badge(html`<credential-badge allow-upload></credential-badge>`);
    await waitUntil(() => $(el, '[part=upload]'), 'upload box');
    await expect(el).to.be.accessible();
    choose(el, new File([sampleBytes('ob30/simple-json.png')], 'badge.png', { type: 'image/png' }));
    await verdictOf(el);
    expect(text(el, '[part=name]')).to.equal('Teamwork');
    expect(text(el, '[part=upload]')).to.contain('Check another credential');

    const truncated = sampleBytes('ob30/simple-json.png').slice(0, 300);
    choose(el, new File([truncated], 'broken.png', { type: 'image/png' }));
    await waitUntil(() => uploadError(el), 'upload error');
    expect(uploadError(el)).to.contain('truncated or damaged');
    expect(text(el, '[part=name]')).to.equal('Teamwork'); // what was shown stays
    expect($(el, '[part=upload] textarea')!.getAttribute('aria-describedby')).to.equal(
      'upload-error',
    );
  });

  it('reads a baked SVG without running its scripts', async () => {
    const svg = files['ob30/simple-json.svg']!.text!.replace(
      '</svg>',
      '<script>window.__svgRan = 1</script><image href="x" onerror="window.__svgRan = 2"/></svg>',
    );
    const el = await badge(html`<credential-badge allow-upload></credential-badge>`);
    await waitUntil(() => $(el, '[part=upload]'));
    choose(el, new File([svg], 'badge.svg', { type: 'image/svg+xml' }));
    await verdictOf(el);
    expect(text(el, '[part=name]')).to.equal('Teamwork');
    expect((window as { __svgRan?: number }).__svgRan).to.equal(undefined);
  });

  it('shows a pasted JWT, and keeps pasted text the badge cannot read', async () => {
    const { jws } = await signedCredential();
    const el = await badge(html`<credential-badge allow-upload></credential-badge>`);
    await waitUntil(() => $(el, '[part=upload]'));
    const area = $<HTMLTextAreaElement>(el, '[part=upload] textarea')!;
    area.focus();
    await sendKeys({ type: 'not a credential' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' }); // the "Show credential" button
    await waitUntil(() => uploadError(el), 'error for bad text');
    expect(uploadError(el)).to.contain('neither a credential');
    expect(area.value).to.equal('not a credential');
    await expect(el).to.be.accessible();

    area.value = jws;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    $<HTMLButtonElement>(el, '[part=upload] button[type=submit]')!.click();
    expect(await verdictOf(el)).to.equal('Verified');
    expect(uploadError(el)).to.equal('');
  });

  it('takes a dropped file', async () => {
    const el = await badge(html`<credential-badge allow-upload></credential-badge>`);
    await waitUntil(() => $(el, '[part=upload]'));
    const transfer = new DataTransfer();
    transfer.items.add(new File([files['ob30/simple.jwt']!.text!], 'badge.jwt'));
    const base = $(el, '[part=base]')!;
    base.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
    await el.updateComplete;
    expect(base.classList.contains('dragging')).to.equal(true);
    base.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    await waitUntil(() => $(el, '[part=verdict]') || uploadError(el), 'dropped file read', {
      timeout: 5000,
    });
    expect(base.classList.contains('dragging')).to.equal(false);
    expect(uploadError(el)).to.equal('');
    expect(text(el, '[part=name]')).to.not.equal('');
  });

  it('refuses an image over 10 MB without reading it', async () => {
    const el = await badge(html`<credential-badge allow-upload></credential-badge>`);
    await waitUntil(() => $(el, '[part=upload]'));
    const huge = new File([new Uint8Array(11 * 1024 * 1024)], 'huge.png', { type: 'image/png' });
    choose(el, huge);
    await waitUntil(() => uploadError(el));
    expect(uploadError(el)).to.contain('too large');
  });
});
