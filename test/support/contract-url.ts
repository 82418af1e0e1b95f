import type { LoggedRequest } from './contract-double.ts';

/** A fresh namespace of the loopback contract double, so each test starts from the seed. */
export function contractUrl(mode = 'ok'): { baseUrl: string; log: () => Promise<LoggedRequest[]> } {
  const ns = `t${Math.random().toString(36).slice(2)}`;
  return {
    baseUrl: `/contract/${ns}/${mode}`,
    log: async () => (await (await fetch(`/contract/${ns}/ok/__log`)).json()) as LoggedRequest[],
  };
}

export const ctx = (signal = new AbortController().signal) => ({ signal, locale: 'de-DE' });
