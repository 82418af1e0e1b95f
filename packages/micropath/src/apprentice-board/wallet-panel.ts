/**
 * The wallet part of "Your credentials": a button that opens a request, then the request as a
 * QR code and a Learner Credential Wallet link (any VC-API wallet can use the address below
 * them), what the page is waiting for and until when, and what came back.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Exchange } from '../core/models/exchange.ts';
import type { WalletStatus } from './wallet-request.ts';

export interface WalletContext {
  status: WalletStatus;
  link?: string;
  qrCode?: string;
  exchange?: Exchange;
  received: number;
  failure?: string;
  locale: string;
  start: () => void;
  cancel: () => void;
}

const until = (ctx: WalletContext) =>
  ctx.exchange
    ? new Intl.DateTimeFormat(ctx.locale, { timeStyle: 'short' }).format(
        new Date(ctx.exchange.expiresAt),
      )
    : '';

/** What the page is doing with the wallet, announced as it changes. */
function stateText(ctx: WalletContext): string {
  switch (ctx.status) {
    case 'starting':
      return msg('Opening a request for your wallet…');
    case 'waiting': {
      const time = until(ctx);
      return msg(str`Waiting for your wallet… The request expires at ${time}.`);
    }
    case 'expired':
      return msg('The request expired before your wallet answered.');
    case 'failed':
      return ctx.failure ?? '';
    case 'received': {
      const count = ctx.received;
      return msg(str`Credentials your wallet sent: ${count}.`);
    }
    default:
      return '';
  }
}

function request(ctx: WalletContext) {
  return html`<div part="wallet-request" class="wallet-request">
    <p>
      ${msg(
        'Open this request in your wallet: scan the code with your phone, or open the link on this device.',
      )}
    </p>
    ${
      ctx.qrCode
        ? html`<img
            part="wallet-qr"
            class="wallet-qr"
            src=${ctx.qrCode}
            width="160"
            height="160"
            alt=${msg('QR code of the request for your wallet')}
          />`
        : nothing
    }
    <p>
      <a part="wallet-link" href=${ctx.link ?? '#'} target="_blank" rel="noopener noreferrer"
        >${msg('Open in the Learner Credential Wallet')}</a
      >
    </p>
    <p class="hint">
      ${msg('Another wallet that speaks VC-API can use this address:')}
      <code class="wallet-address">${ctx.exchange?.url}</code>
    </p>
  </div>`;
}

function action(ctx: WalletContext) {
  switch (ctx.status) {
    case 'starting':
      return nothing;
    case 'waiting':
      return html`<button type="button" @click=${ctx.cancel}>${msg('Stop waiting')}</button>`;
    case 'expired':
      return html`<button type="button" @click=${ctx.start}>${msg('Request again')}</button>`;
    case 'failed':
      return html`<button type="button" @click=${ctx.start}>${msg('Try again')}</button>`;
    case 'received':
      return html`<button type="button" @click=${ctx.start}>
        ${msg('Request from your wallet again')}
      </button>`;
    default:
      return html`<button type="button" part="wallet-start" @click=${ctx.start}>
        ${msg('Request from your wallet')}
      </button>`;
  }
}

export function renderWallet(ctx: WalletContext | undefined) {
  if (!ctx) return nothing;
  return html`<div class="wallet">
    ${ctx.status === 'waiting' ? request(ctx) : nothing}
    <p class="wallet-state ${ctx.status === 'failed' ? 'error' : ''}" role="status">
      ${stateText(ctx)}
    </p>
    ${action(ctx)}
  </div>`;
}
