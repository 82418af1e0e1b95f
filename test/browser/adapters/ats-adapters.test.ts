import { expect } from '@open-wc/testing';
import { greenhouseAdapter } from '../../../packages/micropath/src/adapters/ats/greenhouse.ts';
import { leverAdapter } from '../../../packages/micropath/src/adapters/ats/lever.ts';
import { ashbyAdapter } from '../../../packages/micropath/src/adapters/ats/ashby.ts';
import { smartRecruitersAdapter } from '../../../packages/micropath/src/adapters/ats/smartrecruiters.ts';
import { inferKind } from '../../../packages/micropath/src/adapters/ats/infer-kind.ts';
import { inferWorkplace } from '../../../packages/micropath/src/adapters/ats/infer-workplace.ts';
import { inferEmploymentType } from '../../../packages/micropath/src/adapters/ats/infer-employment.ts';
import {
  decodeEntitiesOnce,
  htmlToText,
} from '../../../packages/micropath/src/adapters/ats/html-text.ts';
import { registerAtsSources } from '../../../packages/micropath/src/adapters/ats/sources.ts';
import { adapterFromSource } from '../../../packages/micropath/src/core/sources.ts';
import type { AdapterError } from '../../../packages/micropath/src/core/errors.ts';
import { rejection } from '../../support/rejection.ts';

const ctx = (signal = new AbortController().signal) => ({ signal, locale: 'en' });
const gh = (board: string) => greenhouseAdapter({ board, apiBase: '/ats/greenhouse' });

describe('Greenhouse adapter (recorded feeds over HTTP)', () => {
  it('maps the Anthropic board: locations, workplace, department, dates, links', async () => {
    const page = await gh('anthropic').listListings({ sort: 'newest' }, ctx());
    expect(page.total).to.equal(4);
    expect(page.skipped).to.equal(0);
    const job = page.items.find((i) => i.id === '5215052008')!;
    expect(job.title).to.equal('Amazon GTM Partnership, Startups');
    expect(job.organization.name).to.equal('Anthropic');
    expect(job.locations.map((l) => l.label)).to.deep.equal([
      'San Francisco, CA',
      'New York City, NY',
      'Seattle, WA',
    ]);
    expect(job.workplace).to.equal('onsite');
    expect(job.department).to.equal('Sales');
    expect(job.postedAt).to.equal('2026-05-11T17:58:31-04:00');
    expect(job.applyUrl).to.equal('https://job-boards.greenhouse.io/anthropic/jobs/5215052008');
    expect(job.descriptionHtml).to.match(/^<div class="content-intro"><h2><strong>About Anthropic/);
    // Every description opens with "About Anthropic": the card says what this one is about.
    expect(job.summary).to.not.contain('Anthropic’s mission');
    expect(job.summary).to.match(/^Anthropic is seeking a candidate/);
    const fellows = page.items.find((i) => i.id === '5023394008')!;
    expect(fellows.locations).to.have.length(4);
  });

  it('decodes entity-escaped HTML exactly once', async () => {
    const listing = await gh('smarterdx').getListing('5193736007', ctx());
    // The feed has "&amp;amp;": one decode leaves "&amp;", which the page shows as "&".
    expect(listing.descriptionHtml).to.contain('&amp;');
    expect(listing.descriptionHtml).to.not.contain('&amp;amp;');
    expect(listing.descriptionHtml).to.not.contain('&lt;');
    expect(listing.workplace).to.equal('remote');
    expect((await gh('smarterdx').getListing('5099964007', ctx())).title).to.equal(
      'Clinical Coding Specialist',
    );
  });

  it('fetches the board once for many queries, and again after refresh()', async () => {
    const adapter = greenhouseAdapter({ board: 'anthropic', apiBase: '/ats/greenhouse' });
    let calls = 0;
    const counting = greenhouseAdapter({
      board: 'anthropic',
      apiBase: '/ats/greenhouse',
      // Board fetches only: opening a posting also asks for its pay ranges (one request).
      fetch: (input, init) => (String(input).includes('/jobs?') && calls++, fetch(input, init)),
    });
    await Promise.all([
      counting.listListings({ q: 'fellows' }, ctx()),
      counting.listListings({}, ctx()),
      counting.getListing('5101378008', ctx()),
    ]);
    expect(calls).to.equal(1);
    counting.refresh();
    await counting.listListings({}, ctx());
    expect(calls).to.equal(2);
    expect((await adapter.listListings({ q: 'fellows' }, ctx())).total).to.equal(2);
  });

  it('does not let one cancelled query cancel the shared board fetch', async () => {
    const adapter = greenhouseAdapter({ board: 'anthropic', apiBase: '/ats/greenhouse' });
    const controller = new AbortController();
    const first = adapter.listListings({ q: 'a' }, ctx(controller.signal));
    controller.abort();
    expect(((await rejection(first)) as DOMException).name).to.equal('AbortError');
    expect((await adapter.listListings({}, ctx())).total).to.equal(4);
  });

  it('reports broken and missing boards, and retries after a failure', async () => {
    const broken = (await rejection(gh('broken').listListings({}, ctx()))) as AdapterError;
    expect(broken.code).to.equal('invalid-response');
    const missing = gh('nobody');
    expect(((await rejection(missing.listListings({}, ctx()))) as AdapterError).code).to.equal(
      'not-found',
    );
    expect(((await rejection(missing.getListing('1', ctx()))) as AdapterError).code).to.equal(
      'not-found',
    );
    expect(
      ((await rejection(gh('anthropic').getListing('nope', ctx()))) as AdapterError).code,
    ).to.equal('not-found');
  });

  it('keeps hostile text as text, drops javascript: links (not their postings) and empty titles, and counts them', async () => {
    const page = await gh('hostile').listListings({ limit: 100 }, ctx());
    expect(page.skipped).to.equal(1);
    expect(page.total).to.equal(41);
    const badLink = page.items.find((i) => i.id === 'bad-url')!;
    expect(badLink).to.not.have.property('url');
    expect(badLink).to.not.have.property('applyUrl');
    const withScript = page.items.find((i) => i.title.includes('onerror'))!;
    expect(withScript.organization.name).to.equal(withScript.title);
    expect(withScript.descriptionHtml).to.equal(withScript.title);
  });
});

