import { expect } from '@open-wc/testing';
import {
  buildReport,
  decideVerdict,
  REVOKED,
  type CheckResult,
} from '../../../packages/micropath/src/credential-badge/verify/verdict.ts';
import { CHECK_IDS } from '../../../packages/micropath/src/core/models/credential.ts';

const pass = (id: CheckResult['id']): CheckResult => ({ id, status: 'pass', message: `${id} ok` });
const all = (...overrides: CheckResult[]): CheckResult[] => {
  const base = CHECK_IDS.map(pass);
  return base.map((check) => overrides.find((o) => o.id === check.id) ?? check);
};

describe('verification verdict', () => {
  it('is verified when every check passes, and keeps the checks in their fixed order', () => {
    const report = buildReport([...all()].reverse(), new Date('2026-11-23T10:00:00Z'));
    expect(report.verdict).to.equal('verified');
    // The order of DESIGN.md, written out so a change to CHECK_IDS cannot pass unnoticed.
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
    expect(report.checkedAt).to.equal('2026-11-23T10:00:00.000Z');
  });

  it('is invalid when the format, the schema or the proof fails, whatever else holds', () => {
    for (const id of ['format', 'schema', 'proof'] as const) {
      expect(
        decideVerdict(
          all(
            { id, status: 'fail', message: 'no' },
            { id: 'status', status: 'fail', message: 'x', reason: REVOKED },
          ),
        ),
      ).to.equal('invalid');
    }
  });

  it('is revoked when a status list says so', () => {
    expect(
      decideVerdict(
        all({ id: 'status', status: 'fail', message: 'Revoked by the issuer.', reason: REVOKED }),
      ),
    ).to.equal('revoked');
  });

  it('is expired when the validity window is over or not begun, after invalid and revoked', () => {
    const expired = { id: 'validity', status: 'fail', message: 'Expired on 1 Jan 2020.' } as const;
    expect(decideVerdict(all(expired))).to.equal('expired');
    // The precedence: invalid, revoked, expired, not verified, verified.
    expect(
      decideVerdict(all(expired, { id: 'issuer-key', status: 'unknown', message: '?' })),
    ).to.equal('expired');
    expect(
      decideVerdict(all(expired, { id: 'status', status: 'fail', message: 'x', reason: REVOKED })),
    ).to.equal('revoked');
    expect(decideVerdict(all(expired, { id: 'proof', status: 'fail', message: 'x' }))).to.equal(
      'invalid',
    );
  });

  it('is unverified when the proof or the status could not be checked, never "valid"', () => {
    expect(
      decideVerdict(all({ id: 'proof', status: 'unknown', message: 'Unsupported suite.' })),
    ).to.equal('unverified');
    expect(decideVerdict(all({ id: 'proof', status: 'skip', message: 'No proof.' }))).to.equal(
      'unverified',
    );
    expect(
      decideVerdict(
        all({ id: 'status', status: 'unknown', message: 'The list could not be reached.' }),
      ),
    ).to.equal('unverified');
  });

  it('shows an unknown issuer as a warning beside the verdict without changing it', () => {
    const report = buildReport(
      all({
        id: 'issuer-trust',
        status: 'warn',
        message: 'This issuer is not on your trusted list.',
      }),
    );
    expect(report.verdict).to.equal('verified');
    expect(report.warnings).to.deep.equal(['This issuer is not on your trusted list.']);
  });

  it('is verified only when the key is shown to be the issuer’s: untied is unverified, foreign is invalid', () => {
    for (const status of ['unknown', 'warn', 'skip'] as const) {
      const report = buildReport(all({ id: 'issuer-key', status, message: 'Not tied.' }));
      expect(report.verdict, status).to.equal('unverified');
      expect(report.warnings, status).to.deep.equal([]);
    }
    expect(
      decideVerdict(all({ id: 'issuer-key', status: 'unknown', message: 'Unreachable.' })),
    ).to.equal('unverified');
    expect(
      decideVerdict(all({ id: 'issuer-key', status: 'fail', message: 'Not the issuer’s.' })),
    ).to.equal('invalid');
  });
});
