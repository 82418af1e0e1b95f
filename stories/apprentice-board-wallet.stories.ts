import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/micropath/src/apprentice-board/define.ts';
import type { ApprenticeBoard } from '../packages/micropath/src/apprentice-board/apprentice-board.ts';
import { openApplication } from './support/open-application.ts';
import { createMemoryAdapter } from '../packages/micropath/src/adapters/memory/memory-adapter.ts';
import type { Exchange, ExchangeState } from '../packages/micropath/src/core/models/exchange.ts';

/**
 * Applying with credentials from a wallet: the board's backend hosts a VC-API exchange and the
 * form shows it as a QR code and a Learner Credential Wallet link. These stories stand in for
 * the backend: one never hears from the wallet (waiting), one says the request expired.
 */
const opening = {
  id: 'data-apprentice',
  title: 'Data apprentice',
  organization: { name: 'Northwind Labs' },
  kind: 'micro-apprenticeship' as const,
  skills: [
    {
      label: 'SQL',
      id: 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742',
      framework: 'ESCO',
    },
    'Spreadsheets',
  ],
  applyUrl: 'https://example.org/apply',
};

/** A backend whose exchange stays `state` (pending: the wallet has not answered yet). */
const backend = (state: ExchangeState['state']) =>
  Object.assign(createMemoryAdapter({ listings: [opening] }), {
    startExchange: async (): Promise<Exchange> => ({
      id: 'ex_story',
      url: 'https://jobs.example.org/api/exchanges/ex_story',
      expiresAt: new Date(Date.now() + 10 * 60_000).toISOString(),
      token: 'story',
    }),
    getExchange: (exchange: Exchange): Promise<ExchangeState> =>
      state === 'pending'
        ? new Promise(() => undefined) // the wallet never answers here
        : Promise.resolve({ id: exchange.id, state, expiresAt: exchange.expiresAt }),
  });

const requesting = (state: ExchangeState['state'] | undefined) => () =>
  html`<apprentice-board
    .adapter=${state ? backend(state) : backend('pending')}
    detail="inline"
    lang="en"
    ${ref((node) => {
      const board = node as ApprenticeBoard | undefined;
      if (!board || board.dataset.started) return;
      board.dataset.started = 'yes';
      void board.openListing(opening.id).then(async () => {
        await board.updateComplete;
        const root = await openApplication(board);
        const email = root.querySelector<HTMLInputElement>('#apply-email')!;
        email.value = 'ada@example.org';
        email.dispatchEvent(new InputEvent('input'));
        if (state) root.querySelector<HTMLElement>('[part=wallet-start]')?.click();
      });
    })}
  ></apprentice-board>`;

const meta: Meta = {
  title: 'Apprentice board/Applying with a wallet',
  component: 'apprentice-board',
};
export default meta;
type Story = StoryObj;

/** The backend hosts wallet exchanges: "Request from your wallet" is offered. */
export const WalletOffered: Story = { render: requesting(undefined) };

/** The request shown as a QR code and a wallet link, waiting for the wallet's answer. */
export const WalletWaiting: Story = { render: requesting('pending') };

/** The wallet did not answer within ten minutes: the visitor can ask again. */
export const WalletTimedOut: Story = { render: requesting('expired') };