describe('Lever adapter (recorded feeds over HTTP)', () => {
  const lever = (site: string) =>
    leverAdapter({ site, apiBase: '/ats/lever', company: 'Backstory' });

  it('maps salary ranges, workplace, team, lists and commitments', async () => {
    const page = await lever('people-ai').listListings({ sort: 'newest' }, ctx());
    expect(page.total).to.equal(4);
    const director = page.items.find((i) => i.title === 'Director of IT')!;
    expect(director.compensation).to.deep.equal({
      kind: 'paid',
      min: 200000,
      max: 270000,
      currency: 'USD',
      interval: 'year',
    });
    expect(director.workplace).to.equal('remote');
    expect(director.department).to.equal('G&A');
    expect(director.locations).to.deep.equal([{ label: 'United States' }]);
    expect(director.organization.name).to.equal('Backstory');
    expect(director.descriptionHtml).to.contain('<h3>Responsibilities</h3><ul>');
    expect(director.postedAt).to.equal(new Date(1777410676083).toISOString());
    expect(director.applyUrl).to.match(/\/apply$/);
    expect(page.items.map((i) => i.title)).to.include('Senior Software Engineer — XCore (Europe)');
  });

  it('summarizes each posting by what it says, not the board’s "About us"', async () => {
    const page = await lever('people-ai').listListings({ sort: 'newest' }, ctx());
    const summaries = page.items.map((i) => i.summary ?? '');
    // Three of the four descriptions open with the same paragraph about the company.
    expect(summaries.filter((s) => s.startsWith('Backstory (formerly People.ai)'))).to.deep.equal(
      [],
    );
    expect(new Set(summaries.filter(Boolean)).size).to.equal(summaries.filter(Boolean).length);
    const xcore = page.items.find((i) => i.title.startsWith('Senior Software Engineer'))!;
    expect(xcore.summary).to.match(/^As a Senior SWE on the XCore team/);
  });

  it('keeps each posting’s commitment as its employment type (Full-Time, Contract)', async () => {
    const page = await lever('people-ai').listListings({ sort: 'newest' }, ctx());
    const types = Object.fromEntries(page.items.map((i) => [i.title, i.employmentType]));
    expect(types).to.deep.equal({
      'Director of IT': 'full-time',
      'Key Account Executive': 'full-time',
      'Principal Customer Success Manager': 'full-time',
      'Senior Software Engineer — XCore (Europe)': 'contract',
    });
    expect(page.items.every((i) => i.kind === 'job')).to.equal(true);
  });

  it('uses the EU API origin for region eu', async () => {
    let requested = '';
    const adapter = leverAdapter({
      site: 'x',
      region: 'eu',
      fetch: async (input) => ((requested = String(input)), new Response('[]')),
    });
    expect((await adapter.listListings({}, ctx())).total).to.equal(0);
    expect(requested).to.equal('https://api.eu.lever.co/v0/postings/x?mode=json');
  });

  it('reads the full-content board', async () => {
    const page = await lever('palantir').listListings({}, ctx());
    expect(page.total).to.equal(2);
    page.items.forEach((item) => expect(item.descriptionHtml!.length).to.be.greaterThan(1000));
  });
});

