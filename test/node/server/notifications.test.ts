// People are told: a booking confirmed, moved or cancelled and an application received reach
// the visitor's and the mentor's inboxes through a real SMTP server on loopback (smtp-server),
// with the session's .ics, and a webhook receiver as signed events, exactly once each, even
// with two server processes on one database and a receiver that fails first. Without SMTP,
// e-mails wait in the outbox, where the admin sees them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import {
  ADMIN_TOKEN,
  bookingBody,
  firstFreeTime,
  postJson,
  testServer,
} from '../../support/server-harness.ts';

const SECRET = 'webhook-secret-for-tests-0123456789';
const mails: { to: string[]; raw: string }[] = [];
const hooks: { headers: IncomingMessage['headers']; body: string }[] = [];
let failNextHooks = 0;
let smtp: SMTPServer;
let smtpPort: number;
let receiver: ReturnType<typeof createServer>;
let hookUrl: string;

before(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        // Quoted-printable undone (soft line breaks, =XX), so the text reads as written.
        const text = raw
          .replace(/=\r\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: text });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (failNextHooks > 0) {
        failNextHooks--;
        res.writeHead(500).end('not now');
        return;
      }
      hooks.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
after(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

const notifying = (extra: object = {}) => ({
  smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
  mailFrom: 'Mentoring <mentoring@example.org>',
  webhookUrl: hookUrl,
  webhookSecret: SECRET,
  notifyEmail: 'team@example.org',
  manageUrl: 'https://mentoring.example.org/manage?b={id}&t={token}',
  deliveryIntervalMs: 100,
  ...extra,
});

async function until<T>(what: string, check: () => T | undefined, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Checks a webhook's signature as a receiver would (docs: notifications). */
function verified(hook: { headers: IncomingMessage['headers']; body: string }) {
  const [t, v1] = String(hook.headers['micropath-signature'])
    .split(',')
    .map((p) => p.split('=')[1]);
  const expected = createHmac('sha256', SECRET).update(`${t}.${hook.body}`).digest('hex');
  assert.equal(v1, expected, 'the signature holds');
  assert.ok(Math.abs(Date.now() / 1000 - Number(t)) < 300, 'a fresh timestamp');
  return JSON.parse(hook.body) as { id: string; type: string; data: Record<string, unknown> };
}

test('a booking, moved and cancelled: e-mails with the .ics and signed webhooks, once each', async () => {
  const server = await testServer(notifying());
  // The mentor's address is private: it is set with the schedule, never served.
  const { body: mentors } = await server.json('/api/mentors');
  const always = mentors.find((m: { id: string }) => m.id === 'always');
  const put = await server.call('/api/admin/mentors/always', {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify({
      ...always,
      timeZone: 'UTC',
      weeklyHours: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '24:00' },
      ],
      minNoticeMinutes: 0,
      meetingUrl: 'https://meet.example.org/sam',
      email: 'sam@example.org',
    }),
  });
  assert.equal(put.status, 200);
  assert.equal(
    JSON.stringify((await server.json('/api/mentors')).body).includes('sam@example.org'),
    false,
  );
  try {
    mails.length = 0;
    hooks.length = 0;
    failNextHooks = 1; // the receiver is down for the first attempt
    const [slot, later] = await firstFreeTime(server);
    const response = await server.call(
      '/api/bookings',
      postJson(bookingBody(slot!, 'kim@example.org'), { 'idempotency-key': 'notify-booking-1' }),
    );
    const booking = await response.json();
    // A replay of the same attempt tells nobody again.
    await server.call(
      '/api/bookings',
      postJson(bookingBody(slot!, 'kim@example.org'), { 'idempotency-key': 'notify-booking-1' }),
    );

    await until('three e-mails', () => mails.length >= 3 || undefined);
    const byRecipient = Object.fromEntries(mails.map((m) => [m.to[0], m.raw]));
    assert.deepEqual(Object.keys(byRecipient).sort(), [
      'kim@example.org',
      'sam@example.org',
      'team@example.org',
    ]);
    const visitor = byRecipient['kim@example.org']!;
    assert.match(visitor, /Subject: Short call with Sam Always: booked/);
    assert.match(visitor, /Change or cancel: https:\/\/mentoring\.example\.org\/manage\?b=/);
    assert.match(visitor, /text\/calendar; charset=utf-8; method=PUBLISH/i);
    assert.match(visitor, /METHOD:PUBLISH/);
    assert.match(visitor, /BEGIN:VCALENDAR/);
    assert.doesNotMatch(
      byRecipient['sam@example.org']!,
      /Change or cancel/,
      'the manage link is the visitor’s',
    );

    const confirmed = verified(await until('the webhook, after a failure', () => hooks[0]));
    assert.equal(confirmed.type, 'booking.confirmed');
    assert.equal((confirmed.data.booking as { id: string }).id, booking.id);
    assert.equal(
      JSON.stringify(confirmed).includes(booking.manageToken),
      false,
      'no manage token in webhooks',
    );

    const moved = await server.call(`/api/bookings/${booking.id}/reschedule`, {
      ...postJson({ start: later!.start, end: later!.end }),
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${booking.manageToken}`,
        'idempotency-key': 'move-1-123456',
      },
    });
    assert.equal(moved.status, 200);
    const cancelled = await server.call(`/api/bookings/${booking.id}/cancel`, {
      ...postJson({}),
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${booking.manageToken}`,
      },
    });
    assert.equal(cancelled.status, 204);
    await until('nine e-mails', () => mails.length >= 9 || undefined);
    await until('three webhooks', () => hooks.length >= 3 || undefined);
    await new Promise((resolve) => setTimeout(resolve, 500)); // nothing more arrives
    assert.equal(mails.length, 9);
    assert.deepEqual(
      hooks.map((h) => verified(h).type),
      ['booking.confirmed', 'booking.rescheduled', 'booking.cancelled'],
    );
    const cancelMail = mails.find(
      (m) => m.to[0] === 'kim@example.org' && /Subject: .*: cancelled/.test(m.raw),
    )!.raw;
    assert.match(
      mails.find((m) => m.to[0] === 'kim@example.org' && /: moved/.test(m.raw))!.raw,
      /is moved to /,
    );
    assert.match(cancelMail, /METHOD:CANCEL/);
    assert.match(cancelMail, /is cancelled/);

    const { body: outbox } = await server.json('/api/admin/outbox', {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const hook = outbox.items.find(
      (m: { eventType: string; channel: string }) =>
        m.channel === 'webhook' && m.eventType === 'booking.confirmed',
    );
    assert.equal(hook.status, 'delivered');
    assert.equal(hook.attempts, 2, 'delivered on the second attempt');
  } finally {
    await server.close();
  }
});

test('the skills a visitor came for reach the e-mails and the .ics description', async () => {
  const server = await testServer(notifying({ webhookUrl: undefined }));
  try {
    mails.length = 0;
    const [slot] = await firstFreeTime(server);
    const booking = bookingBody(slot!, 'ali@example.org');
    const body = {
      ...booking,
      metadata: {
        ...booking.metadata,
        skills: 'SQL, Data visualisation',
        skillIds: 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742',
      },
    };
    const response = await server.call(
      '/api/bookings',
      postJson(body, { 'idempotency-key': 'notify-skills-1' }),
    );
    assert.equal(response.status, 201);
    await until('two e-mails', () => mails.length >= 2 || undefined);
    const visitor = mails.find((m) => m.to[0] === 'ali@example.org')!.raw;
    const team = mails.find((m) => m.to[0] === 'team@example.org')!.raw;
    assert.match(visitor, /You asked for help with: SQL, Data visualisation/);
    assert.match(team, /Came for help with: SQL, Data visualisation/);
    // In the invite too, where a calendar shows it (TEXT escapes its commas).
    for (const mail of [visitor, team])
      assert.match(mail, /DESCRIPTION:Help with: SQL\\, Data visualisation/);
  } finally {
    await server.close();
  }
});

test('two processes on one database deliver each message once', async () => {
  const first = await testServer(notifying());
  const second = await testServer({ ...notifying(), db: first.db });
  try {
    mails.length = 0;
    hooks.length = 0;
    const { body: page } = await first.json('/api/listings?limit=3');
    for (const [i, listing] of page.items.entries())
      assert.equal(
        (
          await (i % 2 ? second : first).call(
            `/api/listings/${listing.id}/applications`,
            postJson({
              name: `Applicant ${i}`,
              email: `a${i}@example.org`,
              consent: true,
              message: 'Hello',
            }),
          )
        ).status,
        201,
      );
    await until('six e-mails', () => mails.length >= 6 || undefined);
    await until('three webhooks', () => hooks.length >= 3 || undefined);
    await new Promise((resolve) => setTimeout(resolve, 800)); // both loops ran several times
    assert.equal(mails.length, 6, 'an applicant and the team, per application, once');
    assert.equal(hooks.length, 3);
    assert.deepEqual(
      new Set(hooks.map((h) => verified(h).type)),
      new Set(['application.received']),
    );
    assert.ok(mails.some((m) => m.to[0] === 'team@example.org' && /New application/.test(m.raw)));
  } finally {
    await second.close();
    await first.close();
  }
});

test('without SMTP, e-mails wait in the outbox and the admin can read them', async () => {
  const server = await testServer({ deliveryIntervalMs: 100 });
  try {
    const { body: page } = await server.json('/api/listings?limit=1');
    await server.call(
      `/api/listings/${page.items[0].id}/applications`,
      postJson({ name: 'Lee', email: 'lee@example.org', consent: true }),
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    const { body } = await server.json('/api/admin/outbox?status=pending', {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const kept = body.items.find((m: { recipient: string }) => m.recipient === 'lee@example.org');
    assert.equal(kept.channel, 'email');
    assert.equal(kept.attempts, 0);
    assert.match(kept.payload.subject, /Your application/);
    // An operator sees it waiting in the metrics.
    const metrics = await (
      await server.call('/metrics', { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
    ).text();
    assert.match(metrics, /micropath_outbox_messages\{channel="email",state="pending"\} [1-9]/);
    assert.match(metrics, /micropath_outbox_messages\{channel="webhook",state="failed"\} 0/);
    const age = /micropath_outbox_oldest_pending_seconds\{channel="email"\} ([\d.e-]+)/.exec(
      metrics,
    );
    assert.ok(age && Number(age[1]) > 0, `oldest pending age: ${age?.[1]}`);
  } finally {
    await server.close();
  }
});
