import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import { AdapterError } from '../../../packages/micropath/src/core/errors.ts';
import type {
  MpApplyEvent,
  MpListingOpenEvent,
} from '../../../packages/micropath/src/apprentice-board/events.ts';
import type { ApprenticeBoard } from '../../../packages/micropath/src/apprentice-board/apprentice-board.ts';
import type { ListingsAdapter } from '../../../packages/micropath/src/core/contracts.ts';
import { board, $, $$, titles, settled, sample, inDays } from '../../support/board-helpers.ts';
import { leverAdapter } from '../../../packages/micropath/src/adapters/ats/lever.ts';

const listings = [
  sample({
    id: 'a b/1',
    title: 'Data analyst micro-apprenticeship',
    kind: 'micro-apprenticeship',
    organization: { name: 'Northwind Labs', url: 'https://example.org' },
    descriptionHtml:
      '<h3>What you do</h3><p>Clean <b>real</b> data.</p><img src=x onerror="window.__detailXss=1"><script>window.__detailXss=2</script><a href="javascript:alert(1)">bad</a>',
    workplace: 'remote',
    locations: [{ label: 'Remote (EU)', country: 'DE' }],
    compensation: { kind: 'paid', min: 18, max: 22, currency: 'EUR', interval: 'hour' },
    postedAt: '2026-11-01',
    applyBy: inDays(20),
    applyUrl: 'https://example.org/apply/a',
  }),
  sample({
    id: 'c',
    title: 'Closed internship',
    kind: 'internship',
    applyBy: inDays(-2),
    applyUrl: 'https://example.org/apply/c',
  }),
];

const opened = (el: ApprenticeBoard) => $(el, '[part=detail]');
async function open(el: ApprenticeBoard, title: string) {
  const button = $$(el, '[part~=card] .open').find((b) => b.textContent!.trim() === title)!;
  button.click();
  await settled(el, () => opened(el) !== null);
  return button;
}

