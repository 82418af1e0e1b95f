/**
 * What a widget does to the host page while it loads: nothing below it moves when its script
 * arrives (micropath.css gave it the size it then keeps), nor while its data loads, nor when a
 * credential's verdict or a month's free times come in. Each element sits in a 380 px column
 * (a phone) with a paragraph after it; the paragraph's position is what a visitor would see
 * jump. Every answer is held until the test lets it through.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { registerSource } from '../../packages/micropath/src/core/sources.ts';
import {
  createMemoryAdapter,
  type MemoryMentor,
} from '../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import { makeListings } from '../support/listing-factory.ts';
import { mentors } from '../support/mentors.ts';
import { signedCredential } from '../support/sign-credential.ts';

/** A promise the test resolves: every held call waits for it. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}
const data = gate();
const keys = gate();
const slots = gate();

// Written for this test: one mentor with one session, so `mentor-id` leads to the month.
const jonas: MemoryMentor = {
  ...mentors[0]!,
  id: 'jonas',
  name: 'Jonas Weber',
  sessionTypes: [{ id: 'intro', name: 'Intro call', durationMinutes: 30 }],
  weeklyHours: [
    {
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      start: '08:00',
      end: '18:00',
    },
  ],
  minNoticeMinutes: 0,
};

const issuer = 'https://college.example';
const signed = await signedCredential({}, { issuer: () => issuer, issuerName: 'Example College' });
const memory = createMemoryAdapter({
  listings: makeListings(30),
  mentors: [...mentors, jonas],
  credentials: { one: signed.jws, two: signed.jws, three: signed.jws },
  holders: { ada: ['one', 'two', 'three'] },
});
const held =
  <A extends unknown[], R>(fn: (...args: A) => Promise<R>, wait = data) =>
  async (...args: A) => {
    await wait.opened;
    return fn(...args);
  };
registerSource('held', () => ({
  listListings: held(memory.listListings.bind(memory)),
  getListing: held(memory.getListing.bind(memory)),
  listMentors: held(memory.listMentors.bind(memory)),
  getAvailability: held(memory.getAvailability.bind(memory), slots),
  book: memory.book.bind(memory),
  getCredential: held(memory.getCredential.bind(memory)),
  listCredentials: held(memory.listCredentials.bind(memory)),
  // The issuer's key set, for the verification (the checks wait for it).
  fetch: async (url: string) => {
    await keys.opened;
    if (url === `${issuer}/.well-known/jwks.json`)
      return Response.json({ keys: [{ ...signed.jwk, alg: 'ES256', use: 'sig' }] });
    return new Response('not here', { status: 404 });
  },
}));

const CASES = [
  '<apprentice-board source="held:x"></apprentice-board>',
  '<mentor-booking source="held:x"></mentor-booking>',
  '<mentor-booking source="held:x" mentor-id="jonas" time-zone="UTC"></mentor-booking>',
  '<credential-badge source="held:x" credential-id="one"></credential-badge>',
  '<credential-badge source="held:x" credential-id="two" layout="full"></credential-badge>',
  '<credential-badge source="held:x" credential-id="three" layout="compact"></credential-badge>',
  '<credential-badge source="held:x" holder="ada"></credential-badge>',
  '<credential-badge allow-upload></credential-badge>',
];

const column = document.createElement('div');
column.style.inlineSize = '380px';
document.body.append(column);
const style = document.createElement('style');
style.textContent = await (await fetch('/packages/micropath/src/micropath.css')).text();
document.head.append(style);

/** Where each element's following paragraph is, relative to the element's top. */
const below = () =>
  [...column.querySelectorAll('section')].map((section) => {
    const element = section.firstElementChild!;
    const after = section.querySelector('p')!;
    return Math.round(after.getBoundingClientRect().top - element.getBoundingClientRect().top);
  });

/** Every element's pending update done (positions are then read with a fresh layout). */
const settled = async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await Promise.all(
    [...column.querySelectorAll('section > :first-child')].map(
      (el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete,
    ),
  );
};

const shadowText = (selector: string) =>
  [...column.querySelectorAll(selector)].map((el) => el.shadowRoot?.textContent ?? '').join(' ');

describe('a widget loading on a host page', () => {
  it('moves nothing below it: when its script arrives, while it loads, and when its checks answer', async () => {
    column.innerHTML = CASES.map((tag) => `<section>${tag}<p>After the widget.</p></section>`).join(
      '',
    );
    const undefinedSizes = below();
    expect(Math.min(...undefinedSizes), 'micropath.css sizes undefined elements').to.be.above(50);

    await Promise.all([
      import('../../packages/micropath/src/apprentice-board/define.ts'),
      import('../../packages/micropath/src/mentor-booking/define.ts'),
      import('../../packages/micropath/src/credential-badge/define.ts'),
    ]);
    // Their first render, before any chunk or answer could arrive (the upload box's chunk
    // is on its way: its place is kept too).
    await Promise.all(
      [...column.querySelectorAll('section > :first-child')].map(
        (el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete,
      ),
    );
    expect(shadowText('mentor-booking')).to.include('Loading mentors');
    expect(below(), 'defined and loading, as reserved').to.deep.equal(undefinedSizes);
    await settled();
    expect(below().slice(0, -1), 'still loading, still as reserved').to.deep.equal(
      undefinedSizes.slice(0, -1),
    );

    // The data arrives; the badges show their credentials while their checks wait for a key.
    data.open();
    await waitUntil(
      () =>
        shadowText('credential-badge').split('Checking…').length - 1 >= 3 &&
        shadowText('mentor-booking[mentor-id]').includes('Loading free times'),
      'credentials shown while checking, the month while its times load',
      { timeout: 10_000 },
    );
    const checking = below();

    keys.open();
    slots.open();
    await waitUntil(
      () =>
        !shadowText('credential-badge').includes('Checking…') &&
        shadowText('mentor-booking[mentor-id]').includes('days with free times'),
      'verdicts and free times',
      { timeout: 10_000 },
    );
    await settled();
    expect(shadowText('credential-badge')).to.include('Verified');
    expect(below(), 'the verdicts and the free times take the space kept for them').to.deep.equal(
      checking,
    );
  });
});
