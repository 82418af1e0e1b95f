/** The memory and Cal.com adapters filter mentors by skill the way the REST contract does. */
import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import { calComAdapter } from '../../../packages/micropath/src/adapters/cal-com.ts';
import { everyDay } from '../../support/booking-helpers.ts';

const UUID = '598de5b0-5b58-4ea7-8058-a4bc4d18c742';
const SQL = `http://data.europa.eu/esco/skill/${UUID}`;
const ctx = () => ({ signal: new AbortController().signal, locale: 'en' });

describe('mentors by skill in the adapters', () => {
  const memory = createMemoryAdapter({
    mentors: [
      everyDay({ id: 'ana', name: 'Ana Ruiz', expertise: ['SQL'] }),
      everyDay({ id: 'ravi', name: 'Ravi Menon', expertise: ['Cybersecurity'] }),
      everyDay({
        id: 'nadia',
        name: 'Nadia Amari',
        skills: [
          { label: 'SQL', id: SQL },
          { label: 'Data visualisation', altLabels: ['Charts'] },
        ],
      }),
    ],
  });
  const ids = async (skill: string[]) =>
    (await memory.listMentors({ skill }, ctx())).map((m) => m.id);

  it('memory: by URI in any of its forms, by label, repeatable, those covering more first', async () => {
    for (const uri of [SQL, `https://data.europa.eu/esco/skill/${UUID}/`, UUID])
      expect(await ids([uri]), uri).to.deep.equal(['nadia']);
    expect(await ids(['sql'])).to.deep.equal(['ana', 'nadia']);
    expect(await ids(['charts'])).to.deep.equal(['nadia']);
    expect(await ids(['SQL', 'Data visualisations'])).to.deep.equal(['nadia', 'ana']);
    // Shared words alone do not cover a skill.
    expect(await ids(['Data visualisation tools'])).to.deep.equal([]);
    expect(await ids([])).to.deep.equal(['ana', 'ravi', 'nadia']);
  });

  it('Cal.com: by the skills the page gives its mentor', async () => {
    const adapter = calComAdapter({
      username: 'jane',
      eventSlug: '60min',
      apiBase: '/cal/ok-skills/v2',
      mentor: { name: 'Jane Doe', skills: [{ label: 'SQL', id: SQL }], expertise: ['UX'] },
    });
    expect(await adapter.listMentors({ skill: [UUID] }, ctx())).to.have.length(1);
    expect(await adapter.listMentors({ skill: ['ux'] }, ctx())).to.have.length(1);
    expect(await adapter.listMentors({ skill: ['Rust'] }, ctx())).to.deep.equal([]);
    const [mentor] = await adapter.listMentors({}, ctx());
    expect(mentor!.skills).to.deep.equal([{ label: 'SQL', id: SQL }]);
  });
});
