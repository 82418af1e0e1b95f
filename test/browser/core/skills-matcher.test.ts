/**
 * The skills matcher (core/skills): each tier and each way a concept URI is written, where a
 * credential states skills (1EdTech's complete OB 3.0 sample, an OB 2.0 badge class, a JWT),
 * and the rules that keep a match honest: only verified credentials bound to the applicant
 * count, and a loose word overlap is only ever "possible".
 */
import { expect } from '@open-wc/testing';
import samples from '../../fixtures/badges/validator-samples.json';
import {
  claimsOf,
  conceptKey,
  credentialDocument,
  frameworkKey,
  labelKey,
  matchSkills,
  nestedCredentials,
  toRequirement,
  type CredentialClaims,
  type SkillClaim,
  type SkillRequirement,
} from '../../../packages/micropath/src/core/skills/index.ts';

const files = (samples as { files: Record<string, { text?: string; json?: unknown }> }).files;
const sample = (name: string) => files[name]!.text!;
const sampleJson = (name: string) => files[name]!.json;

const SQL_UUID = '598de1e3-2d5a-4a8c-9a8a-2d1c3e0a7f11';
const SQL_URI = `http://data.europa.eu/esco/skill/${SQL_UUID}`;

const sql: SkillRequirement = {
  label: 'SQL',
  id: SQL_URI,
  framework: 'ESCO',
  code: SQL_UUID,
  altLabels: ['Structured Query Language'],
  importance: 'required',
};

const credential = (
  claims: SkillClaim[],
  extra: Partial<CredentialClaims> = {},
): CredentialClaims => ({
  credentialId: 'urn:uuid:1',
  name: 'Data Analysis Fundamentals',
  issuer: 'Northfield Community College',
  verdict: 'verified',
  bound: true,
  claims,
  ...extra,
});

const only = (requirement: SkillRequirement, ...credentials: CredentialClaims[]) =>
  matchSkills([requirement], credentials).requirements[0]!;

describe('skills: concept URIs', () => {
  it('one ESCO concept, however it is written', () => {
    const variants = [
      SQL_URI,
      `https://data.europa.eu/esco/skill/${SQL_UUID}`,
      `${SQL_URI}/`,
      `HTTP://DATA.EUROPA.EU/esco/skill/${SQL_UUID.toUpperCase()}`,
      `https://esco.ec.europa.eu/en/classification/skill?uri=${encodeURIComponent(SQL_URI)}`,
      SQL_UUID,
      ` ${SQL_UUID.toUpperCase()} `,
    ];
    for (const variant of variants) expect(conceptKey(variant), variant).to.equal(SQL_URI);
  });

  it('other URIs keep their path and query; what is no URI names no concept', () => {
    expect(conceptKey('HTTPS://Example.org/Skills/SQL/')).to.equal(
      'https://example.org/Skills/SQL',
    );
    expect(conceptKey('https://example.org/skills/sql')).to.not.equal(
      conceptKey('https://example.org/skills/SQL'),
    );
    expect(conceptKey('urn:isbn:123')).to.equal('urn:isbn:123');
    // Only ESCO's own portal unwraps a ?uri= link.
    expect(conceptKey(`https://evileuropa.eu/x?uri=${encodeURIComponent(SQL_URI)}`)).to.not.equal(
      SQL_URI,
    );
    expect(conceptKey('SQL')).to.equal(undefined);
    expect(conceptKey('')).to.equal(undefined);
    expect(conceptKey(undefined)).to.equal(undefined);
  });

  it('frameworks and labels compare by their meaning, not their spelling', () => {
    expect(
      ['ESCO', 'esco', 'https://esco.ec.europa.eu', 'http://data.europa.eu/esco'].map(frameworkKey),
    ).to.deep.equal(['esco', 'esco', 'esco', 'esco']);
    expect(frameworkKey('O*NET-SOC')).to.equal('onet');
    expect(frameworkKey('https://www.onetonline.org/')).to.equal('onet');
    // A name that only contains the letters is another framework.
    expect(frameworkKey('Phonetics Standards')).to.not.equal('onet');
    expect(frameworkKey('Fresco guild')).to.not.equal('esco');
    expect(frameworkKey('https://www.example.org/framework')).to.equal('exampleorg');
    expect(labelKey('Data Visualisations')).to.equal(labelKey('data-visualisation'));
    expect(labelKey('Café  Management')).to.equal(labelKey('cafe management'));
    expect(labelKey('Databases')).to.equal('database');
    expect(labelKey('Analysis')).to.equal('analysis');
    expect(labelKey('C++')).to.not.equal(labelKey('C#'));
  });
});

