/**
 * `skill-param`: a mentoring page's booking takes the skills from its address, as a careers
 * page's "Find a mentor for …" links send them (`?skill=…`), and follows back and forward.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import type { MentorBooking } from '../../../packages/micropath/src/mentor-booking/mentor-booking.ts';
import '../../../packages/micropath/src/mentor-booking/define.ts';
import { $, $$, everyDay, text, until } from '../../support/booking-helpers.ts';

const SQL = 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742';
const team = [
  everyDay({ id: 'ravi', name: 'Ravi Menon', expertise: ['Cybersecurity'] }),
  everyDay({ id: 'ana', name: 'Ana Ruiz', skills: [{ label: 'SQL', id: SQL, framework: 'ESCO' }] }),
];
const names = (el: MentorBooking) => $$(el, '[part=mentor] h3').map(text);

describe('<mentor-booking>: skills from the page address', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('reads ?skill= when asked, one skill per value, and again on back and forward', async () => {
    history.replaceState(null, '', `?skill=${encodeURIComponent(SQL)}&skill=Data+visualisation`);
    const el = await fixture<MentorBooking>(
      html`<mentor-booking
        .adapter=${createMemoryAdapter({ mentors: team })}
        skill-param="skill"
        lang="en"
      ></mentor-booking>`,
    );
    expect(el.skills).to.deep.equal([SQL, 'Data visualisation']);
    await until(el, () => names(el)[0] === 'Ana Ruiz', 'the mentor for SQL comes first');
    expect(text($(el, '[part=mentor] [part=covers]'))).to.equal('Can help with: SQL');

    history.pushState(null, '', '?skill=Cybersecurity');
    dispatchEvent(new PopStateEvent('popstate'));
    expect(el.skills).to.deep.equal(['Cybersecurity']);
    await until(el, () => names(el)[0] === 'Ravi Menon', 'follows the address');
    history.pushState(null, '', '?');
    dispatchEvent(new PopStateEvent('popstate'));
    expect(el.skills).to.deep.equal([]);
  });

  it('leaves its skills alone when not asked', async () => {
    history.replaceState(null, '', '?skill=Cybersecurity');
    const el = await fixture<MentorBooking>(
      html`<mentor-booking
        .adapter=${createMemoryAdapter({ mentors: team })}
        skills="SQL"
        lang="en"
      ></mentor-booking>`,
    );
    expect(el.skills).to.deep.equal(['SQL']);
  });
});