describe('Ashby adapter (recorded feeds over HTTP)', () => {
  const ashby = (board: string) => ashbyAdapter({ board, apiBase: '/ats/ashby', company: 'Ramp' });

  it('trims titles, maps compensation tiers, addresses and workplace', async () => {
    const page = await ashby('ramp').listListings({ sort: 'newest' }, ctx());
    expect(page.total).to.equal(4);
    const security = page.items.find((i) => i.id.startsWith('34413f8d'))!;
    expect(security.title).to.equal('Security Engineer, Cloud');
    expect(security.compensation).to.deep.equal({
      kind: 'paid',
      min: 211400,
      max: 290600,
      currency: 'USD',
      interval: 'year',
    });
    expect(security.workplace).to.equal('hybrid');
    expect(security.department).to.equal('Engineering · Backend');
    expect(security.locations[0]).to.deep.equal({
      label: 'New York, NY (HQ)',
      city: 'New York City',
      region: 'NY',
      country: 'USA',
    });
    expect(security.locations.map((l) => l.label)).to.include('Remote (Canada)');
    const partner = page.items.find((i) => i.id.startsWith('b55447c0'))!;
    expect(partner.title).to.equal('Partner Development Representative | Accounting');
    expect(partner.compensation!.min).to.equal(110000);
    const office = page.items.find((i) => i.id.startsWith('6a20b3b8'))!;
    expect(office.workplace).to.equal('onsite');
    expect(office.compensation!.max).to.equal(110000);
  });

  it('reads the full-content board, with secondary locations', async () => {
    const page = await ashby('openevidence').listListings({}, ctx());
    expect(page.total).to.equal(2);
  });
});

