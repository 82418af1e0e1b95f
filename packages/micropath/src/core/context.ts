import { createContext } from '@lit/context';
import type { ProvidedAdapters } from './contracts.ts';

/** What a `<micropath-provider>` shares with every Micropath element inside it. */
export interface ProviderSettings {
  adapters: ProvidedAdapters;
  locale?: string;
  timeZone?: string;
}

export const providerContext = createContext<ProviderSettings | undefined>(
  Symbol.for('micropath-provider'),
);
