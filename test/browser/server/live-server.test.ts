// The kit in Chromium against the real reference server (started by the test runner, PGlite
// in memory, another origin than this page): the REST adapter, then each widget.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../packages/micropath/src/apprentice-board/define.ts';
import '../../../packages/micropath/src/credential-badge/define.ts';
import { createRestAdapter } from '../../../packages/micropath/src/adapters/rest-adapter.ts';
import { AdapterError } from '../../../packages/micropath/src/core/errors.ts';
import type { ApprenticeBoard } from '../../../packages/micropath/src/apprentice-board/apprentice-board.ts';
import type { CredentialBadge } from '../../../packages/micropath/src/credential-badge/credential-badge.ts';
import type { MentorBooking } from '../../../packages/micropath/src/mentor-booking/mentor-booking.ts';
import { verdictOf } from '../../support/badge-helpers.ts';
import { countText, settled } from '../../support/board-helpers.ts';
import { $, firstFreeDay, text, typeInto, until } from '../../support/booking-helpers.ts';

const { url, adminToken } = (await (await fetch('/__live-server')).json()) as {
  url: string;
  adminToken: string;
};
const api = `${url}/api`;
const ctx = () => ({ signal: new AbortController().signal, locale: 'de' });
const week = () => ({
  from: new Date(Date.now() + 3_600_000).toISOString(),
  to: new Date(Date.now() + 8 * 86_400_000).toISOString(),
});

