/** The REST adapter's credentials and the verifier's lookups (see rest-client.ts). */
import { AdapterError } from '../core/errors.ts';
import { readOne } from '../core/boundary.ts';
import * as v from '../core/valibot.ts';
import type { CredentialsAdapter } from '../core/contracts.ts';
import { clientFor, segment, type RestAdapterOptions } from './rest-client.ts';

export function restCredentials(options: RestAdapterOptions): Required<CredentialsAdapter> {
  const { http } = clientFor(options);
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  return {
    async getCredential(ref, ctx) {
      const response = await http.request({
        path: `credentials/${segment(ref)}`,
        signal: ctx.signal,
        headers: { accept: 'application/json, application/jwt, text/plain;q=0.5' },
        expect: 'text',
        read: (body) => String(body),
      });
      // JSON credentials come back parsed; a compact JWT stays a string.
      const text = response.trim();
      if (!text.startsWith('{')) return text;
      try {
        return JSON.parse(text) as unknown;
      } catch (cause) {
        throw new AdapterError('invalid-response', `Credential "${ref}" is not valid JSON.`, {
          cause,
        });
      }
    },

    listCredentials: (holder, ctx) =>
      http.request({
        path: `holders/${segment(holder)}/credentials`,
        signal: ctx.signal,
        read: (body) => readOne(v.array(v.unknown()), body, 'credential list'),
      }),

    fetch: (url, init) => fetchImpl(url, init),
  };
}
