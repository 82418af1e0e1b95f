import { expect } from '@open-wc/testing';
import { verifyCredential } from '../../../packages/micropath/src/credential-badge/verify/verify-credential.ts';
import type { AdapterError } from '../../../packages/micropath/src/core/errors.ts';
import { rejection } from '../../support/rejection.ts';
import samples from '../../fixtures/badges/validator-samples.json';

const files = (
  samples as { files: Record<string, { text?: string; json?: Record<string, unknown> }> }
).files;
const offline = {
  fetch: async () => new Response('', { status: 404 }),
  now: new Date('2026-11-23T00:00:00Z'),
};

const sampleJwt = files['ob3-vcjwt-rs256.jwt']!.text!.trim();
const headerKey = JSON.parse(atob(sampleJwt.split('.')[0]!.replace(/-/g, '+').replace(/_/g, '/')))
  .jwk as Record<string, unknown>;
/** The sample's issuer, publishing `keys` at its origin's key set. */
const issuerPublishing = (keys: unknown[]) => ({
  ...offline,
  fetch: async (url: string) =>
    url === 'https://1edtech.edu/.well-known/jwks.json'
      ? Response.json({ keys })
      : new Response('', { status: 404 }),
});

describe('verifyCredential', () => {
  it('verifies the 1EdTech VC-JWT sample when its issuer publishes the key, with every check in order', async () => {
    const { view, report } = await verifyCredential(sampleJwt, issuerPublishing([headerKey]));
    expect(view.name).to.equal('Teamwork');
    expect(report.verdict).to.equal('verified');
    expect(report.checks.map((c) => c.id)).to.deep.equal([
      'format',
      'schema',
      'proof',
      'issuer-key',
      'status',
      'validity',
      'issuer-trust',
      'recipient',
    ]);
    expect(report.checks.find((c) => c.id === 'status')!.status).to.equal('skip');
  });

  it('warns about an issuer off the trusted list without changing the verdict', async () => {
    const untrusted = await verifyCredential(sampleJwt, {
      ...issuerPublishing([headerKey]),
      trustedIssuers: ['https://college.example'],
    });
    expect(untrusted.report.verdict).to.equal('verified');
    expect(untrusted.report.warnings).to.include('This issuer is not on this page’s trusted list.');
    const trusted = await verifyCredential(sampleJwt, {
      ...issuerPublishing([headerKey]),
      trustedIssuers: ['https://1edtech.edu'],
    });
    expect(trusted.report.checks.find((c) => c.id === 'issuer-trust')!.status).to.equal('pass');
  });

  it('checks an embedded proof and says what is left unchecked', async () => {
    const { view, report } = await verifyCredential(files['ob30/complete.json']!.json, offline);
    expect(view.name).to.equal('1EdTech University Degree');
    expect(report.checks.find((c) => c.id === 'proof')!.status).to.equal('pass');
    // The key is written into the proof's key address; the issuer's profile is unreachable.
    expect(report.checks.find((c) => c.id === 'issuer-key')!.status).to.equal('unknown');
    expect(report.verdict).to.equal('unverified');
    expect(report.checks.find((c) => c.id === 'status')!.message).to.contain(
      'could not be checked',
    );
  });

  it('rejects what is not a credential with a clear error', async () => {
    const error = await rejection<AdapterError>(verifyCredential({ hello: 'world' }, offline));
    expect(error.code).to.equal('invalid-response');
    expect(error.message).to.contain('not an Open Badges');
  });
});
