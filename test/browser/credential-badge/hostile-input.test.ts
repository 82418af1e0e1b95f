/**
 * Hostile input ends in a verdict or a clear error, never a frozen page or a crash: the badge
 * reads and verifies every case of the hostile set, and the element keeps working after each.
 * (How long each takes is measured by `npm run bench`, not here.)
 */
import { expect } from '@open-wc/testing';
import { readCredential } from '../../../packages/micropath/src/credential-badge/read-credential.ts';
import { verifyCredential } from '../../../packages/micropath/src/credential-badge/verify/verify-credential.ts';
import { HOSTILE_CASES } from '../../support/hostile-credentials.ts';

const EXPECTED: Record<string, RegExp> = {
  '300 kB proofValue': /invalid|unverified/,
  '300 kB did:key': /invalid|unverified/,
  '1.8 MB SVG of unterminated badge tags': /no credential baked|neither a credential/,
  'PNG whose baked chunk inflates to 256 MB': /more than 4 MB/,
  'JSON nested 1,000,000 levels (4 MB)': /too deeply|not valid JSON/,
  'credential with 400,000 values': /more data than a badge/,
  'credential with 4,000 values for JSON-LD': /invalid|unverified/,
  '8 MB VC-JWT': /larger than 2 MB/,
  'signed status list that inflates to 256 MB': /unverified/,
};

describe('hostile input', function () {
  this.timeout(30_000);
  for (const hostile of HOSTILE_CASES)
    it(`${hostile.name}: a verdict or a clear error`, async () => {
      const fetch = async (url: string) =>
        hostile.web?.[url]?.() ?? new Response('', { status: 404 });
      let outcome: string;
      try {
        const loaded = await readCredential(await hostile.input(), fetch);
        const { report } = await verifyCredential(loaded.credential, { fetch });
        outcome = report.verdict;
        expect(report.verdict).not.to.equal('verified');
      } catch (error) {
        outcome = (error as Error).message;
      }
      expect(outcome).to.match(EXPECTED[hostile.name]!);
    });
});
