/**
 * Who a request came from, for the per-client limits. Behind proxies, `X-Forwarded-For` is read
 * from the right: each proxy appends the address it got the request from, so only the entries
 * your own proxies added can be believed. The leftmost entry is whatever the client wrote.
 */
import { isIP } from 'node:net';

/** `false`: the socket's address. A number: that many proxies of yours in front. A list: their addresses. */
export type TrustProxy = false | number | readonly string[];

const plain = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

export function clientAddress(
  socket: string,
  forwardedFor: string | undefined,
  trust: TrustProxy,
): string {
  if (trust === false || trust === 0 || !forwardedFor) return plain(socket);
  const chain = [...forwardedFor.split(','), socket].map(plain).filter(Boolean);
  if (typeof trust === 'number') return chain[Math.max(0, chain.length - 1 - trust)]!;
  const proxies = new Set(trust.map(plain));
  let i = chain.length - 1;
  while (i > 0 && proxies.has(chain[i]!)) i--;
  return chain[i]!;
}

/** `MICROPATH_TRUST_PROXY`: `false`, a number of proxies (`true` is one), or their addresses. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (!text || text === 'false') return false;
  if (text === 'true') return 1;
  if (/^\d+$/.test(text)) return Number(text);
  const addresses = text.split(',').map((a) => a.trim());
  const wrong = addresses.filter((a) => !isIP(a));
  if (wrong.length)
    throw new Error(
      `MICROPATH_TRUST_PROXY must be false, a number of proxies, or their IP addresses; "${wrong.join('", "')}" is none of these.`,
    );
  return addresses;
}
