/**
 * The fetch the server's verifier uses for the credentials an applicant sends. Their lookups
 * (issuer keys, DID documents, status lists, hosted assertions) go wherever a credential
 * says, and the credential comes from anyone on the internet, so each request is held to
 * what a verifier needs and nothing an attacker could turn against the server's network:
 * - `https:` only, except this server's own public origin (the credentials it issued);
 * - the host's addresses are resolved first and a private, loopback, link-local or otherwise
 *   non-public one is refused; the connection is made to the address that was checked, so a
 *   second DNS answer cannot swap it;
 * - `GET` alone, no cookies or credentials, redirects followed (at most 3) under the same rules;
 * - 5 s for each request and 1 MB for each answer.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';

const TIMEOUT_MS = 5_000;
const MAX_BYTES = 1_000_000;
const MAX_REDIRECTS = 3;

/**
 * Addresses no lookup may reach (IANA special-purpose registries, IPv4 and IPv6). IPv4-mapped
 * IPv6 addresses are judged by their IPv4 address (`isPrivateAddress`).
 */
const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(network, prefix, 'ipv6');

/** Whether an address is one a lookup may not reach. IPv4-mapped IPv6 is judged as IPv4. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

type LookupCallback = (
  error: Error | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A DNS lookup that answers only public addresses. */
function publicLookup(hostname: string, options: object, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    const allowed = addresses.filter((a) => !isPrivateAddress(a.address));
    if (!allowed.length)
      return callback(new Error(`${hostname} resolves to no public address.`), '');
    if ((options as { all?: boolean }).all) return callback(null, allowed);
    callback(null, allowed[0]!.address, allowed[0]!.family);
  });
}

export interface LookupFetchOptions {
  /** This server's public origin: its own documents may be read over http and locally. */
  ownOrigin?: string;
}

/** A `fetch(url)` for the verifier, held to the rules above. */
export function lookupFetch(options: LookupFetchOptions = {}) {
  const own = options.ownOrigin ? new URL(options.ownOrigin).origin : undefined;
  const get = (url: URL, redirects: number): Promise<Response> =>
    new Promise((resolve, reject) => {
      const ownDocument = url.origin === own;
      if (!ownDocument && url.protocol !== 'https:')
        return reject(new Error(`Only https lookups are made: ${url.origin}.`));
      // An address written as such is judged here; a name, when it is resolved.
      const literal = url.hostname.replace(/^\[|\]$/g, '');
      if (!ownDocument && isIP(literal) && isPrivateAddress(literal))
        return reject(new Error(`${url.hostname} is not a public address.`));
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(
        url,
        {
          method: 'GET',
          headers: { accept: 'application/json, application/ld+json, application/jwt, */*;q=0.5' },
          timeout: TIMEOUT_MS,
          ...(ownDocument ? {} : { lookup: publicLookup }),
        },
        (res) => {
          const status = res.statusCode ?? 0;
          const location = res.headers.location;
          if (status >= 300 && status < 400 && location) {
            res.resume();
            if (redirects >= MAX_REDIRECTS) return reject(new Error('Too many redirects.'));
            return resolve(get(new URL(location, url), redirects + 1));
          }
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_BYTES) {
              req.destroy(
                new Error(`The answer from ${url.origin} is larger than ${MAX_BYTES} bytes.`),
              );
              return;
            }
            chunks.push(chunk);
          });
          res.on('end', () => {
            const headers = new Headers();
            for (const [name, value] of Object.entries(res.headers))
              if (typeof value === 'string') headers.set(name, value);
            resolve(
              new Response(status === 204 || status === 304 ? null : Buffer.concat(chunks), {
                status,
                headers,
              }),
            );
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () =>
        req.destroy(new Error(`No answer from ${url.origin} within ${TIMEOUT_MS} ms.`)),
      );
      req.on('error', reject);
      req.end();
    });
  return (url: string) => get(new URL(url), 0);
}
