/**
 * Delivers the outbox (a loop in every server process): claims due messages with
 * `FOR UPDATE SKIP LOCKED` (a claim also pushes the message's next attempt two minutes ahead,
 * so no other process takes it while it is being sent), sends e-mails through SMTP
 * (nodemailer) with the `.ics` attached and webhooks signed with HMAC-SHA256, and marks each
 * delivered, or due again later with exponential backoff, or failed after `maxAttempts`. With no
 * SMTP server set, e-mails stay in the outbox (the admin can read them).
 */
import { createHmac } from 'node:crypto';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import type { Email } from './messages.ts';

export interface DeliveryOptions {
  db: Database;
  /** `MICROPATH_SMTP_URL`, such as `smtps://user:pass@smtp.example.org`. */
  smtpUrl?: string;
  /** `MICROPATH_MAIL_FROM`. */
  mailFrom?: string;
  /** `MICROPATH_WEBHOOK_SECRET`: the key of the `Micropath-Signature` HMAC. */
  webhookSecret?: string;
  log: Logger;
  /** How often due messages are looked for. Default 1 s. */
  intervalMs?: number;
  /** Attempts before a message is given up (and logged). Default 12 (about a day). */
  maxAttempts?: number;
  fetch?: typeof fetch;
}

interface Claimed {
  id: string | number;
  channel: 'email' | 'webhook';
  recipient: string;
  payload: unknown;
  attempts: number;
  event_type: string;
}

/** Seconds before attempt `n + 1`: 5 s, 10 s, 20 s… at most an hour, with some jitter. */
export const backoffSeconds = (attempts: number) =>
  Math.min(3600, 5 * 2 ** Math.max(0, attempts - 1)) * (0.8 + Math.random() * 0.4);

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">` (verify it as docs/notifications.md says). */
export function webhookSignature(secret: string, body: string, time: number): string {
  const mac = createHmac('sha256', secret).update(`${time}.${body}`).digest('hex');
  return `t=${time},v1=${mac}`;
}

export function startDelivery(options: DeliveryOptions) {
  const { db, log } = options;
  const maxAttempts = options.maxAttempts ?? 12;
  const channels = ['webhook', ...(options.smtpUrl ? ['email'] : [])];
  let mailer: Promise<{ sendMail(message: object): Promise<unknown> }> | undefined;
  const transport = () =>
    (mailer ??= import('nodemailer').then((m) => m.default.createTransport(options.smtpUrl)));

  async function send(message: Claimed): Promise<void> {
    if (message.channel === 'email') {
      const email = message.payload as Email;
      await (
        await transport()
      ).sendMail({
        from: options.mailFrom,
        to: email.to,
        subject: email.subject,
        text: email.text,
        messageId: `<outbox-${message.id}@micropath>`,
        ...(email.ics
          ? {
              icalEvent: {
                filename: 'invite.ics',
                method: email.ics.method,
                content: email.ics.content,
              },
            }
          : {}),
      });
      return;
    }
    const body = JSON.stringify(message.payload);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'micropath-server',
      'micropath-event': message.event_type,
      'micropath-delivery': String(message.id),
    };
    if (options.webhookSecret)
      headers['micropath-signature'] = webhookSignature(
        options.webhookSecret,
        body,
        Math.floor(Date.now() / 1000),
      );
    const response = await (options.fetch ?? fetch)(message.recipient, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(10_000),
      redirect: 'error',
    });
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) throw new Error(`the receiver answered ${response.status}`);
  }

  /** Delivers what is due now; the number of messages it tried. */
  async function runOnce(): Promise<number> {
    const claimed = await db.query<Claimed>(
      `update outbox set attempts = attempts + 1, next_attempt_at = now() + interval '2 minutes'
        where id in (
          select id from outbox
           where delivered_at is null and failed_at is null and next_attempt_at <= now()
             and channel = any($1::text[])
           order by id limit 20
           for update skip locked)
        returning id, channel, recipient, payload, attempts, event_type`,
      [channels],
    );
    for (const message of claimed) {
      try {
        await send(message);
        await db.query('update outbox set delivered_at = now(), last_error = null where id = $1', [
          message.id,
        ]);
        log('info', 'notification delivered', {
          outboxId: message.id,
          channel: message.channel,
          event: message.event_type,
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const giveUp = message.attempts >= maxAttempts;
        await db.query(
          `update outbox set last_error = $2,
             failed_at = case when $3 then now() end,
             next_attempt_at = now() + make_interval(secs => $4)
           where id = $1`,
          [message.id, reason.slice(0, 500), giveUp, backoffSeconds(message.attempts)],
        );
        log(
          giveUp ? 'error' : 'warn',
          giveUp ? 'notification failed' : 'notification will be retried',
          {
            outboxId: message.id,
            channel: message.channel,
            event: message.event_type,
            attempts: message.attempts,
            error: reason,
          },
        );
      }
    }
    return claimed.length;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const loop = () => {
    if (stopped) return;
    running = runOnce()
      .catch((error) =>
        log('warn', 'outbox unavailable', {
          error: error instanceof Error ? error.message : String(error),
        }),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, options.intervalMs ?? 1000);
      });
  };
  timer = setTimeout(loop, options.intervalMs ?? 1000);

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
