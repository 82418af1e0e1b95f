// The skills matcher runs in Node as it does in the browser, so a server can match what a page
// showed again: no DOM, no browser global. The tiers themselves are tested in
// Chromium (test/browser/core/skills-matcher.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  claimsOf,
  credentialDocument,
  matchSkills,
  toRequirement,
} from '../../packages/micropath/src/core/skills/index.ts';

test('the matcher reads a VC-JWT and reports per requirement, in Node', () => {
  const uuid = '598de1e3-2d5a-4a8c-9a8a-2d1c3e0a7f11';
  const payload = {
    vc: {
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      credentialSubject: {
        achievement: {
          name: 'Data Analysis Fundamentals',
          alignment: [
            { targetName: 'SQL', targetUrl: `https://data.europa.eu/esco/skill/${uuid}/` },
          ],
        },
      },
    },
  };
  const jwt = ['e30', Buffer.from(JSON.stringify(payload)).toString('base64url'), 'sig'].join('.');
  const claims = claimsOf(credentialDocument(jwt));
  const report = matchSkills(
    [
      toRequirement({ label: 'SQL', id: `http://data.europa.eu/esco/skill/${uuid}` }),
      toRequirement('Python'),
    ],
    [{ credentialId: 'c', verdict: 'verified', bound: true, claims }],
  );
  assert.deepEqual(
    report.requirements.map((r) => [r.requirement.label, r.status, r.via, r.path]),
    [
      ['SQL', 'met', 'uri', 'credentialSubject.achievement.alignment[0]'],
      ['Python', 'missing', undefined, undefined],
    ],
  );
  assert.deepEqual(report.required, { met: 1, total: 2 });
});