describe('skills: the tiers, first hit wins', () => {
  it('uri: the concept URI in any of its forms', () => {
    for (const id of [
      `https://data.europa.eu/esco/skill/${SQL_UUID}/`,
      `https://esco.ec.europa.eu/en/classification/skill?uri=${encodeURIComponent(SQL_URI)}`,
    ]) {
      const report = only(sql, credential([{ id, label: 'Querying', path: 'p' }]));
      expect(report, id).to.include({ status: 'met', via: 'uri', path: 'p' });
    }
  });

  it('uri is tried over every credential before a label anywhere', () => {
    const byLabel = credential([{ label: 'sql', path: 'a' }], { credentialId: 'by-label' });
    const byUri = credential([{ id: SQL_URI, path: 'b' }], { credentialId: 'by-uri' });
    expect(only(sql, byLabel, byUri)).to.include({ via: 'uri', credentialId: 'by-uri' });
  });

  it('code: the same framework and code, without a URI', () => {
    const report = only(
      sql,
      credential([
        { framework: 'https://esco.ec.europa.eu', code: SQL_UUID.toUpperCase(), path: 'c' },
      ]),
    );
    expect(report).to.include({ status: 'met', via: 'code' });
    // The same code in another framework is another concept.
    expect(
      only(sql, credential([{ framework: 'O*NET', code: SQL_UUID, path: 'c' }])).status,
    ).to.equal('missing');
  });

  it('label: the label or an alternative label, as words', () => {
    expect(only(sql, credential([{ label: 'structured query languages', path: 'l' }]))).to.include({
      status: 'met',
      via: 'label',
    });
    expect(only(sql, credential([{ label: ' S.Q.L ', path: 'l' }])).status).to.equal('missing');
  });

  it('token: shared words are only possible, never met', () => {
    const visualisation = toRequirement({ label: 'Data visualisation tools' });
    const report = matchSkills(
      [visualisation],
      [credential([{ label: 'Visualisation of data', path: 't' }])],
    );
    expect(report.requirements[0]).to.include({ status: 'possible', via: 'token' });
    expect(report.required).to.deep.equal({ met: 0, total: 1 });
    // Too few words in common: nothing.
    expect(
      only(visualisation, credential([{ label: 'Data entry and cleaning', path: 't' }])).status,
    ).to.equal('missing');
  });
});

describe('skills: what counts', () => {
  it('a credential that did not verify, or is not the applicant’s, is named but not counted', () => {
    for (const extra of [
      { verdict: 'expired' as const },
      { verdict: 'revoked' as const },
      { verdict: 'invalid' as const },
      { verdict: 'unverified' as const },
      { bound: false },
    ]) {
      const report = only(sql, credential([{ id: SQL_URI, path: 'x' }], extra));
      expect(report, JSON.stringify(extra)).to.include({ status: 'missing', via: 'uri', ...extra });
    }
  });

  it('a counting credential wins over a non-counting one that states the skill more exactly', () => {
    const revoked = credential([{ id: SQL_URI, path: 'r' }], {
      credentialId: 'revoked',
      verdict: 'revoked',
    });
    const verified = credential([{ label: 'SQL', path: 'v' }], { credentialId: 'ok' });
    expect(only(sql, revoked, verified)).to.include({ status: 'met', credentialId: 'ok' });
  });

  it('counts required skills only, in the listing’s order', () => {
    const report = matchSkills(
      [
        sql,
        toRequirement('Teamwork'),
        { label: 'Python', importance: 'preferred' },
        toRequirement({ label: 'Data cleaning', importance: 'required' }),
      ],
      [
        credential([
          { label: 'SQL', path: 'a' },
          { label: 'python', path: 'b' },
        ]),
      ],
    );
    expect(report.requirements.map((r) => [r.requirement.label, r.status])).to.deep.equal([
      ['SQL', 'met'],
      ['Teamwork', 'missing'],
      ['Python', 'met'],
      ['Data cleaning', 'missing'],
    ]);
    expect(report.required).to.deep.equal({ met: 1, total: 3 });
    expect(report.requirements[0]).to.include({
      name: 'Data Analysis Fundamentals',
      issuer: 'Northfield Community College',
      verdict: 'verified',
    });
  });
});

