/**
 * The REST adapter's applications and wallet exchanges, for a backend that takes them
 * (`applications: true`; see rest-client.ts).
 */
import { readOne } from '../core/boundary.ts';
import type { ListingsAdapter } from '../core/contracts.ts';
import { clientFor, readWith, segment, type RestAdapterOptions } from './rest-client.ts';

const applications = () => import('../core/models/application.ts');
const exchanges = () => import('../core/models/exchange.ts');

export type RestApplications = Required<
  Pick<ListingsAdapter, 'apply' | 'startExchange' | 'getExchange'>
>;

export function restApplications(options: RestAdapterOptions): RestApplications {
  const { http } = clientFor(options);
  return {
    apply: (id, application, ctx) =>
      readWith(
        applications(),
        http.request({
          method: 'POST',
          path: `listings/${segment(id)}/applications`,
          body: application,
          signal: ctx.signal,
        }),
        (m, body) => readOne(m.ApplicationReceiptSchema, body, 'application receipt'),
      ),
    startExchange: (listingId, ctx) =>
      readWith(
        exchanges(),
        http.request({
          method: 'POST',
          path: 'exchanges',
          body: { listingId },
          signal: ctx.signal,
        }),
        (m, body) => readOne(m.ExchangeSchema, body, 'exchange'),
      ),
    getExchange: (exchange, ctx) =>
      readWith(
        exchanges(),
        http.request({
          path: `exchanges/${segment(exchange.id)}`,
          headers: { authorization: `Bearer ${exchange.token}` },
          signal: ctx.signal,
        }),
        (m, body) => readOne(m.ExchangeStateSchema, body, 'exchange'),
      ),
  };
}
