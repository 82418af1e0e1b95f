// A CLR 2.0 envelope holds other credentials. The envelope is verified, then each credential it
// holds on its own, with the badge's real verifier and really signed credentials: a held
// credential's skills count only when it and its envelope both verify and it is the applicant's.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  matchSkills,
  toRequirement,
  MAX_HELD,
  verifiedClaims,
  type CredentialClaims,
  type Verification,
} from '../../packages/micropath/src/core/skills/index.ts';
import { verifyCredential } from '../../packages/micropath/src/credential-badge/verify/verify-credential.ts';
import { emailIdentifier, signedCredential, tamperClaim } from '../support/sign-credential.ts';

const SQL = 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742';
const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
const requirements = [
  toRequirement({ label: 'Structured Query Language', id: SQL }),
  toRequirement({ label: 'Python', id: PYTHON }),
];

/** An achievement a college issued, stating one skill; `subject` adds to its subject. */
async function achievement(
  name: string,
  skill: { targetName: string; targetUrl: string },
  subject: Record<string, unknown> = {},
  claims: Record<string, unknown> = {},
) {
  const { jws } = await signedCredential(
    {
      id: `urn:uuid:${name.toLowerCase().replace(/\W+/g, '-')}`,
      type: ['VerifiableCredential', 'AchievementCredential'],
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: await emailIdentifier('ada@example.org'),
        achievement: {
          type: ['Achievement'],
          name,
          alignment: [{ type: ['Alignment'], ...skill }],
        },
        ...subject,
      },
      ...claims,
    },
    { issuerName: 'Northfield Community College' },
  );
  return jws;
}

const sqlBasics = (subject?: Record<string, unknown>, claims?: Record<string, unknown>) =>
  achievement('SQL Basics', { targetName: 'SQL', targetUrl: `${SQL}/` }, subject, claims);
const pythonBasics = (subject?: Record<string, unknown>) =>
  achievement('Python Basics', { targetName: 'Python', targetUrl: PYTHON }, subject);

/** A CLR 2.0 envelope issued to Ada (`did:example:ada`), signed over what it holds. */
async function clr(held: unknown[], recipient = 'ada@example.org') {
  const { jws } = await signedCredential(
    {
      id: 'urn:uuid:ada-transcript',
      type: ['VerifiableCredential', 'ClrCredential'],
      name: 'Ada’s transcript',
      credentialSubject: {
        type: ['ClrSubject'],
        id: 'did:example:ada',
        identifier: await emailIdentifier(recipient),
        verifiableCredential: held,
      },
    },
    { issuerName: 'Northfield Registry' },
  );
  return jws;
}

const noLookups = async (url: string): Promise<Response> => {
  throw new Error(`no lookup expected: ${url}`);
};
const claimsFor = (raw: unknown, email = 'ada@example.org') =>
  verifiedClaims(raw, (r) => verifyCredential(r, { fetch: noLookups, recipient: email }), 'c-1');
const shown = (list: CredentialClaims[]) => list.map((c) => [c.name, c.verdict, c.bound]);
const lines = (list: CredentialClaims[]) =>
  matchSkills(requirements, list).requirements.map((r) => [
    r.requirement.label,
    r.status,
    r.name,
    r.verdict,
    r.path,
  ]);

