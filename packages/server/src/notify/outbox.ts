/**
 * Writes an event's messages into the outbox, inside the caller's transaction: e-mails always
 * (kept, and shown to the admin, while no SMTP server is set), the webhook when one is set.
 * An event is written once (its id is unique per channel and recipient).
 */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import {
  applicationMessages,
  bookingMessages,
  type ApplicationEvent,
  type BookingEvent,
  type NotifySettings,
  type Outgoing,
} from './messages.ts';

export type NotifyEvent = BookingEvent | ApplicationEvent;
export type Notify = (tx: Queryable, event: NotifyEvent) => Promise<void>;

export function outboxWriter(settings: NotifySettings): Notify {
  return async (tx, event) => {
    const outgoing: Outgoing =
      event.type === 'application.received'
        ? applicationMessages(event, settings)
        : bookingMessages(event, settings);
    const rows: [string, string, unknown][] = outgoing.emails.map((email) => [
      'email',
      email.to,
      email,
    ]);
    if (settings.webhookUrl)
      rows.push([
        'webhook',
        settings.webhookUrl,
        {
          id: `evt_${randomUUID()}`,
          type: outgoing.type,
          createdAt: new Date().toISOString(),
          data: outgoing.data,
        },
      ]);
    for (const [channel, recipient, payload] of rows)
      await tx.query(
        `insert into outbox (event_id, event_type, channel, recipient, payload)
         values ($1, $2, $3, $4, $5::jsonb)
         on conflict (event_id, channel, recipient) do nothing`,
        [outgoing.eventId, outgoing.type, channel, recipient, JSON.stringify(payload)],
      );
  };
}