describe('<apprentice-board>: detail', () => {
  it('opens in a modal dialog with focus, sanitized description and JSON-LD, and closes back to the card', async () => {
    const el = await board(createMemoryAdapter({ listings }));
    await settled(el, () => titles(el).length === 2);
    setTimeout(() => void open(el, 'Data analyst micro-apprenticeship'));
    const event = (await oneEvent(el, 'mp-listing-open')) as MpListingOpenEvent;
    expect(event.listing.id).to.equal('a b/1');
    await settled(el, () => $(el, '[part=description] b') !== null, 'description did not render');
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(el.shadowRoot!.activeElement!.id).to.equal('detail-title');
    const description = $(el, '[part=description]')!;
    expect(description.querySelector('h3')!.textContent).to.equal('What you do');
    expect(description.querySelector('script, [onerror]')).to.equal(null);
    expect(description.querySelector('a')!.hasAttribute('href')).to.equal(false);
    const ld = JSON.parse(
      el.querySelector('script[type="application/ld+json"]')!.textContent!,
    ) as Record<string, unknown>;
    expect(ld['@type']).to.equal('JobPosting');
    expect(ld.title).to.equal('Data analyst micro-apprenticeship');
    expect(ld).to.not.have.property('employmentType'); // neither the feed nor the kind says
    expect(ld.jobLocationType).to.equal('TELECOMMUTE');
    expect(ld.applicantLocationRequirements).to.deep.equal([{ '@type': 'Country', name: 'DE' }]);
    expect(ld.baseSalary).to.deep.equal({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 18, maxValue: 22, unitText: 'HOUR' },
    });
    expect(ld.datePosted).to.equal('2026-11-01');
    expect(ld.directApply).to.equal(true);
    expect(String(ld.description)).to.contain('<b>real</b>');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await settled(el, () => !dialog.open && opened(el) === null);
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal(
      'Data analyst micro-apprenticeship',
    );
    expect((window as { __detailXss?: number }).__detailXss).to.equal(undefined);
  });

  it('opens inline in place of the list, and the close button returns focus', async () => {
    const el = await board(createMemoryAdapter({ listings }), { detail: 'inline' });
    await settled(el, () => titles(el).length === 2);
    await open(el, 'Data analyst micro-apprenticeship');
    expect($(el, 'dialog')).to.equal(null);
    expect($(el, '[part=list]')).to.equal(null);
    expect(el.shadowRoot!.activeElement!.id).to.equal('detail-title');
    $(el, '[part=close]')!.click();
    await settled(el, () => titles(el).length === 2);
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal(
      'Data analyst micro-apprenticeship',
    );
  });

  it('fires a cancelable mp-apply; preventDefault stops the navigation', async () => {
    const adapter = createMemoryAdapter({ listings });
    const plain: ListingsAdapter = { listListings: (q, c) => adapter.listListings(q, c) };
    const el = await board(plain, { detail: 'inline' });
    await settled(el, () => titles(el).length === 2);
    await open(el, 'Data analyst micro-apprenticeship');
    const link = $<HTMLAnchorElement>(el, '[part=apply]')!;
    expect(link.href).to.equal('https://example.org/apply/a');
    expect(link.textContent!.trim()).to.equal('Apply');
    expect($(el, '[part=apply-here]')).to.equal(null);
    el.addEventListener('mp-apply', (e) => e.preventDefault(), { once: true });
    let seen: MpApplyEvent | undefined;
    el.addEventListener('mp-apply', (e) => (seen = e), { once: true });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
    expect(seen!.url).to.equal('https://example.org/apply/a');
  });

  it('keeps a posting whose apply link is an email or unusable: a mail link, or no link', async () => {
    const adapter = createMemoryAdapter({
      listings: [
        sample({ id: 'm', title: 'Baker apprentice', applyUrl: 'mailto:jobs@oven.example' }),
        sample({ id: 'j', title: 'Welder apprentice', applyUrl: 'javascript:alert(1)' }),
      ],
    });
    const plain: ListingsAdapter = { listListings: (q, c) => adapter.listListings(q, c) };
    const el = await board(plain, { detail: 'inline' });
    await settled(el, () => titles(el).length === 2);
    expect(el.shadowRoot!.textContent).to.not.contain('could not be shown');
    await open(el, 'Baker apprentice');
    const link = $<HTMLAnchorElement>(el, '[part=apply]')!;
    expect(link.href).to.equal('mailto:jobs@oven.example');
    expect(link.textContent!.trim()).to.equal('Apply by email');
    expect(link.hasAttribute('target')).to.equal(false);
    await expect(el).to.be.accessible();
    $(el, '[part=close]')!.click();
    await settled(el, () => !opened(el));
    await open(el, 'Welder apprentice');
    expect($(el, '[part=apply]')).to.equal(null);
  });

  it('keeps the way to apply on screen below a long description on a narrow board', async () => {
    const long = sample({
      id: 'long',
      title: 'Long posting',
      descriptionHtml: '<p>Company boilerplate, again and again.</p>'.repeat(300),
      applyUrl: 'https://example.org/apply/long',
    });
    const el = await board(createMemoryAdapter({ listings: [long] }), { detail: 'inline' });
    el.style.inlineSize = '360px';
    await settled(el, () => titles(el).length === 1);
    await open(el, 'Long posting');
    await settled(el, () => !$(el, '[part=description]')!.textContent!.includes('Loading'));
    const detail = $(el, '[part=detail]')!;
    expect(detail.getBoundingClientRect().height).to.be.above(innerHeight * 3);
    const apply = $(el, '[part=apply]')!.getBoundingClientRect();
    expect(apply.top, 'on screen').to.be.within(0, innerHeight - apply.height);
    // Wide boards keep it after the description.
    el.style.inlineSize = '900px';
    await new Promise(requestAnimationFrame);
    expect($(el, '[part=apply]')!.getBoundingClientRect().top).to.be.above(innerHeight);
    el.style.inlineSize = '';
  });

  it('names the employer from organization-name when the feed only has its slug', async () => {
    const adapter = createMemoryAdapter({
      listings: [
        sample({
          id: 's',
          title: 'Data intern',
          organization: { name: 'bjakcareer' },
          postedAt: '2026-11-02',
          workplace: 'remote',
        }),
      ],
    });
    const el = await board(adapter, { detail: 'inline' });
    el.setAttribute('organization-name', 'BJAK');
    el.setAttribute('organization-logo', 'https://bjak.example/logo.png');
    await settled(el, () => titles(el).length === 1);
    expect(el.shadowRoot!.textContent).to.contain('BJAK');
    expect(el.shadowRoot!.textContent).to.not.contain('bjakcareer');
    await open(el, 'Data intern');
    const ld = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!) as {
      hiringOrganization: { name: string; logo: string };
    };
    expect(ld.hiringOrganization).to.deep.include({
      name: 'BJAK',
      logo: 'https://bjak.example/logo.png',
    });
  });

  it('shows the employment type the feed states on the card', async () => {
    const el = await board(
      createMemoryAdapter({
        listings: [sample({ id: 'p', title: 'Barista', employmentType: 'part-time' })],
      }),
    );
    await settled(el, () => titles(el).length === 1);
    expect($(el, '[part~=employment]')!.textContent!.trim()).to.equal('Part-time');
  });

  it('says when applications are closed', async () => {
    const el = await board(createMemoryAdapter({ listings }), { detail: 'inline' });
    await settled(el, () => titles(el).length === 2);
    await open(el, 'Closed internship');
    expect($(el, '[part=closed-note]')!.textContent).to.contain('closed');
    expect($(el, '[part=apply]')).to.equal(null);
  });
});

