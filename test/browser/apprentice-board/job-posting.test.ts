/**
 * The JobPosting JSON-LD of real recorded postings (Greenhouse, Lever, Ashby; sources in
 * test/fixtures/ats/*.json), held against Google's documented JobPosting properties
 * (developers.google.com/search/docs/appearance/structured-data/job-posting): required
 * datePosted, description, hiringOrganization, jobLocation (or, for a fully remote job,
 * jobLocationType TELECOMMUTE with applicantLocationRequirements) and title; recommended
 * baseSalary, directApply, employmentType, identifier, validThrough.
 */
import { expect } from '@open-wc/testing';
import { greenhouseAdapter } from '../../../packages/micropath/src/adapters/ats/greenhouse.ts';
import { leverAdapter } from '../../../packages/micropath/src/adapters/ats/lever.ts';
import { ashbyAdapter } from '../../../packages/micropath/src/adapters/ats/ashby.ts';
import { jobPosting } from '../../../packages/micropath/src/apprentice-board/job-posting.ts';
import {
  addressOf,
  countryCode,
} from '../../../packages/micropath/src/apprentice-board/location-address.ts';
import type { Listing } from '../../../packages/micropath/src/core/models/listing.ts';

const listing = (fields: Partial<Listing>): Listing =>
  ({
    id: 'l-1',
    title: 'Welder apprentice',
    kind: 'apprenticeship',
    organization: { name: 'Steelworks' },
    skills: [],
    locations: [],
    postedAt: '2026-11-02',
    ...fields,
  }) as Listing;

/** The JSON-LD of a listing, and what the console said while making it. */
function ldOf(fields: Partial<Listing>): { ld: Ld | undefined; warned: string } {
  const warn = console.warn;
  const said: unknown[] = [];
  console.warn = (...args: unknown[]) => said.push(...args);
  try {
    const ld = jobPosting(listing(fields), 'Learn to weld.', false);
    return { ld, warned: said.map(String).join(' ') };
  } finally {
    console.warn = warn;
  }
}

const ctx = { signal: new AbortController().signal, locale: 'en' };
type Ld = Record<string, unknown>;
const addressesOf = (ld: Ld) =>
  ((ld.jobLocation as { address: Record<string, string> }[] | undefined) ?? []).map((p) =>
    Object.fromEntries(Object.entries(p.address).filter(([key]) => key !== '@type')),
  );

function meetsGoogle(ld: Ld, listing: Listing) {
  for (const property of ['title', 'description', 'hiringOrganization', 'identifier'])
    expect(ld, `${listing.id} ${property}`).to.have.property(property);
  if (listing.postedAt) expect(ld.datePosted).to.equal(listing.postedAt);
  const remote = ld.jobLocationType === 'TELECOMMUTE';
  const where = remote ? ld.applicantLocationRequirements : ld.jobLocation;
  expect(where, `${listing.id}: where the job is`).to.be.an('array').with.length.above(0);
  for (const address of addressesOf(ld))
    expect(address.addressCountry, `${listing.id}: every address has its country`).to.match(
      /^[A-Z]{2}$/,
    );
  if (ld.employmentType)
    expect(['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER']).to.include(
      ld.employmentType,
    );
  expect(ld, 'directApply only when the form is embedded').to.not.have.property('directApply');
}

