/**
 * Credentials from a wallet: "Request from your wallet" opens an exchange with the backend,
 * shows it as a QR code and a Learner Credential Wallet link, waits for the wallet, and checks
 * what it sends like any other credential, bound to the holder who signed the presentation
 * (not to the e-mail typed). The application carries the exchange, for the server to bind them
 * again. The backend here is a scripted one; the wallet signs with a did:key.
 */
import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import type { ApprenticeBoard } from '../../../packages/micropath/src/apprentice-board/apprentice-board.ts';
import type {
  Exchange,
  ExchangeState,
} from '../../../packages/micropath/src/core/models/exchange.ts';
import { board, $, $$, titles, settled, sample } from '../../support/board-helpers.ts';
import {
  ESCO_SQL as SQL,
  presentationBy,
  sqlCredentialAbout,
  testKey,
  type TestKey,
} from '../../support/sign-data-integrity.ts';

const listings = [
  sample({
    id: 'data',
    title: 'Data apprentice',
    skills: [{ label: 'SQL', id: SQL, framework: 'ESCO' }, 'Python'],
    applyUrl: 'https://example.org/apply',
  }),
];

/** A backend that hosts one exchange at a time; the test answers it as the wallet would. */
function walletBackend(states: ExchangeState['state'][] = []) {
  let answer!: (state: ExchangeState) => void;
  let started = 0;
  const exchange = (): Exchange => ({
    id: `ex_${started}`,
    url: `https://jobs.example/api/exchanges/ex_${started}`,
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
    token: `page-secret-${started}`,
  });
  const adapter = Object.assign(createMemoryAdapter({ listings }), {
    async startExchange(listingId: string) {
      expect(listingId).to.equal('data');
      started++;
      return exchange();
    },
    async getExchange(asked: Exchange): Promise<ExchangeState> {
      const scripted = states.shift();
      if (scripted) return { id: asked.id, state: scripted, expiresAt: asked.expiresAt };
      return new Promise((resolve) => (answer = resolve));
    },
  });
  return {
    adapter,
    get started() {
      return started;
    },
    answer: (state: ExchangeState) => answer(state),
  };
}

let issuer: TestKey;
let wallet: TestKey;
before(async () => {
  [issuer, wallet] = await Promise.all([testKey(), testKey()]);
});

const credentialAbout = (subject: string) => sqlCredentialAbout(issuer, subject);
const presentationOf = (credentials: Record<string, unknown>[]) =>
  presentationBy(wallet, credentials, { challenge: 'c1', domain: location.origin });

const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
function type(el: ApprenticeBoard, id: string, value: string) {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
}
const button = (el: ApprenticeBoard, label: string) =>
  $$<HTMLButtonElement>(el, '.wallet button').find((b) => text(b) === label);
const walletState = (el: ApprenticeBoard) => text($(el, '.wallet-state'));
const credentials = (el: ApprenticeBoard) => $$(el, '[part~=applied-credential]').map(text);

async function openForm(adapter: ReturnType<typeof walletBackend>['adapter']) {
  const el = await board(adapter, { detail: 'inline' });
  await settled(el, () => titles(el).length === 1);
  $$(el, '[part~=card] .open')[0]!.click();
  await settled(el, () => $(el, '[part=apply-here]') !== null);
  $(el, '[part=apply-here]')!.click();
  await settled(el, () => $(el, '[part=application]') !== null);
  type(el, 'apply-name', 'Ada Lindqvist');
  type(el, 'apply-email', 'ada@example.org');
  return el;
}

