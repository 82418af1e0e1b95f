/**
 * "Request from your wallet": opens a wallet exchange with the board's backend
 * (`startExchange`), shows the request as a Learner Credential Wallet link and a QR code, and
 * asks for its state every few seconds until the wallet has answered, the request expires, or
 * the visitor cancels. The wallet's credentials are handed to the application, which checks
 * each like any other; the backend has already checked that the wallet's holder signed them over.
 * Polling stops when the board leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError, isAbort } from '../core/errors.ts';
import { describeFailure } from '../core/error-messages.ts';
import type { ListingsAdapter } from '../core/contracts.ts';
import type { Exchange } from '../core/models/exchange.ts';

export type WalletStatus = 'idle' | 'starting' | 'waiting' | 'received' | 'expired' | 'failed';

/** How often the page asks whether the wallet has answered. */
export const POLL_MS = 3_000;

/** The DCC Learner Credential Wallet's link for a VC-API exchange (its "request" deep link). */
export function walletLink(exchangeUrl: string, origin: string): string {
  const request = JSON.stringify({
    credentialRequestOrigin: origin,
    protocols: { vcapi: exchangeUrl },
  });
  return `https://lcw.app/request?request=${encodeURIComponent(request)}`;
}

export interface WalletAnswer {
  exchange: Exchange;
  holder: string;
  credentials: unknown[];
}

type Exchanges = Required<Pick<ListingsAdapter, 'startExchange' | 'getExchange'>>;

export class WalletRequest implements ReactiveController {
  status: WalletStatus = 'idle';
  exchange?: Exchange;
  /** The request as a link a wallet opens, and as a QR code (an SVG data URL). */
  link?: string;
  qrCode?: string;
  received = 0;
  failure?: string;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly locale: string },
    private readonly answered: (answer: WalletAnswer) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
    // Nothing is asked while the board is away: back on the page, the visitor asks again.
    if (this.status === 'starting' || this.status === 'waiting') this.status = 'idle';
  }

  async start(listingId: string, adapter: Exchanges): Promise<void> {
    this.stop();
    const abort = (this.abort = new AbortController());
    const ctx = { signal: abort.signal, locale: this.host.locale };
    this.set('starting');
    try {
      const exchange = await adapter.startExchange(listingId, ctx);
      this.exchange = exchange;
      this.link = walletLink(exchange.url, location.origin);
      const { renderSVG } = await import('uqr');
      this.qrCode = `data:image/svg+xml,${encodeURIComponent(renderSVG(this.link, { border: 2 }))}`;
      this.set('waiting');
      await this.poll(exchange, adapter, abort.signal);
    } catch (error) {
      if (isAbort(error) || abort.signal.aborted) return;
      this.failure = describeFailure(AdapterError.from(error));
      this.set('failed');
    }
  }

  /** The visitor gave up waiting: nothing more is asked. */
  cancel(): void {
    this.stop();
    this.set('idle');
  }

  private async poll(exchange: Exchange, adapter: Exchanges, signal: AbortSignal) {
    const ctx = { signal, locale: this.host.locale };
    const expires = Date.parse(exchange.expiresAt);
    for (;;) {
      const state = await adapter.getExchange(exchange, ctx).catch((error: unknown) => {
        // A dropped connection or a busy server: ask again at the next tick.
        if (AdapterError.from(error).retryable && !signal.aborted) return undefined;
        throw error;
      });
      if (signal.aborted) return;
      if (state?.state === 'complete') {
        const credentials = [state.presentation?.verifiableCredential ?? []].flat();
        this.received = credentials.length;
        this.set('received');
        this.answered({ exchange, holder: state.holder ?? '', credentials });
        return;
      }
      if (state?.state === 'expired' || Date.now() >= expires) return this.set('expired');
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (signal.aborted) return;
    }
  }

  private stop(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  private set(status: WalletStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