describe('the REST adapter against the reference server', () => {
  const adapter = createRestAdapter({ baseUrl: api });

  it('reads listings with filters and facets, and one listing', async () => {
    const page = await adapter.listListings({ workplace: ['remote'], limit: 5 }, ctx());
    expect(page.items).to.have.length(5);
    expect(page.items.every((l) => l.workplace === 'remote')).to.equal(true);
    expect(page.facets?.workplace?.find((f) => f.value === 'remote')?.count).to.equal(page.total);
    const one = await adapter.getListing(page.items[0]!.id, ctx());
    expect(one.title).to.equal(page.items[0]!.title);
  });

  it('books a time once: a retry with the key replays, another visitor gets a conflict', async () => {
    const [slot] = await adapter.getAvailability(
      { mentorId: 'always', sessionTypeId: 'short', timeZone: 'Asia/Kolkata', ...week() },
      ctx(),
    );
    expect(slot!.start).to.match(/\+05:30$/);
    const request = {
      mentorId: 'always',
      sessionTypeId: 'short',
      ...slot!,
      attendee: { name: 'Asha', email: 'asha@example.org', timeZone: 'Asia/Kolkata' },
      answers: {},
      metadata: {},
    };
    const first = await adapter.book(request, { ...ctx(), idempotencyKey: 'browser-key-1' });
    const retry = await adapter.book(request, { ...ctx(), idempotencyKey: 'browser-key-1' });
    expect(retry.id).to.equal(first.id);
    const other = await adapter
      .book(
        { ...request, attendee: { ...request.attendee, email: 'b@example.org' } },
        { ...ctx(), idempotencyKey: 'browser-key-2' },
      )
      .catch((e: unknown) => e);
    expect(other).to.be.instanceOf(AdapterError);
    expect((other as AdapterError).code).to.equal('conflict');
    // Cancelling takes the booking's manage token; the id alone is refused.
    const refused = await adapter.cancel(first.id, 'Plans changed', ctx()).catch((e: unknown) => e);
    expect((refused as AdapterError).code).to.equal('unauthorized');
    await adapter.cancel(first.id, 'Plans changed', { ...ctx(), manageToken: first.manageToken! });
    const again = await adapter.getAvailability(
      { mentorId: 'always', sessionTypeId: 'short', timeZone: 'Asia/Kolkata', ...week() },
      ctx(),
    );
    expect(again.some((s) => s.start === slot!.start)).to.equal(true);
  });

  it('turns a 422 into an error naming the fields, and reads credentials', async () => {
    const error = await adapter
      .book(
        {
          mentorId: 'always',
          sessionTypeId: 'short',
          start: '2030-01-01T10:00:00Z',
          end: '2030-01-01T10:15:00Z',
          attendee: { name: 'X', email: 'not-an-email', timeZone: 'UTC' },
          answers: {},
          metadata: {},
        } as never,
        { ...ctx(), idempotencyKey: 'browser-key-3' },
      )
      .catch((e: unknown) => e);
    expect((error as AdapterError).status).to.equal(422);
    expect((error as AdapterError).fields).to.have.property('attendee.email');
    expect(await adapter.getCredential('lee-sql-3', ctx())).to.match(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(await adapter.listCredentials('lee', ctx())).to.have.length(2);
  });
});

describe('the widgets on the reference server', () => {
  it('<apprentice-board source="rest:…"> lists the server’s openings', async () => {
    const el = await fixture<ApprenticeBoard>(
      html`<apprentice-board source=${`rest:${api}`} lang="en"></apprentice-board>`,
    );
    await settled(el, () => /\d+ openings/.test(countText(el)));
    expect(countText(el)).to.equal('45 openings');
  });

  it('<mentor-booking source="rest:…"> books end to end, and the time is gone for the next visitor', async () => {
    await import('../../../packages/micropath/src/mentor-booking/define.ts');
    const mount = () =>
      fixture<MentorBooking>(
        html`<mentor-booking
          source=${`rest:${api}`}
          mentor-id="always"
          session-type="short"
          time-zone="America/Sao_Paulo"
          lang="en"
        ></mentor-booking>`,
      );
    const el = await mount();
    (await firstFreeDay(el)).click();
    await until(el, () => $(el, '[part~=slot]'), 'times of the day show');
    const offered = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=slot]')].map((s) =>
      Date.parse(s.dataset.start!),
    );
    const slot = $(el, '[part~=slot]')!;
    const start = slot.dataset.start!;
    slot.click();
    await until(el, () => $(el, '[part=form]'), 'form shows');
    await typeInto(el, '#name', 'Bruna Costa');
    await typeInto(el, '#email', 'bruna@example.org');
    $<HTMLInputElement>(el, '#consent')!.click();
    await el.updateComplete;
    let confirmed: { start: string; id: string } | undefined;
    el.addEventListener('mp-booking-confirmed', (e) => (confirmed = e.booking));
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=confirmation]'), 'confirmation shows');
    expect(Date.parse(confirmed!.start)).to.equal(Date.parse(start));
    expect(confirmed!.start).to.match(/-03:00$/);
    expect(text($(el, '[part=confirmation]'))).to.contain('Sam Always');

    const next = await mount();
    // The visitor's own date of the booked time (São Paulo), as the grid shows dates.
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(
      new Date(start),
    );
    await firstFreeDay(next);
    if (!$(next, `[data-date="${day}"]`)) {
      $(next, '[aria-label="Next month"]')!.click();
      await firstFreeDay(next);
    }
    const dayButton = $<HTMLButtonElement>(next, `[data-date="${day}"]`);
    expect(dayButton, `no ${day} in the grid`).not.to.equal(null);
    dayButton!.click();
    await until(next, () => $(next, '[part~=slot]'), 'times of the day show');
    const times = [...next.shadowRoot!.querySelectorAll<HTMLElement>('[part~=slot]')].map(
      (s) => s.dataset.start,
    );
    // The same day's times, less the one booked (late in the day there may be few).
    expect(times.map((t) => Date.parse(t!))).to.deep.equal(
      offered.filter((t) => t !== Date.parse(start)),
    );
  });

  it('<credential-badge source="rest:…"> verifies an issued credential, and shows it revoked once the issuer revokes it', async () => {
    const show = () =>
      fixture<CredentialBadge>(
        html`<credential-badge
          source=${`rest:${api}`}
          credential-id="lee-sql-3"
          lang="en"
        ></credential-badge>`,
      );
    expect(await verdictOf(await show())).to.contain('Verified');
    const revoke = await fetch(`${api}/admin/credentials/lee-sql-3/revoke`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'Issued in error' }),
    });
    expect(revoke.status).to.equal(204);
    expect(await verdictOf(await show())).to.contain('Revoked');
  });

  it('<credential-badge> verifies a hosted OB 2.0 assertion from the server', async () => {
    const el = await fixture<CredentialBadge>(
      html`<credential-badge
        source=${`rest:${api}`}
        credential-id="lee-sql-2"
        lang="en"
      ></credential-badge>`,
    );
    expect(await verdictOf(el)).to.contain('Verified');
  });
});