describe('<apprentice-board>: credentials from a wallet', () => {
  it('shows the request, takes the wallet’s credentials as the holder’s, and sends the exchange', async () => {
    const backend = walletBackend();
    const el = await openForm(backend.adapter);
    button(el, 'Request from your wallet')!.click();
    await settled(el, () => $(el, '[part=wallet-request]') !== null, 'no request shown');

    const link = $<HTMLAnchorElement>(el, '[part=wallet-link]')!;
    const url = new URL(link.href);
    expect(url.origin + url.pathname).to.equal('https://lcw.app/request');
    expect(JSON.parse(url.searchParams.get('request')!)).to.deep.equal({
      credentialRequestOrigin: location.origin,
      protocols: { vcapi: 'https://jobs.example/api/exchanges/ex_1' },
    });
    await settled(el, () => $(el, '[part=wallet-qr]') !== null, 'no QR code');
    const qr = $<HTMLImageElement>(el, '[part=wallet-qr]')!;
    expect(qr.alt).to.equal('QR code of the request for your wallet');
    expect(qr.src).to.match(/^data:image\/svg\+xml,/);
    expect(walletState(el)).to.match(/^Waiting for your wallet… The request expires at /);
    expect(text($(el, '.wallet-address'))).to.equal('https://jobs.example/api/exchanges/ex_1');
    await expect(el).to.be.accessible();

    // The wallet answers with one credential about its holder and one about someone else.
    const stranger = await testKey();
    const presentation = await presentationOf([
      await credentialAbout(wallet.did),
      await credentialAbout(stranger.did),
    ]);
    backend.answer({
      id: 'ex_1',
      state: 'complete',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
      holder: wallet.did,
      presentation,
    });
    await settled(
      el,
      () => credentials(el).length === 2 && credentials(el).every((c) => !c.includes('Checking')),
      'the wallet’s credentials were not checked',
    );
    expect(walletState(el)).to.equal('Credentials your wallet sent: 2.');
    expect(credentials(el)[0]).to.equal('SQL Basics · ' + issuer.did + ' Verified Remove');
    expect(credentials(el)[1]).to.contain('not shown to be yours');
    expect(text($(el, '.match-summary'))).to.equal(
      '1 of 2 required skills shown by verified credentials',
    );
    // The holder's credential stays theirs whatever e-mail is typed.
    type(el, 'apply-email', 'someone@example.org');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(text($(el, '.match-summary'))).to.equal(
      '1 of 2 required skills shown by verified credentials',
    );
    await expect(el).to.be.accessible();

    const consent = $<HTMLInputElement>(el, '#apply-consent')!;
    consent.checked = true;
    consent.dispatchEvent(new Event('change'));
    $(el, '[part=submit]')!.click();
    await settled(el, () => $(el, '[part=receipt]') !== null);
    const [sent] = backend.adapter.applications;
    expect(sent!.exchange).to.deep.equal({ id: 'ex_1', token: 'page-secret-1' });
    expect(sent!.credentials).to.have.length(2);
  });

  it('says when the request expired, and asks again on request', async () => {
    const backend = walletBackend(['expired']);
    const el = await openForm(backend.adapter);
    button(el, 'Request from your wallet')!.click();
    await settled(el, () => walletState(el).includes('expired'), 'not expired');
    expect(walletState(el)).to.equal('The request expired before your wallet answered.');
    expect($(el, '[part=wallet-request]')).to.equal(null);
    await expect(el).to.be.accessible();
    button(el, 'Request again')!.click();
    await settled(el, () => $(el, '[part=wallet-request]') !== null, 'not asked again');
    expect(backend.started).to.equal(2);
    // Typed answers are untouched by all of it.
    expect($<HTMLInputElement>(el, '#apply-name')!.value).to.equal('Ada Lindqvist');
    button(el, 'Stop waiting')!.click();
    await settled(el, () => button(el, 'Request from your wallet') !== undefined);
  });

  it('stops asking when the board leaves the page, and offers the request again when it is back', async () => {
    const backend = walletBackend();
    const el = await openForm(backend.adapter);
    button(el, 'Request from your wallet')!.click();
    await settled(el, () => $(el, '[part=wallet-request]') !== null, 'no request shown');
    const parent = el.parentNode!;
    el.remove();
    parent.appendChild(el);
    await settled(el, () => button(el, 'Request from your wallet') !== undefined, 'still waiting');
    expect($(el, '[part=wallet-request]')).to.equal(null);
    expect($<HTMLInputElement>(el, '#apply-name')!.value).to.equal('Ada Lindqvist');
  });

  it('offers no wallet when the backend hosts no exchanges', async () => {
    const el = await board(createMemoryAdapter({ listings }), { detail: 'inline' });
    await settled(el, () => titles(el).length === 1);
    $$(el, '[part~=card] .open')[0]!.click();
    await settled(el, () => $(el, '[part=apply-here]') !== null);
    $(el, '[part=apply-here]')!.click();
    await settled(el, () => $(el, '[part=application]') !== null);
    expect($(el, '.wallet')).to.equal(null);
  });
});