describe('SmartRecruiters adapter (recorded feed over HTTP)', () => {
  const sr = () => smartRecruitersAdapter({ company: 'Tieto2', apiBase: '/ats/smartrecruiters' });

  it('maps the Tieto board: structured locations, remote and hybrid flags, employment type, links', async () => {
    const page = await sr().listListings({ sort: 'newest' }, ctx());
    expect(page.total).to.equal(3);
    expect(page.skipped).to.equal(0);
    const byId = Object.fromEntries(page.items.map((i) => [i.id, i]));
    const szczecin = byId['744000141699866']!;
    expect(szczecin.title).to.equal('Test Engineer- Tieto Tech Consulting (m/f/d)');
    expect(szczecin.organization.name).to.equal('Tieto');
    expect(szczecin.locations).to.deep.equal([
      {
        label: 'Szczecin, West Pomeranian Voivodeship, Poland',
        city: 'Szczecin',
        region: 'West Pomeranian Voivodeship',
        country: 'PL',
      },
    ]);
    expect(szczecin.workplace).to.equal('onsite');
    expect(szczecin.employmentType).to.equal('full-time'); // "permanent", labelled "Pełny etat"
    expect(szczecin.kind).to.equal('job');
    expect(szczecin.url).to.equal('https://jobs.smartrecruiters.com/Tieto2/744000141699866');
    expect(szczecin.postedAt).to.equal('2026-08-05T11:45:06.679Z');
    // "Szczecin, , Poland": the empty region leaves no gap.
    expect(byId['744000140721629']!.locations[0]!.label).to.equal('Szczecin, Poland');
    expect(byId['744000140721629']!.workplace).to.equal('hybrid');
    expect(byId['744000142857646']!.workplace).to.equal('remote');
  });

  it('reads the job ad when a posting is opened, once', async () => {
    const asked: string[] = [];
    const adapter = smartRecruitersAdapter({
      company: 'Tieto2',
      apiBase: '/ats/smartrecruiters',
      fetch: (input, init) => {
        const url = new URL(String(input), location.href);
        asked.push(url.pathname.replace('/ats/smartrecruiters/', '') + url.search);
        return fetch(input, init);
      },
    });
    const full = await adapter.getListing('744000141699866', ctx());
    expect(full.descriptionHtml).to.equal(
      '<h3>Company Description</h3><p>We build networks.</p><h3>Job Description</h3><p>Test 5G base stations.</p><h3>Qualifications</h3><ul><li>Python</li></ul>',
    );
    await adapter.getListing('744000141699866', ctx());
    expect(asked).to.deep.equal([
      'v1/companies/Tieto2/postings?limit=100&offset=0',
      'v1/companies/Tieto2/postings/744000141699866',
    ]);
  });

  it('is what source="smartrecruiters:COMPANY" gives', () => {
    registerAtsSources();
    expect(adapterFromSource('smartrecruiters:Tieto2')).to.have.property('listListings');
  });
});