describe('CLR 2.0 envelopes', () => {
  test('all verified: the skills of each held credential are met, named and placed', async () => {
    const list = await claimsFor(await clr([await sqlBasics(), await pythonBasics()]));
    assert.deepEqual(shown(list), [
      ['Ada’s transcript', 'verified', true],
      ['SQL Basics', 'verified', true],
      ['Python Basics', 'verified', true],
    ]);
    assert.equal(list[1]!.issuer, 'Northfield Community College');
    assert.deepEqual(lines(list), [
      [
        'Structured Query Language',
        'met',
        'SQL Basics',
        'verified',
        'credentialSubject.verifiableCredential[0].credentialSubject.achievement.alignment[0]',
      ],
      [
        'Python',
        'met',
        'Python Basics',
        'verified',
        'credentialSubject.verifiableCredential[1].credentialSubject.achievement.alignment[0]',
      ],
    ]);
    assert.deepEqual(matchSkills(requirements, list).required, { met: 2, total: 2 });
  });

  test('a held credential changed after signing counts for nothing; its sibling still counts', async () => {
    const forged = tamperClaim(
      await achievement('Spreadsheets', { targetName: 'Spreadsheets', targetUrl: 'urn:x:sheets' }),
      (vc) => {
        vc.credentialSubject.achievement.alignment[0] = { targetName: 'SQL', targetUrl: SQL };
      },
    );
    const list = await claimsFor(await clr([forged, await pythonBasics()]));
    assert.deepEqual(shown(list), [
      ['Ada’s transcript', 'verified', true],
      ['Spreadsheets', 'invalid', true],
      ['Python Basics', 'verified', true],
    ]);
    const [sql, python] = lines(list);
    assert.deepEqual(sql!.slice(0, 4), [
      'Structured Query Language',
      'missing',
      'Spreadsheets',
      'invalid',
    ]);
    assert.deepEqual(python!.slice(0, 2), ['Python', 'met']);
  });

  test('an envelope changed after signing: nothing it holds counts, however well signed', async () => {
    const envelope = tamperClaim(await clr([await sqlBasics(), await pythonBasics()]), (vc) => {
      vc.name = 'Transcript with honours';
    });
    const list = await claimsFor(envelope);
    assert.deepEqual(
      list.map((c) => c.verdict),
      ['invalid', 'invalid', 'invalid'],
    );
    assert.deepEqual(matchSkills(requirements, list).required, { met: 0, total: 2 });
  });

  test('a held credential that has expired is shown, not counted', async () => {
    const expired = await sqlBasics({}, { validUntil: '2025-02-01T00:00:00Z' });
    const list = await claimsFor(await clr([expired, await pythonBasics()]));
    assert.deepEqual(shown(list)[1], ['SQL Basics', 'expired', true]);
    const [sql, python] = lines(list);
    assert.deepEqual(sql!.slice(0, 4), [
      'Structured Query Language',
      'missing',
      'SQL Basics',
      'expired',
    ]);
    assert.deepEqual(python!.slice(0, 2), ['Python', 'met']);
  });

  test('bound by its own recipient, or by the envelope’s subject id when it names no recipient', async () => {
    const anonymous = { identifier: undefined };
    const list = await claimsFor(
      await clr([
        // No recipient of its own, issued to the envelope's subject: the envelope binds it.
        await sqlBasics({ ...anonymous, id: 'did:example:ada' }),
        // No recipient of its own, issued to another subject.
        await pythonBasics({ ...anonymous, id: 'did:example:mo' }),
        // Its own recipient is someone else: the subject id does not overrule that.
        await achievement(
          'Mo’s Python',
          { targetName: 'Python', targetUrl: PYTHON },
          { id: 'did:example:ada', identifier: await emailIdentifier('mo@example.org') },
        ),
      ]),
    );
    assert.deepEqual(shown(list), [
      ['Ada’s transcript', 'verified', true],
      ['SQL Basics', 'verified', true],
      ['Python Basics', 'verified', false],
      ['Mo’s Python', 'verified', false],
    ]);
    // An envelope that is not the applicant's binds nothing by its subject id.
    const someoneElse = await claimsFor(
      await clr([await sqlBasics({ ...anonymous, id: 'did:example:ada' })]),
      'mo@example.org',
    );
    assert.deepEqual(shown(someoneElse), [
      ['Ada’s transcript', 'verified', false],
      ['SQL Basics', 'verified', false],
    ]);
  });

  test('a plain credential is one entry, whatever it holds; an unreadable held one is invalid, with no claims', async () => {
    assert.deepEqual(shown(await claimsFor(await sqlBasics())), [['SQL Basics', 'verified', true]]);
    // Only a ClrCredential vouches for what it holds; another credential's are not read.
    const notClr = await sqlBasics({ verifiableCredential: [await pythonBasics()] });
    assert.deepEqual(shown(await claimsFor(notClr)), [['SQL Basics', 'verified', true]]);
    const list = await claimsFor(await clr(['not a credential']));
    assert.deepEqual(
      list.map((c) => [c.credentialId, c.verdict, c.claims.length]),
      [
        ['urn:uuid:ada-transcript', 'verified', 0],
        ['urn:uuid:ada-transcript#credentialSubject.verifiableCredential[0]', 'invalid', 0],
      ],
    );
  });

  test('at most MAX_HELD held credentials are verified; any beyond are listed, not verified', async () => {
    const held = Array.from({ length: MAX_HELD + 1 }, (_, i) => ({ id: `urn:x:${i}` }));
    const envelope = { type: ['ClrCredential'], credentialSubject: { verifiableCredential: held } };
    let calls = 0;
    const verify = async (): Promise<Verification> => {
      calls += 1;
      return {
        view: { name: 'Any', issuer: { name: 'Anyone' }, alignments: [], tags: [] },
        report: { verdict: 'verified', checks: [] },
      } as unknown as Verification;
    };
    const list = await verifiedClaims(envelope, verify, 'c-1');
    assert.equal(calls, 1 + MAX_HELD);
    assert.equal(list.length, 2 + MAX_HELD);
    assert.deepEqual(
      [list.at(-1)!.credentialId, list.at(-1)!.verdict],
      [`c-1#credentialSubject.verifiableCredential[${MAX_HELD}]`, 'unverified'],
    );
  });
});