describe('<apprentice-board>: embedded application', () => {
  async function openForm(adapter: ListingsAdapter) {
    const el = await board(adapter, { detail: 'inline' });
    await settled(el, () => titles(el).length === 2);
    await open(el, 'Data analyst micro-apprenticeship');
    $(el, '[part=apply-here]')!.click();
    await settled(el, () => $(el, '[part=application]') !== null);
    return el;
  }
  const input = (el: ApprenticeBoard, id: string) =>
    $<HTMLInputElement & HTMLTextAreaElement>(el, `#apply-${id}`)!;
  function fill(el: ApprenticeBoard, id: string, value: string | boolean) {
    const field = input(el, id);
    if (typeof value === 'boolean') {
      field.checked = value;
      field.dispatchEvent(new Event('change'));
    } else {
      field.value = value;
      field.dispatchEvent(new InputEvent('input'));
    }
  }

  it('validates inline, focusing the first error, then sends and confirms', async () => {
    const adapter = createMemoryAdapter({ listings });
    const el = await openForm(adapter);
    expect(el.shadowRoot!.activeElement!.id).to.equal('apply-name');
    await expect(el).to.be.accessible();
    $(el, '[part=submit]')!.click();
    await settled(el, () => $$(el, '.error').length === 3);
    expect(el.shadowRoot!.activeElement!.id).to.equal('apply-name');
    expect(input(el, 'name').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'name').getAttribute('aria-describedby')).to.equal('apply-name-error');
    expect($(el, '#apply-email-error')!.textContent).to.contain('email address');
    await expect(el).to.be.accessible();
    fill(el, 'name', 'Lea Park');
    fill(el, 'email', 'lea@example.org');
    fill(el, 'links', 'javascript:alert(1)');
    fill(el, 'consent', true);
    $(el, '[part=submit]')!.click();
    await settled(el, () => $(el, '#apply-links-error') !== null);
    expect(el.shadowRoot!.activeElement!.id).to.equal('apply-links');
    fill(el, 'links', 'https://github.com/lea\nhttps://lea.example.org');
    fill(el, 'message', 'I love data.');
    $(el, '[part=submit]')!.click();
    await settled(el, () => $(el, '[part=receipt]') !== null);
    expect($(el, '[part=receipt]')!.textContent).to.contain(
      'Northwind Labs has received your application',
    );
    expect(el.shadowRoot!.activeElement!.getAttribute('part')).to.equal('receipt');
    expect(adapter.applications).to.have.length(1);
    expect(adapter.applications[0]).to.include({
      name: 'Lea Park',
      email: 'lea@example.org',
      message: 'I love data.',
      listingId: 'a b/1',
    });
    expect(adapter.applications[0]!.links).to.deep.equal([
      'https://github.com/lea',
      'https://lea.example.org',
    ]);
  });

  it('keeps everything typed when sending fails, and the retry sends once', async () => {
    const memory = createMemoryAdapter({ listings });
    let attempts = 0;
    const flaky: ListingsAdapter = {
      listListings: (q, c) => memory.listListings(q, c),
      async apply(id, application, ctx) {
        if (++attempts === 1) throw new AdapterError('network', 'offline');
        return memory.apply(id, application, ctx);
      },
    };
    const el = await openForm(flaky);
    fill(el, 'name', 'Kofi Mensah');
    fill(el, 'email', 'kofi@example.org');
    fill(el, 'message', 'Hello');
    fill(el, 'consent', true);
    let errors = 0;
    el.addEventListener('mp-error', () => errors++);
    $(el, '[part=submit]')!.click();
    await settled(el, () => $(el, '[part=apply-error]') !== null);
    expect($(el, '[part=apply-error]')!.textContent).to.contain('Could not reach the server');
    expect(errors).to.equal(1);
    expect(input(el, 'name').value).to.equal('Kofi Mensah');
    expect(input(el, 'message').value).to.equal('Hello');
    expect(input(el, 'consent').checked).to.equal(true);
    expect($(el, '[part=submit]')!.textContent!.trim()).to.equal('Try again');
    $(el, '[part=submit]')!.click();
    await settled(el, () => $(el, '[part=receipt]') !== null);
    expect(memory.applications).to.have.length(1);
  });

  it('disables the button while sending, so a double click sends once', async () => {
    const memory = createMemoryAdapter({ listings, latencyMs: 150 });
    const el = await openForm(memory);
    fill(el, 'name', 'Sam');
    fill(el, 'email', 'sam@example.org');
    fill(el, 'consent', true);
    const submit = $<HTMLButtonElement>(el, '[part=submit]')!;
    submit.click();
    submit.click();
    $(el, '[part=application]')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settled(el, () => submit.disabled, 'the button was not disabled while sending');
    expect(submit.textContent!.trim()).to.equal('Sending…');
    await settled(el, () => $(el, '[part=receipt]') !== null);
    expect(memory.applications).to.have.length(1);
  });
});

describe('<apprentice-board>: a feed’s broken list markup', () => {
  it('shows a real Lever posting whose list holds a <div> with lists made of list items', async () => {
    // people.ai's "Director of IT" (recorded): its list content is `<div><li>…</li>…</div>`.
    const adapter = leverAdapter({
      site: 'people-ai',
      apiBase: '/ats/lever',
      company: 'People.ai',
    });
    const el = await board(adapter);
    await settled(el, () => titles(el).includes('Director of IT'));
    await open(el, 'Director of IT');
    await settled(el, () => Boolean($(el, '[part=description] li')));
    const description = $(el, '[part=description]')!;
    for (const list of description.querySelectorAll('ul, ol'))
      for (const child of list.children) expect(child.localName).to.equal('li');
    for (const item of description.querySelectorAll('li'))
      expect(item.parentElement!.localName).to.be.oneOf(['ul', 'ol']);
    await expect(el).to.be.accessible();
  });
});
