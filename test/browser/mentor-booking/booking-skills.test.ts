import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import type { MentoringAdapter } from '../../../packages/micropath/src/core/contracts.ts';
import type { BookingRequest } from '../../../packages/micropath/src/core/models/booking.ts';
import type { MentorBooking } from '../../../packages/micropath/src/mentor-booking/mentor-booking.ts';
import '../../../packages/micropath/src/mentor-booking/define.ts';
import {
  $,
  $$,
  active,
  everyDay,
  text,
  typeInto,
  until,
  walkToForm,
} from '../../support/booking-helpers.ts';

const SQL = 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742';
const VISUAL = 'http://data.europa.eu/esco/skill/c3e36d05-8ae8-447f-bb2b-6f9409f85389';

const team = [
  everyDay({ id: 'ravi', name: 'Ravi Menon', expertise: ['Cybersecurity'] }),
  everyDay({
    id: 'lena',
    name: 'Lena Vogel',
    // Named by label only: the label tier finds it.
    skills: ['SQL'],
  }),
  everyDay({
    id: 'ana',
    name: 'Ana Ruiz',
    skills: [
      { label: 'SQL', id: SQL, framework: 'ESCO' },
      { label: 'Data visualisation', id: VISUAL, framework: 'ESCO' },
    ],
  }),
  everyDay({
    id: 'omar',
    name: 'Omar Haddad',
    // Shares words with "Data visualisation" only: possible, never counted.
    expertise: ['Data visualisation tools'],
  }),
];

async function mount(skills: string | undefined, adapter: MentoringAdapter) {
  const el = await fixture<MentorBooking>(
    html`<mentor-booking .adapter=${adapter} skills=${skills ?? ''} lang="en"></mentor-booking>`,
  );
  await until(el, () => $$(el, '[part=mentor]').length, 'mentors show');
  return el;
}

const names = (el: MentorBooking) => $$(el, '[part=mentor] h3').map(text);

describe('<mentor-booking>: mentors by skill', () => {
  it('shows the mentors covering more of the skills first, each saying which', async () => {
    // One concept URI (its https form: the URI tier compares them equal) and one label.
    const el = await mount(
      `https://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742/, Data visualisation`,
      createMemoryAdapter({ mentors: team }),
    );
    // Lena names SQL by label only: a skill asked for by URI alone is found by URI only.
    expect(names(el)).to.deep.equal(['Ana Ruiz', 'Ravi Menon', 'Lena Vogel', 'Omar Haddad']);
    const [ana, ravi, lena, omar] = $$(el, '[part=mentor]');
    expect(text(ana!.querySelector('[part=covers]'))).to.equal(
      'Can help with: SQL, Data visualisation',
    );
    expect(lena!.querySelector('[part=covers]')).to.equal(null);
    expect(ravi!.querySelector('[part=covers]')).to.equal(null);
    // Token overlap is said as a maybe, and does not move the mentor up.
    expect(omar!.querySelector('[part=covers]')).to.equal(null);
    expect(text(omar!.querySelector('[part=related]'))).to.equal(
      'Related: Data visualisation tools',
    );
    expect($(el, '[part=skills-notice]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes the list as a property, strings and references alike', async () => {
    const el = await mount(undefined, createMemoryAdapter({ mentors: team }));
    expect(names(el)[0]).to.equal('Ravi Menon');
    el.skills = [{ label: 'Datenvisualisierung', id: VISUAL }];
    await el.updateComplete;
    await until(el, () => names(el)[0] === 'Ana Ruiz', 'the covering mentor comes first');
    expect(text($(el, '[part=mentor] [part=covers]'))).to.equal(
      'Can help with: Data visualisation',
    );
  });

  it('says plainly when no mentor covers a skill, and still lets the visitor book anyone', async () => {
    const el = await mount('SQL Rust', createMemoryAdapter({ mentors: team }));
    expect(text($(el, '[part=skills-notice]'))).to.equal(
      'No mentor here covers Rust yet. You can still book any mentor below.',
    );
    // By label, Lena and Ana both cover SQL: the backend's order between them stays.
    expect(names(el).slice(0, 2)).to.deep.equal(['Lena Vogel', 'Ana Ruiz']);
    expect(text($(el, '[part=mentor] [part=covers]'))).to.equal('Can help with: SQL');
    await expect(el).to.be.accessible();

    const none = await mount('Rust', createMemoryAdapter({ mentors: team }));
    expect(text($(none, '[part=skills-notice]'))).to.equal(
      'No mentor here covers Rust yet. You can still book any mentor below.',
    );
    expect(names(none)).to.deep.equal(['Ravi Menon', 'Lena Vogel', 'Ana Ruiz', 'Omar Haddad']);
    await expect(none).to.be.accessible();
    // By keyboard: Tab reaches the first mentor's Choose button, Enter chooses.
    $(none, '[part=mentor] button')!.focus();
    expect(active(none)?.dataset.mentor).to.equal('ravi');
    await sendKeys({ press: 'Enter' });
    await until(none, () => $(none, '[part=calendar]'), 'the calendar shows');
    expect(text($(none, '[part=summary]'))).to.contain('Ravi Menon');
  });

  it('sends the skills with the booking, so the mentor knows why the visitor came', async () => {
    const memory = createMemoryAdapter({ mentors: team });
    const sent: BookingRequest[] = [];
    const adapter: MentoringAdapter = {
      listMentors: (q, ctx) => memory.listMentors(q, ctx),
      getAvailability: (r, ctx) => memory.getAvailability(r, ctx),
      book: (request, ctx) => {
        sent.push(request);
        return memory.book(request, ctx);
      },
    };
    const el = await mount(`${SQL} Rust`, adapter);
    el.metadata = { utm_source: 'careers', skills: 'overwritten' };
    await walkToForm(el, 'Ana Ruiz');
    await typeInto(el, '#name', 'Kim Lee');
    await typeInto(el, '#email', 'kim@example.org');
    $<HTMLInputElement>(el, '#consent')!.click();
    await el.updateComplete;
    $(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=confirmation]'), 'confirmed');
    // A URI is named by the label a mentor gives it; one no mentor covers, as written.
    expect(sent[0]!.metadata).to.deep.equal({
      utm_source: 'careers',
      skills: 'SQL, Rust',
      skillIds: SQL,
    });
    // The calendar file the page offers says it too.
    const ics = $<HTMLAnchorElement>(el, '[part~=ics]')!;
    expect(decodeURIComponent(ics.href)).to.contain('DESCRIPTION:Help with: SQL\\, Rust');
    await expect(el).to.be.accessible();
  });
});
