/**
 * Skills on listings: a requirement is `{ label, id?, framework?, code?, altLabels?,
 * importance }` and a plain string is a required `{ label }` at every boundary. A visitor
 * sees required skills first and preferred ones marked in words; facets, filters and search
 * keep working by label; the JobPosting JSON-LD states skills as DefinedTerms and the
 * education and experience a listing asks for.
 */
import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import { readListing } from '../../../packages/micropath/src/core/read-listings.ts';
import { jobPosting } from '../../../packages/micropath/src/apprentice-board/job-posting.ts';
import { board, $, $$, titles, settled, sample } from '../../support/board-helpers.ts';

const SQL = {
  label: 'SQL',
  id: 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742',
  framework: 'ESCO',
  code: '598de5b0-5b58-4ea7-8058-a4bc4d18c742',
  altLabels: ['Structured Query Language'],
};

const listings = [
  sample({
    id: 'data',
    title: 'Data analyst micro-apprenticeship',
    skills: [{ label: 'Data visualisation', importance: 'preferred' }, SQL, 'Spreadsheets'],
    educationRequirements: ['professional certificate'],
    experienceMonths: 6,
    experienceInPlaceOfEducation: true,
    postedAt: '2026-11-02',
    locations: [{ label: 'Lisboa, Portugal' }],
  }),
  sample({ id: 'weld', title: 'Welding apprentice', skills: ['Welding', 'sql'] }),
  sample({ id: 'none', title: 'Open studio', skills: [] }),
];

const chips = (root: ParentNode) =>
  [...root.querySelectorAll('[part~=skill]')].map((li) =>
    li.textContent!.replace(/\s+/g, ' ').trim(),
  );

describe('<apprentice-board>: skills on listings', () => {
  it('reads strings and references alike, a string as a required skill', () => {
    const listing = readListing(listings[0]);
    expect(listing.skills).to.deep.equal([
      { label: 'Data visualisation', importance: 'preferred' },
      { ...SQL, importance: 'required' },
      { label: 'Spreadsheets', importance: 'required' },
    ]);
    expect(() => readListing(sample({ id: 'x', skills: [{ label: ' ' }] }))).to.throw(/skills/);
    expect(() =>
      readListing(
        sample({ id: 'x', skills: [{ label: 'SQL', importance: 'nice' as 'required' }] }),
      ),
    ).to.throw(/importance/);
  });

  it('shows required skills first and says which are preferred, on the card and in the detail', async () => {
    const el = await board(createMemoryAdapter({ listings }));
    await settled(el, () => titles(el).length === 3);
    const card = $$(el, '[part~=card]')[0]!;
    expect(chips(card)).to.deep.equal(['SQL', 'Spreadsheets', 'Data visualisation (preferred)']);
    expect(card.querySelector('[part~=skill-preferred]')!.textContent).to.contain(
      'Data visualisation',
    );
    expect($$(el, '[part~=card]')[2]!.querySelector('[part=skills]')).to.equal(null);

    $$(el, '[part~=card] .open')[0]!.click();
    await settled(el, () => $(el, '[part=detail]') !== null);
    const section = $(el, '.detail-skills')!;
    expect(section.querySelector('h3')!.textContent!.trim()).to.equal(
      'Skills this opening asks for',
    );
    expect(section.getAttribute('aria-labelledby')).to.equal(section.querySelector('h3')!.id);
    expect(chips(section)).to.deep.equal(['SQL', 'Spreadsheets', 'Data visualisation (preferred)']);
    // Named by its heading alone, not twice.
    expect(section.querySelector('[part=skills]')!.hasAttribute('aria-label')).to.equal(false);
    expect(card.querySelector('[part=skills]')!.getAttribute('aria-label')).to.equal('Skills');
  });

  it('filters, counts and searches by label, whatever shape the skill came in', async () => {
    const adapter = createMemoryAdapter({ listings });
    const ctx = { signal: new AbortController().signal, locale: 'en' };
    const bySql = await adapter.listListings({ skill: ['SQL'] }, ctx);
    expect(bySql.items.map((l) => l.id)).to.deep.equal(['data', 'weld']);
    const all = await adapter.listListings({}, ctx);
    expect(all.facets!.skill!.find((f) => f.value === 'SQL')).to.deep.equal({
      value: 'SQL',
      count: 2,
    });
    const search = await adapter.listListings({ q: 'visualisation' }, ctx);
    expect(search.items.map((l) => l.id)).to.deep.equal(['data']);
  });

  it('JobPosting JSON-LD: skills as DefinedTerms, education and experience as stated', () => {
    const ld = jobPosting(readListing(listings[0]), '', false)!;
    expect(ld.skills).to.deep.equal([
      { '@type': 'DefinedTerm', name: 'Data visualisation' },
      {
        '@type': 'DefinedTerm',
        name: 'SQL',
        '@id': SQL.id,
        url: SQL.id,
        termCode: SQL.code,
        inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'ESCO' },
      },
      { '@type': 'DefinedTerm', name: 'Spreadsheets' },
    ]);
    expect(ld.educationRequirements).to.deep.equal([
      {
        '@type': 'EducationalOccupationalCredential',
        credentialCategory: 'professional certificate',
      },
    ]);
    expect(ld.experienceRequirements).to.deep.equal({
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: 6,
    });
    expect(ld.experienceInPlaceOfEducation).to.equal(true);
    const odd = jobPosting(
      readListing(
        sample({
          id: 'odd',
          skills: [{ label: 'SQL', id: 'SQL 1' }],
          postedAt: '2026-11-02',
          workplace: 'remote',
        }),
      ),
      '',
      false,
    )!;
    expect(odd.skills).to.deep.equal([{ '@type': 'DefinedTerm', name: 'SQL' }]);
    const plain = jobPosting(
      readListing({ ...listings[2]!, postedAt: '2026-11-02', workplace: 'remote' }),
      '',
      false,
    );
    expect(plain).to.be.an('object');
    for (const property of ['skills', 'educationRequirements', 'experienceRequirements'])
      expect(plain).to.not.have.property(property);
  });
});