describe('skills: where credentials state them', () => {
  it('1EdTech’s complete OB 3.0 sample: achievement, result descriptions, rubric levels, results, tags', () => {
    const claims = claimsOf(sampleJson('ob30/complete.json'));
    const paths = claims.map((c) => c.path);
    expect(paths).to.include.members([
      'credentialSubject.achievement.alignment[0]',
      'credentialSubject.achievement.alignment[1]',
      'credentialSubject.achievement.resultDescription[0].alignment[0]',
      'credentialSubject.achievement.resultDescription[1].rubricCriterionLevel[0].alignment[0]',
      'credentialSubject.achievement.tag[0]',
      'credentialSubject.result[0].alignment[0]',
      'credentialSubject.result[1].alignment[0]',
    ]);
    expect(claims[0]).to.deep.equal({
      label: '1EdTech University Degree',
      id: 'https://1edtech.edu/catalog/degree',
      framework: '1EdTech University Program and Course Catalog',
      code: 'degree',
      path: 'credentialSubject.achievement.alignment[0]',
    });
    // The level reached: a grade's value, or the rubric level's name.
    const results = claims.filter((c) => c.path.startsWith('credentialSubject.result'));
    expect(results.map((c) => c.level)).to.deep.equal(['A', 'Mastery']);
    expect(claims.filter((c) => c.path.includes('.tag[')).map((c) => c.label)).to.deep.equal([
      'research',
      'computer science',
    ]);
  });

  it('an OB 2.0 assertion’s badge class: alignment and tags', () => {
    const claims = claimsOf({
      type: 'Assertion',
      badge: {
        type: 'BadgeClass',
        name: 'Data Analysis Fundamentals',
        alignment: [
          {
            targetName: 'SQL',
            targetUrl: `https://data.europa.eu/esco/skill/${SQL_UUID}`,
            targetFramework: 'ESCO',
            targetCode: SQL_UUID,
          },
          { targetDescription: 'nothing to match by' },
        ],
        tags: ['spreadsheets', ''],
      },
    });
    expect(claims).to.deep.equal([
      {
        label: 'SQL',
        id: `https://data.europa.eu/esco/skill/${SQL_UUID}`,
        framework: 'ESCO',
        code: SQL_UUID,
        path: 'badge.alignment[0]',
      },
      { label: 'spreadsheets', path: 'badge.tags[0]' },
    ]);
  });

  it('a VC-JWT’s payload is the document its claims are read from', () => {
    const jwt = sample('ob30/simple.jwt');
    const document = credentialDocument(jwt)!;
    expect(document.type).to.include('OpenBadgeCredential');
    expect(credentialDocument('not a jwt')).to.equal(undefined);
    expect(credentialDocument('a.!!!.c')).to.equal(undefined);
    expect(credentialDocument(42)).to.equal(undefined);
    const object = { credentialSubject: {} };
    expect(credentialDocument(object)).to.equal(object);
  });

  it('hostile or odd shapes give no claims and no error', () => {
    for (const odd of [null, 'x', [], { credentialSubject: 'x' }, { badge: { alignment: 'x' } }])
      expect(claimsOf(odd)).to.deep.equal([]);
    expect(
      claimsOf({
        credentialSubject: [{ achievement: { tag: ['a'] } }, { achievement: { tag: ['b'] } }],
      }).map((c) => c.path),
    ).to.deep.equal([
      'credentialSubject[0].achievement.tag[0]',
      'credentialSubject[1].achievement.tag[0]',
    ]);
  });

  it('a CLR envelope’s credentials are handed back to be verified one by one', () => {
    const inner = [{ id: 'urn:uuid:a' }, 'eyJ.a.b'];
    expect(
      nestedCredentials({ credentialSubject: { type: 'ClrSubject', verifiableCredential: inner } }),
    ).to.deep.equal(inner);
    expect(nestedCredentials({ credentialSubject: {} })).to.deep.equal([]);
  });
});