describe('JobPosting JSON-LD on recorded feeds', () => {
  it('Greenhouse (Anthropic): "City, ST" and "City, Country" labels become postal addresses', async () => {
    const page = await greenhouseAdapter({
      board: 'anthropic',
      apiBase: '/ats/greenhouse',
    }).listListings({ limit: 50 }, ctx);
    const lds = page.items.map((l) => [l, jobPosting(l, l.summary ?? '', false)!] as const);
    for (const [listing, ld] of lds) meetsGoogle(ld, listing);
    const gtm = lds.find(([l]) => l.title === 'Amazon GTM Partnership, Startups')![1];
    expect(addressesOf(gtm)).to.deep.equal([
      { addressLocality: 'San Francisco', addressRegion: 'CA', addressCountry: 'US' },
      { addressLocality: 'New York City', addressRegion: 'NY', addressCountry: 'US' },
      { addressLocality: 'Seattle', addressRegion: 'WA', addressCountry: 'US' },
    ]);
    const sydney = lds.find(([l]) => l.title === 'Account Executive, Public Sector')![1];
    expect(addressesOf(sydney)).to.deep.equal([
      { addressLocality: 'Sydney', addressCountry: 'AU' },
    ]);
    const fellows = lds.find(([l]) => l.title === 'Anthropic Fellows Program')![1];
    expect(addressesOf(fellows)).to.deep.include({
      addressLocality: 'London',
      addressCountry: 'GB',
    });
  });

  it('Lever (people.ai): the commitment is the employment type; remote jobs name their countries', async () => {
    const page = await leverAdapter({
      site: 'people-ai',
      apiBase: '/ats/lever',
      company: 'People.ai',
    }).listListings({ limit: 50 }, ctx);
    const ld = (title: string) => {
      const listing = page.items.find((l) => l.title === title)!;
      const posting = jobPosting(listing, listing.summary ?? '', false)!;
      meetsGoogle(posting, listing);
      return posting;
    };
    const xcore = ld('Senior Software Engineer — XCore (Europe)');
    expect(xcore.employmentType).to.equal('CONTRACTOR');
    expect(xcore.jobLocationType).to.equal('TELECOMMUTE');
    expect(xcore.applicantLocationRequirements).to.deep.equal([{ '@type': 'Country', name: 'PL' }]);
    const director = ld('Director of IT');
    expect(director.employmentType).to.equal('FULL_TIME');
    expect(director.applicantLocationRequirements).to.deep.equal([
      { '@type': 'Country', name: 'US' },
    ]);
    expect(director.baseSalary).to.deep.include({ currency: 'USD' });
  });

  it('Ashby (Ramp): the postal address and the employment type come from the feed', async () => {
    const page = await ashbyAdapter({
      board: 'ramp',
      apiBase: '/ats/ashby',
      company: 'Ramp',
    }).listListings({ limit: 50 }, ctx);
    for (const listing of page.items) {
      const ld = jobPosting(listing, listing.summary ?? '', false)!;
      meetsGoogle(ld, listing);
      expect(ld.employmentType).to.equal('FULL_TIME');
      expect(addressesOf(ld)[0]!.addressCountry).to.equal('US');
    }
  });

  it('reads countries in six languages and common abbreviations', () => {
    const given = [
      'Deutschland',
      'España',
      'Brasil',
      'Nederland',
      'Royaume-Uni',
      'UK',
      'USA',
      'pt',
      'Atlantis',
    ];
    expect(given.map(countryCode)).to.deep.equal([
      'DE',
      'ES',
      'BR',
      'NL',
      'GB',
      'GB',
      'US',
      'PT',
      undefined,
    ]);
    expect(addressOf({ label: 'Lisboa, Portugal' })).to.deep.equal({
      locality: 'Lisboa',
      country: 'PT',
    });
    expect(addressOf({ label: 'Hawthorne, CA' })).to.deep.equal({
      locality: 'Hawthorne',
      region: 'CA',
      country: 'US',
    });
    expect(addressOf({ label: 'Remote (EU)' })).to.deep.equal({});
    expect(addressOf({ label: 'Berlin' })).to.deep.equal({ locality: 'Berlin', country: 'DE' });
    expect(addressOf({ label: 'Springfield' })).to.deep.equal({ locality: 'Springfield' });
  });
});

describe('JobPosting JSON-LD that Google accepts, or none', () => {
  it('gives every address its country: the feed’s field, the region, or a city it can place', () => {
    const { ld } = ldOf({
      locations: [
        { label: 'São Paulo' },
        { label: 'Híbrido - São Paulo' },
        { label: 'Austin', region: 'TX' },
        { label: 'Toronto', region: 'ON' },
        { label: 'Lyon', country: 'France' },
        { label: 'München' },
        { label: 'Springfield' },
        { label: 'Somewhere', country: 'Global' },
      ],
    });
    expect(addressesOf(ld!)).to.deep.equal([
      { addressLocality: 'São Paulo', addressCountry: 'BR' },
      { addressLocality: 'São Paulo', addressCountry: 'BR' },
      { addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US' },
      { addressLocality: 'Toronto', addressRegion: 'ON', addressCountry: 'CA' },
      { addressLocality: 'Lyon', addressCountry: 'FR' },
      { addressLocality: 'München', addressCountry: 'DE' },
    ]);
  });

  it('leaves out an on-site posting it cannot place, and says why', () => {
    const { ld, warned } = ldOf({ locations: [{ label: 'Springfield' }], workplace: 'onsite' });
    expect(ld).to.equal(undefined);
    expect(warned).to.contain('l-1').and.to.contain('jobLocation');
  });

  it('gives no JSON-LD to a posting without datePosted, and says which property is missing', () => {
    const { ld, warned } = ldOf({ postedAt: undefined, locations: [{ label: 'Berlin' }] });
    expect(ld).to.equal(undefined);
    expect(warned).to.contain('l-1').and.to.contain('datePosted');
  });

  it('says a remote posting open everywhere is remote, without inventing where applicants live', () => {
    for (const label of ['Global Remote', 'Anywhere', 'Remote', 'Worldwide', 'Remote - Anywhere']) {
      const { ld } = ldOf({ workplace: 'remote', locations: [{ label }] });
      expect(ld!.jobLocationType, label).to.equal('TELECOMMUTE');
      expect(ld, label).to.not.have.property('applicantLocationRequirements');
      expect(ld, label).to.not.have.property('jobLocation');
    }
    const eu = ldOf({ workplace: 'remote', locations: [{ label: 'Remote – EU' }] }).ld!;
    expect(eu.applicantLocationRequirements).to.deep.equal([
      { '@type': 'AdministrativeArea', name: 'EU' },
    ]);
    const brazil = ldOf({ workplace: 'remote', locations: [{ label: 'Remoto - Brasil' }] }).ld!;
    expect(brazil.applicantLocationRequirements).to.deep.equal([
      { '@type': 'Country', name: 'BR' },
    ]);
  });
});
