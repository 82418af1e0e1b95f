/**
 * `loading="lazy"`: a booking far down the page asks its backend for nothing until the visitor
 * comes near it, and keeps its loading size meanwhile. The default loads at once.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import type { MentoringAdapter } from '../../../packages/micropath/src/core/contracts.ts';
import type { MentorBooking } from '../../../packages/micropath/src/mentor-booking/mentor-booking.ts';
import '../../../packages/micropath/src/mentor-booking/define.ts';
import { $$, everyDay, text, until } from '../../support/booking-helpers.ts';
import { reportView, useViewStandIn } from '../../support/view-stand-in.ts';

/** A memory backend that records what it was asked. */
function recorded() {
  const inner = createMemoryAdapter({
    mentors: [everyDay({ id: 'ana', name: 'Ana Ruiz' }), everyDay({ id: 'ravi', name: 'Ravi' })],
  });
  const asked: string[] = [];
  const adapter: MentoringAdapter = {
    listMentors: (query, options) => (asked.push('mentors'), inner.listMentors(query, options)),
    getAvailability: (query, options) => (
      asked.push('times'),
      inner.getAvailability(query, options)
    ),
    book: (request, options) => inner.book(request, options),
  };
  return { adapter, asked };
}

async function farDown(adapter: MentoringAdapter, attrs: { loading?: string; mentor?: string }) {
  const el = fixtureSync<MentorBooking>(
    html`<mentor-booking
      .adapter=${adapter}
      loading=${attrs.loading ?? 'eager'}
      mentor-id=${attrs.mentor ?? ''}
      lang="en"
    ></mentor-booking>`,
  );
  await el.updateComplete;
  reportView(el, false);
  return el;
}

describe('<mentor-booking loading="lazy">', () => {
  useViewStandIn();

  it('asks for nothing, and keeps its loading size, until the visitor comes near', async () => {
    const { adapter, asked } = recorded();
    const el = await farDown(adapter, { loading: 'lazy' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(asked).to.deep.equal([]);
    expect(text(el.shadowRoot!.querySelector('.step-mentor [role=status]'))).to.equal(
      'Loading mentors…',
    );
    expect(el.getBoundingClientRect().height).to.be.greaterThan(300);

    reportView(el, true);
    await until(el, () => $$(el, '[part=mentor]').length === 2, 'the mentors are listed');
    expect(asked).to.deep.equal(['mentors']);
  });

  it('with a mentor-id, loads the mentor and the month once near', async () => {
    const { adapter, asked } = recorded();
    const el = await farDown(adapter, { loading: 'lazy', mentor: 'ana' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(asked).to.deep.equal([]);
    reportView(el, true);
    await until(el, () => $$(el, '[part~=day-available]').length > 0, 'the month shows');
    expect(asked).to.deep.equal(['mentors', 'times']);
  });

  it('loads at once by default, wherever it is', async () => {
    const { adapter, asked } = recorded();
    const el = await farDown(adapter, {});
    await until(el, () => $$(el, '[part=mentor]').length === 2, 'the mentors are listed');
    expect(asked).to.deep.equal(['mentors']);
  });

  it('moved in the page before it is reached, it still loads when reached', async () => {
    const { adapter, asked } = recorded();
    const el = await farDown(adapter, { loading: 'lazy' });
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await el.updateComplete;
    reportView(el, true);
    await until(el, () => $$(el, '[part=mentor]').length === 2, 'the mentors are listed');
    expect(asked).to.deep.equal(['mentors']);
    elsewhere.remove();
  });
});
