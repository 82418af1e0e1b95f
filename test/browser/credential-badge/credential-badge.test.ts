import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import type { MpVerifiedEvent } from '../../../packages/micropath/src/credential-badge/events.ts';
import {
  $,
  $$,
  badge,
  fakeWeb,
  files,
  sampleBytes,
  signedCredential,
  statusListCredential,
  tamperClaim,
  text,
  verdictOf,
} from '../../support/badge-helpers.ts';

const sampleJwt = files['ob3-vcjwt-rs256.jwt']!.text!;
/** The key the 1EdTech sample carries in its header, published as its issuer's key set. */
const sampleIssuerKeys = () => {
  const header = JSON.parse(atob(sampleJwt.split('.')[0]!.replace(/-/g, '+').replace(/_/g, '/')));
  return fakeWeb({
    'https://1edtech.edu/.well-known/jwks.json': JSON.stringify({ keys: [header.jwk] }),
  });
};
const statusUrl = 'https://status.example/lists/3';
/** Claims pointing at bit 8 of the issuer's status list at `statusUrl`. */
const revocableAt8 = {
  credentialStatus: {
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: '8',
    statusListCredential: statusUrl,
  },
};

describe('<credential-badge>', () => {
  it('shows the 1EdTech VC-JWT sample as verified once its issuer publishes the key, with its checks in order', async () => {
    const web = sampleIssuerKeys();
    const el = await badge(
      html`<credential-badge
        lang="en"
        .adapter=${{ getCredential: async () => sampleJwt, fetch: web.fetch }}
        credential-id="x"
      ></credential-badge>`,
    );
    expect(await verdictOf(el)).to.equal('Verified');
    expect(text(el, '[part=name]')).to.equal('Teamwork');
    expect(text(el, '[part=issuer]')).to.contain('Issued by Example Corp');
    expect(text(el, '[part=verification]')).to.contain('Signed by Example Corp');
    expect($(el, '[part=warnings]')).to.equal(null);
    const summary = $(el, 'summary')!;
    summary.click();
    await el.updateComplete;
    const labels = $$(el, '[part=checks] li strong').map((s) => s.textContent);
    expect(labels).to.deep.equal([
      'Format',
      'Contents',
      'Signature',
      'Issuer’s key',
      'Revocation',
      'Validity period',
      'Trusted issuer',
      'Recipient',
    ]);
    expect(el.report?.verdict).to.equal('verified');
    await expect(el).to.be.accessible();
  });

  it('fires mp-verified with the report and the view', async () => {
    const { jws } = await signedCredential();
    const el = document.createElement('credential-badge');
    const verified = oneEvent(el, 'mp-verified') as Promise<MpVerifiedEvent>;
    el.credential = jws;
    document.body.append(el);
    const event = await verified;
    expect(event.report.verdict).to.equal('verified');
    expect(event.view.name).to.equal('Teamwork');
    expect(event.composed).to.equal(true);
    el.remove();
  });

  it('says a tampered credential is invalid and presents no claim as trusted', async () => {
    const { jws } = await signedCredential();
    const forged = tamperClaim(jws, (vc) => (vc.credentialSubject.achievement.name = 'Surgeon'));
    const el = await badge(html`<credential-badge .credential=${forged}></credential-badge>`);
    expect(await verdictOf(el)).to.equal('Invalid');
    expect(text(el, '[part=name]')).to.equal('Surgeon');
    expect(text(el, '[part=verification]')).to.contain('Do not trust');
    expect(text(el, '[part=issuer]')).to.equal('Claims to be from “Example College”');
    expect($(el, '[part=share] a[href*="linkedin"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps an expired credential visible and says it expired', async () => {
    const { jws } = await signedCredential({ validUntil: '2025-06-30T00:00:00Z' });
    const el = await badge(html`<credential-badge .credential=${jws}></credential-badge>`);
    expect(await verdictOf(el)).to.equal('Expired');
    expect(text(el, '[part=name]')).to.equal('Teamwork');
    expect(text(el, '[part=dates]')).to.match(/Expired\s*June 30, 2025/);
    expect(text(el, '[part=verification]')).to.contain('has expired');
  });

  it('says revoked when the issuer’s signed status list marks it', async () => {
    const { jws, sign, credential } = await signedCredential(revocableAt8);
    const list = await sign(await statusListCredential(statusUrl, credential.issuer, [8]));
    const web = fakeWeb({ [statusUrl]: list });
    const el = await badge(
      html`<credential-badge
        .adapter=${{ getCredential: async () => jws, fetch: web.fetch }}
        credential-id="x"
      ></credential-badge>`,
    );
    expect(await verdictOf(el)).to.equal('Revoked');
    expect(web.calls.map((c) => c.url)).to.include(statusUrl);
  });

  it('does not believe a status list signed by someone else', async () => {
    const { jws, credential } = await signedCredential(revocableAt8);
    const stranger = await signedCredential();
    const list = await stranger.sign(await statusListCredential(statusUrl, credential.issuer, []));
    const web = fakeWeb({ [statusUrl]: list });
    const el = await badge(
      html`<credential-badge
        .adapter=${{ getCredential: async () => jws, fetch: web.fetch }}
        credential-id="x"
      ></credential-badge>`,
    );
    expect(await verdictOf(el)).to.equal('Not verified');
    expect(el.report!.checks.find((c) => c.id === 'status')!.message).to.contain(
      'The signature on the issuer’s status list does not hold',
    );
  });

  it('reads "not verified" when the issuer’s keys cannot be fetched', async () => {
    const { jws } = await signedCredential({}, { issuer: () => 'https://college.example' });
    const el = await badge(html`<credential-badge .credential=${jws}></credential-badge>`);
    expect(await verdictOf(el)).to.equal('Not verified');
    expect(text(el, '[part=issuer]')).to.contain('Claims to be from “Example College”');
    expect(text(el, '[part=verification]')).to.contain(
      'Could not confirm that “Example College” signed this',
    );
  });

  it('warns about an issuer off the trusted-issuers list without changing the verdict', async () => {
    const { jws } = await signedCredential();
    const el = await badge(
      html`<credential-badge
        trusted-issuers="https://college.example https://other.example"
        .credential=${jws}
      ></credential-badge>`,
    );
    expect(await verdictOf(el)).to.equal('Verified');
    expect(el.trustedIssuers).to.deep.equal(['https://college.example', 'https://other.example']);
    expect(text(el, '[part=warnings]')).to.contain('not on this page’s trusted list');
  });

  it('checks a hashed recipient against an email the visitor types', async () => {
    const salt = 'pepper';
    const digest = await crypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode('ada@example.org' + salt),
    );
    const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const { jws } = await signedCredential({
      credentialSubject: {
        identifier: [
          { identityHash: `sha256$${hex}`, hashed: true, salt, identityType: 'emailAddress' },
        ],
        achievement: { name: 'Teamwork' },
      },
    });
    const el = await badge(html`<credential-badge .credential=${jws}></credential-badge>`);
    await verdictOf(el);
    $(el, 'summary')!.click();
    const input = $<HTMLInputElement>(el, '[part=recipient-check] input')!;
    const check = async (email: string) => {
      input.value = email;
      $<HTMLButtonElement>(el, '[part=recipient-check] button')!.click();
      await waitUntil(() => text(el, '[role=status].visually-hidden').includes(email.trim()), '', {
        timeout: 4000,
      });
    };
    await check('someone@example.org');
    expect(text(el, '[role=status].visually-hidden')).to.equal(
      'Not issued to someone@example.org.',
    );
    await check('Ada@example.org ');
    expect(text(el, '[part=checks] .check-pass:last-child')).to.contain(
      'Issued to Ada@example.org',
    );
    expect(await verdictOf(el)).to.equal('Verified');
  });

  it('renders every field of hostile JSON as text and runs nothing', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const hostile = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'javascript:alert(1)', name: payload, url: 'javascript:alert(1)' },
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: {
        achievement: {
          name: payload,
          description: payload,
          criteria: { narrative: `**Earned** by ${payload} [x](javascript:alert(1))` },
          tag: [payload],
          alignment: [{ targetName: payload, targetUrl: 'javascript:alert(1)' }],
        },
      },
    };
    const el = await badge(
      html`<credential-badge layout="full" .credential=${hostile}></credential-badge>`,
    );
    expect(await verdictOf(el)).to.equal('Invalid'); // no proof at all
    await waitUntil(() => $(el, '[part=criteria] strong'), 'criteria markdown not rendered');
    expect(text(el, '[part=name]')).to.equal(payload);
    expect(text(el, '[part=tags]')).to.contain('<script>');
    expect($$(el, 'script')).to.have.length(0);
    expect($$(el, '[part=criteria] img[onerror], [onerror]')).to.have.length(0);
    expect($$(el, 'a').some((a) => a.getAttribute('href')?.startsWith('javascript:'))).to.equal(
      false,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('explains what is wrong with a truncated JWT, and can try again', async () => {
    const { jws } = await signedCredential();
    const el = await badge(
      html`<credential-badge .credential=${jws.slice(0, 40)}></credential-badge>`,
    );
    await waitUntil(() => $(el, '[part=message].error'));
    expect(text(el, '[part=message]')).to.contain('This credential cannot be shown.');
    expect($(el, '[part=message] button')!.textContent).to.contain('Try again');
    await expect(el).to.be.accessible();
  });

  it('loads src through the adapter’s fetch hook with a fitting Accept header, and unbakes PNGs', async () => {
    const url = 'https://college.example/badges/simple-json.png';
    const web = fakeWeb({ [url]: () => new Response(sampleBytes('ob30/simple-json.png')) });
    const el = await badge(
      html`<credential-badge
        .adapter=${{ getCredential: async () => null, fetch: web.fetch }}
        src=${url}
      ></credential-badge>`,
    );
    await verdictOf(el);
    expect(web.calls[0]!.url).to.equal(url);
    expect(web.calls[0]!.accept).to.contain('application/vc+ld+json');
    expect(web.calls[0]!.accept).to.contain('image/png');
    expect(text(el, '[part=name]')).to.equal('Teamwork');
  });

  it('refuses plain-http links from an https page, and says a withdrawn credential is gone', async () => {
    const web = fakeWeb({
      'https://college.example/gone': () => new Response('', { status: 410 }),
    });
    const el = await badge(
      html`<credential-badge
        .adapter=${{ getCredential: async () => null, fetch: web.fetch }}
        src="https://college.example/gone"
      ></credential-badge>`,
    );
    await waitUntil(() => $(el, '[part=message].error'));
    expect(text(el, '[part=message]')).to.contain('withdrawn');
    const { allowedUrl } =
      await import('../../../packages/micropath/src/credential-badge/lookups.ts');
    const page = new URL('https://college.example/page');
    expect(() => allowedUrl('http://other.example/a.json', page)).to.throw('only follows https');
    expect(allowedUrl('/a.json', page).href).to.equal('https://college.example/a.json');
    expect(allowedUrl('http://localhost:1/a', new URL('http://localhost:8080/')).href).to.equal(
      'http://localhost:1/a',
    );
  });

  it('shows a credential from credential-id through the adapter', async () => {
    const { jws } = await signedCredential();
    const adapter = createMemoryAdapter({ credentials: { teamwork: jws } });
    const el = await badge(
      html`<credential-badge .adapter=${adapter} credential-id="teamwork"></credential-badge>`,
    );
    expect(await verdictOf(el)).to.equal('Verified');
  });

  it('shows the not-configured state when credential-id has no backend, and a hint when empty', async () => {
    const el = await badge(html`<credential-badge credential-id="teamwork"></credential-badge>`);
    expect($(el, '[part=not-configured]')).to.not.equal(null);
    const empty = await badge(html`<credential-badge></credential-badge>`);
    expect(text(empty, '[part=not-configured]')).to.contain('No credential to show');
    await expect(empty).to.be.accessible();
  });

  it('renders the criteria narrative as sanitized markdown in the full layout', async () => {
    const el = await badge(
      html`<credential-badge
        layout="full"
        .credential=${files['ob30/complete.json']!.json}
      ></credential-badge>`,
    );
    expect(await verdictOf(el)).to.equal('Not verified'); // embedded Data Integrity proof
    await waitUntil(() => $(el, '[part=criteria] h4'), 'markdown heading not rendered');
    expect(text(el, '[part=criteria] h4')).to.equal('Degree Requirements');
    expect(text(el, '[part=name]')).to.equal('1EdTech University Degree');
    await expect(el).to.be.accessible();
  });

  it('offers LinkedIn, download and print for a verified credential', async () => {
    const { jws } = await signedCredential({
      id: 'https://college.example/credentials/42',
      validFrom: '2025-03-15T00:00:00Z',
      validUntil: '2027-03-15T00:00:00Z',
    });
    const el = await badge(html`<credential-badge .credential=${jws}></credential-badge>`);
    await verdictOf(el);
    const linkedIn = new URL($<HTMLAnchorElement>(el, '[part=share] a')!.href);
    expect(Object.fromEntries(linkedIn.searchParams)).to.include({
      startTask: 'CERTIFICATION_NAME',
      name: 'Teamwork',
      organizationName: 'Example College',
      issueYear: '2025',
      issueMonth: '3',
      expirationYear: '2027',
      expirationMonth: '3',
      certUrl: 'https://college.example/credentials/42',
      certId: 'https://college.example/credentials/42',
    });
    const downloads: HTMLAnchorElement[] = [];
    el.shadowRoot!.addEventListener('click', (event) => {
      const target = event.target as HTMLElement;
      if (target instanceof HTMLAnchorElement && target.download) {
        event.preventDefault();
        downloads.push(target);
      }
    });
    const buttons = $$(el, '[part=share] button');
    buttons.find((b) => b.textContent!.includes('Download'))!.click();
    expect(downloads[0]!.download).to.equal('teamwork.jwt');
    expect(downloads[0]!.href).to.match(/^blob:/);
  });

  it('copies the credential’s link and says so', async () => {
    const { jws } = await signedCredential({ id: 'https://college.example/credentials/7' });
    const el = await badge(html`<credential-badge .credential=${jws}></credential-badge>`);
    await verdictOf(el);
    const copied: string[] = [];
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (value: string) => void copied.push(value);
    try {
      $$(el, '[part=share] button')
        .find((b) => b.textContent!.includes('Copy link'))!
        .click();
      await waitUntil(() => text(el, '[role=status].visually-hidden') !== '');
    } finally {
      navigator.clipboard.writeText = original;
    }
    expect(copied).to.deep.equal(['https://college.example/credentials/7']);
    expect(text(el, '[role=status].visually-hidden')).to.equal('Link copied.');
  });

  it('opens every checklist before printing', async () => {
    const el = await badge(html`<credential-badge .credential=${sampleJwt}></credential-badge>`);
    await verdictOf(el);
    expect($<HTMLDetailsElement>(el, 'details')!.open).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect($<HTMLDetailsElement>(el, 'details')!.open).to.equal(true);
  });
});
