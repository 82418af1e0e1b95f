import { expect } from '@open-wc/testing';
import { checkRecipient } from '../../../packages/micropath/src/credential-badge/verify/recipient.ts';
import {
  buildReport,
  type CheckResult,
} from '../../../packages/micropath/src/credential-badge/verify/verdict.ts';

// Computed independently (Python hashlib): sha256("beth@example.org" + "deadsea").
const BETH = 'sha256$b6877bb4361da770ac2c9fa2f28136de8dc93d823bbc1de438d5987e3f4032ef';
const hashed = { identity: BETH, hashed: true, salt: 'deadsea', type: 'email' };

describe('recipient check', () => {
  it('matches a hashed email with its salt, ignoring case and spaces', async () => {
    expect((await checkRecipient(hashed, 'beth@example.org')).status).to.equal('pass');
    expect((await checkRecipient(hashed, '  Beth@Example.org ')).status).to.equal('pass');
    expect((await checkRecipient(hashed, 'eve@example.org')).message).to.equal(
      'Not issued to eve@example.org.',
    );
  });

  it('compares plain identities, and skips without input or recipient', async () => {
    const plain = { identity: 'student@1edtech.edu', hashed: false, type: 'emailAddress' };
    expect((await checkRecipient(plain, 'STUDENT@1edtech.edu')).status).to.equal('pass');
    expect((await checkRecipient(plain, '')).status).to.equal('skip');
    expect((await checkRecipient(undefined, 'x@y.z')).status).to.equal('skip');
    expect((await checkRecipient({ identity: 'md5$abc', hashed: true }, 'x@y.z')).status).to.equal(
      'unknown',
    );
  });

  it('never changes the verdict', async () => {
    const checks: CheckResult[] = [
      { id: 'format', status: 'pass', message: '' },
      { id: 'proof', status: 'pass', message: '' },
      { id: 'issuer-key', status: 'pass', message: '' },
      await checkRecipient(hashed, 'eve@example.org'),
    ];
    expect(buildReport(checks).verdict).to.equal('verified');
  });
});