describe('kinds, HTML text and sources', () => {
  it('reads whole words, not parts of words: "Project Manager" is a job, "Internship_AI" an internship', () => {
    const cases: [string, string | undefined, string][] = [
      ['Project Manager', undefined, 'job'],
      ['Senior Project Engineer, Infrastructure', undefined, 'job'],
      ['Project Coordinator (Freelance)', undefined, 'project'],
      ['Short-term project: data labelling', undefined, 'project'],
      ['Internship_AI Engineer', undefined, 'internship'],
      ['Working Student Marketing (m/w/d)', undefined, 'internship'],
      ['Werkstudent:in Data Engineering', undefined, 'internship'],
      ['Praktikant Vertrieb', undefined, 'internship'],
      ['Stage – Développeur Front-end', undefined, 'internship'],
      ['Stage de fin d’études Data', undefined, 'internship'],
      ['Stagiair Finance', undefined, 'internship'],
      ['Estágio em Engenharia de Dados', undefined, 'internship'],
      ['Becaria de comunicación', undefined, 'internship'],
      ['Early Stage Investor', undefined, 'job'],
      ['Stage Manager', undefined, 'job'],
      ['Alternance – Chargé de recrutement', undefined, 'apprenticeship'],
      ['Jovem Aprendiz Administrativo', undefined, 'apprenticeship'],
      ['Auszubildende Kauffrau für Büromanagement', undefined, 'apprenticeship'],
      ['International Sales Manager', undefined, 'job'],
      ['Designer', 'Intern', 'internship'],
      ['Analyst', 'PartTime', 'job'],
    ];
    expect(cases.map(([title, type]) => inferKind(title, type))).to.deep.equal(
      cases.map(([, , kind]) => kind),
    );
  });

  it('reads workplaces in six languages from the workplace field, then every location label', () => {
    expect(inferWorkplace('Remoto')).to.equal('remote');
    expect(inferWorkplace('Híbrido')).to.equal('hybrid');
    expect(inferWorkplace('Télétravail')).to.equal('remote');
    expect(inferWorkplace('Hybride')).to.equal('hybrid');
    expect(inferWorkplace('Presencial')).to.equal('onsite');
    expect(inferWorkplace('On-Site')).to.equal('onsite');
    expect(inferWorkplace('Remote / Hybrid')).to.equal('hybrid');
    expect(inferWorkplace(undefined, ['Remoto - Brasil', 'Remoto - Portugal'])).to.equal('remote');
    expect(inferWorkplace(undefined, ['Lisbon', 'Remote'])).to.equal(undefined);
    expect(inferWorkplace(undefined, ['Remote Sensing Lab, Oslo'])).to.equal('remote');
    expect(inferWorkplace('')).to.equal(undefined);
  });

  it('reads a workplace stated in a part of its own, in titles and locations, in six languages', () => {
    // Titles and location labels as boards write them (a Portuguese board missed 11 of 31).
    const titles: [string, string | undefined][] = [
      ['Analista de Dados Pleno (Híbrido/SP)', 'hybrid'],
      ['Desenvolvedor Backend Sênior - Híbrido - São Paulo', 'hybrid'],
      ['Desenvolvedora Front-end (Remoto)', 'remote'],
      ['Account Executive DACH – Remote', 'remote'],
      ['Customer Success Manager (100% Remote)', 'remote'],
      ['Product Designer | Hybrid, Berlin', 'hybrid'],
      ['Ingénieur logiciel (Télétravail partiel)', 'hybrid'],
      ['Chargé de clientèle / Télétravail', 'remote'],
      ['Werkstudent Marketing (m/w/d) – Vor Ort in Köln', 'onsite'],
      ['Ejecutivo comercial (Presencial, Madrid)', 'onsite'],
      ['Medewerker klantenservice - Thuiswerken', 'remote'],
      ['Backend Engineer [Hybrid]', 'hybrid'],
      // The name of the job is not where it happens.
      ['Remote Sensing Engineer', undefined],
      ['GIS Analyst - Remote Sensing', undefined],
      ['Back Office Specialist (Lisboa)', undefined],
      ['Office Manager – Berlin', undefined],
      ['Hybrid Cloud Architect', undefined],
    ];
    expect(titles.map(([title]) => inferWorkplace(undefined, ['São Paulo'], title))).to.deep.equal(
      titles.map(([, workplace]) => workplace),
    );
    expect(inferWorkplace(undefined, ['Híbrido - São Paulo'])).to.equal('hybrid');
    expect(inferWorkplace(undefined, ['Remote – EU'])).to.equal('remote');
    expect(inferWorkplace('Télétravail partiel')).to.equal('hybrid');
    expect(inferWorkplace(undefined, ['Paris (Télétravail partiel)'])).to.equal('hybrid');
    expect(inferWorkplace('Teletrabajo parcial')).to.equal('hybrid');
    expect(inferWorkplace(undefined, ['Lisboa (Semipresencial)'])).to.equal('hybrid');
    // The feed's own field still wins over the title.
    expect(inferWorkplace('On-site', [], 'Engineer (Remote)')).to.equal('onsite');
  });

  it('gives a Greenhouse posting the workplace its title states, where the feed says none', async () => {
    const jobs = [
      ['1', 'Analista de Dados Pleno (Híbrido/SP)', 'São Paulo'],
      ['2', 'Desenvolvedor Backend - Remoto', 'Brasil'],
      ['3', 'Remote Sensing Engineer', 'Oslo'],
    ].map(([id, title, location]) => ({
      id: Number(id),
      title,
      location: { name: location },
      absolute_url: `https://boards.greenhouse.io/acme/jobs/${id}`,
      updated_at: '2026-11-01T00:00:00Z',
      metadata: [],
    }));
    const fetch = (async () =>
      new Response(JSON.stringify({ jobs }), {
        headers: { 'content-type': 'application/json' },
      })) as typeof globalThis.fetch;
    const page = await greenhouseAdapter({ board: 'acme', fetch }).listListings({}, ctx());
    expect(page.items.map((l) => [l.id, l.workplace])).to.deep.equal([
      ['1', 'hybrid'],
      ['2', 'remote'],
      ['3', undefined],
    ]);
  });

  it('reads a kind stated in a part of its own: "(Stage)", "– Stage", "(Estágio)"', () => {
    const cases: [string, string][] = [
      ['Chargé de communication (Stage)', 'internship'],
      ['Assistant marketing – Stage 6 mois (Télétravail partiel)', 'internship'],
      ['Marketing / Stage', 'internship'],
      ['Analista de Dados (Estágio - Híbrido/SP)', 'internship'],
      ['Event Operations - Stage Manager', 'job'],
      ['Early Stage Investor', 'job'],
    ];
    expect(cases.map(([title]) => inferKind(title))).to.deep.equal(cases.map(([, kind]) => kind));
  });

  it('reads employment types as feeds write them', () => {
    const given = [
      'Full-time',
      'FullTime',
      'PartTime',
      'Teilzeit',
      'Temps partiel',
      'Contract',
      'Temporary',
      'Befristet',
      'Intern',
      'Werkstudent',
      'Volunteer',
      'Permanent',
      'Tiempo completo',
      'Something else',
    ];
    expect(given.map((g) => inferEmploymentType(g))).to.deep.equal([
      'full-time',
      'full-time',
      'part-time',
      'part-time',
      'part-time',
      'contract',
      'temporary',
      'temporary',
      'internship',
      'internship',
      'volunteer',
      'full-time',
      'full-time',
      undefined,
    ]);
  });

  it('infers kinds from titles first, then commitments', () => {
    expect(inferKind('Micro-Internship: Data cleanup')).to.equal('micro-internship');
    expect(inferKind('Software Engineering Microapprenticeship')).to.equal('micro-apprenticeship');
    expect(inferKind('Electrician Apprentice')).to.equal('apprenticeship');
    expect(inferKind('Ausbildung Fachinformatiker')).to.equal('apprenticeship');
    expect(inferKind('Summer Intern, Finance')).to.equal('internship');
    expect(inferKind('Prácticas en marketing')).to.equal('internship');
    expect(inferKind('Designer', 'Internship')).to.equal('internship');
    expect(inferKind('Internal Tools Engineer')).to.equal('job');
    expect(inferKind('Account Executive', 'Full-Time')).to.equal('job');
  });

  it('decodes one level of entities and extracts plain text', () => {
    expect(
      decodeEntitiesOnce('&lt;p&gt;Tom &amp;amp; Jerry&#39;s &#x263A;&lt;/p&gt; &bogus;'),
    ).to.equal("<p>Tom &amp; Jerry's ☺</p> &bogus;");
    expect(htmlToText('<h2>Role</h2><p>Build &amp; ship.</p><script>x()</script>')).to.equal(
      'Role Build & ship.',
    );
    expect(htmlToText(`<p>${'word '.repeat(100)}</p>`, 30)).to.match(/^word word .*…$/);
  });

  it('registers greenhouse:, lever: (and lever:eu:) and ashby: sources', () => {
    registerAtsSources();
    for (const source of ['greenhouse:acme', 'lever:spotify', 'lever:eu:spotify', 'ashby:ramp']) {
      expect(adapterFromSource(source)).to.have.property('listListings');
    }
  });
});
