// The demo's micro-path, end to end through the REST API: the college issues a credential for
// one of its achievements to the e-mail a visitor types, the visitor applies with it on the
// careers page, and the receipt says which of the opening's skills it shows, by the ESCO
// concept URI. The demo's seed speaks ESCO from the curated subset only: every concept it
// names is there, with the same label, code and alternative labels.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { postJson, testServer, type TestServer } from '../../support/server-harness.ts';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const subset = read('../../../packages/server/seed/esco-skills.json') as {
  attribution: string;
  sources: Record<string, string>;
  skills: { id: string; code: string; label: string; altLabels: string[]; source: string }[];
};
const seed = read('../../../demo/data/seed.json');
const listings = read('../../../demo/data/listings.json') as {
  id: string;
  title: string;
  skills: (string | Record<string, unknown>)[];
}[];

const ESCO = 'http://data.europa.eu/esco/skill/';
const DEMO_ACHIEVEMENTS = ['data-analysis-fundamentals', 'accessible-web-basics'];

describe('the demo seed speaks ESCO from the curated subset', () => {
  const known = new Map(subset.skills.map((skill) => [skill.id, skill]));

  test('the subset is ESCO data with its source and attribution', () => {
    assert.equal(
      subset.attribution,
      'This service uses the ESCO classification of the European Commission.',
    );
    for (const skill of subset.skills) {
      assert.equal(skill.id, `${ESCO}${skill.code}`, skill.label);
      assert.match(skill.code, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      assert.ok(subset.sources[skill.source], `${skill.label}: its source is named`);
    }
  });

  type Named = [where: string, skill: Record<string, unknown>];
  const seeded: Named[] = [
    ...listings.flatMap((l) =>
      l.skills.map((skill): [string, unknown] => [`listing ${l.id}`, skill]),
    ),
    ...(seed.achievements as { id: string; skills?: unknown[] }[]).flatMap((a) =>
      (a.skills ?? []).map((skill): [string, unknown] => [`achievement ${a.id}`, skill]),
    ),
  ].filter(
    (entry): entry is Named =>
      typeof entry[1] === 'object' &&
      entry[1] !== null &&
      typeof (entry[1] as Record<string, unknown>).id === 'string',
  );

  test('every ESCO skill the seed names is in the subset, as the subset has it', () => {
    assert.ok(seeded.length > 50, 'the seed names ESCO skills');
    for (const [where, skill] of seeded) {
      const entry = known.get(skill.id as string);
      assert.ok(entry, `${where}: ${String(skill.id)} is in the subset`);
      assert.equal(skill.label, entry.label, where);
      assert.equal(skill.framework, 'ESCO', where);
      assert.equal(skill.code, entry.code, where);
      for (const alt of (skill.altLabels as string[] | undefined) ?? [])
        assert.ok(entry.altLabels.includes(alt), `${where}: "${alt}" is an ESCO label`);
    }
  });
});

describe('the loop: a college credential applied to an opening that asks for its skills', () => {
  let server: TestServer;
  before(async () => {
    server = await testServer({
      seedFile: new URL('../../../demo/data/seed.json', import.meta.url).pathname,
      demoCredentials: { achievements: DEMO_ACHIEVEMENTS },
    });
  });
  after(() => server.close());

  const issue = async (achievementId: string, email: string) => {
    const { status, body } = await server.json(
      '/api/demo/credentials',
      postJson({ achievementId, email }),
    );
    assert.equal(status, 201, JSON.stringify(body));
    return body as { id: string; url: string; credential: string };
  };
  const apply = (listingId: string, email: string, credentials: unknown[]) =>
    server.json(
      `/api/listings/${listingId}/applications`,
      postJson({ name: 'Sam Okafor', email, consent: true, credentials }),
    );
  const opening = (title: string) => listings.find((l) => l.title === title)!;

  test('the issued credential carries the achievement’s ESCO skills as alignments', async () => {
    const { credential, url } = await issue('data-analysis-fundamentals', 'sam@example.org');
    assert.equal(await (await server.call(new URL(url).pathname)).text(), credential);
    const claims = JSON.parse(Buffer.from(credential.split('.')[1]!, 'base64url').toString());
    const alignments = claims.credentialSubject.achievement.alignment;
    assert.deepEqual(alignments[0], {
      type: ['Alignment'],
      targetName: 'SQL',
      targetUrl: `${ESCO}598de5b0-5b58-4ea7-8058-a4bc4d18c742`,
      targetCode: '598de5b0-5b58-4ea7-8058-a4bc4d18c742',
      targetFramework: 'ESCO',
      targetType: 'ext:EscoSkill',
    });
  });

  test('the data analyst opening: every required skill met, by the ESCO URI', async () => {
    const { credential } = await issue('data-analysis-fundamentals', 'sam@example.org');
    const { status, body } = await apply(
      opening('Data analyst micro-apprenticeship').id,
      'Sam@Example.org',
      [credential],
    );
    assert.equal(status, 201, JSON.stringify(body));
    assert.deepEqual(
      body.credentials.map((c: Record<string, unknown>) => [c.name, c.verdict, c.bound]),
      [['Data Analysis Fundamentals', 'verified', true]],
    );
    assert.deepEqual(body.skills.required, { met: 3, total: 3 });
    for (const requirement of body.skills.requirements) {
      assert.equal(requirement.status, 'met', requirement.label);
      assert.equal(requirement.via, 'uri', requirement.label);
    }
  });

  test('the frontend opening: some met (no JavaScript credential)', async () => {
    const { credential } = await issue('accessible-web-basics', 'sam@example.org');
    const { body } = await apply(
      opening('Frontend developer micro-apprenticeship').id,
      'sam@example.org',
      [credential],
    );
    assert.deepEqual(body.skills.required, { met: 3, total: 4 });
    const missing = body.skills.requirements.filter(
      (r: Record<string, unknown>) => r.status === 'missing',
    );
    assert.deepEqual(
      missing.map((r: Record<string, unknown>) => r.label),
      ['JavaScript'],
    );
  });

  test('someone else’s credential shows nothing met', async () => {
    const { credential } = await issue('data-analysis-fundamentals', 'sam@example.org');
    const { body } = await apply(
      opening('Data analyst micro-apprenticeship').id,
      'kim@example.org',
      [credential],
    );
    assert.equal(body.credentials[0].bound, false);
    assert.deepEqual(body.skills.required, { met: 0, total: 3 });
  });

  test('only the listed achievements, and only with an e-mail address', async () => {
    const other = await server.json(
      '/api/demo/credentials',
      postJson({ achievementId: 'cnc-basics', email: 'sam@example.org' }),
    );
    assert.equal(other.status, 404);
    const noEmail = await server.json(
      '/api/demo/credentials',
      postJson({ achievementId: 'data-analysis-fundamentals', email: 'not an address' }),
    );
    assert.equal(noEmail.status, 422);
  });

  test('off unless asked for', async () => {
    const plain = await testServer();
    try {
      const { status } = await plain.json(
        '/api/demo/credentials',
        postJson({ achievementId: 'sql', email: 'sam@example.org' }),
      );
      assert.equal(status, 404);
    } finally {
      await plain.close();
    }
  });
});
