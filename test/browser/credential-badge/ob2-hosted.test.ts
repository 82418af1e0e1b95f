import { expect } from '@open-wc/testing';
import {
  verifyOb2Hosted,
  type HostedLookup,
} from '../../../packages/micropath/src/credential-badge/verify/ob2-hosted.ts';
import { buildReport } from '../../../packages/micropath/src/credential-badge/verify/verdict.ts';
import samples from '../../fixtures/badges/validator-samples.json';

const files = (samples as { files: Record<string, { json?: Record<string, unknown> }> }).files;
const assertion = () => structuredClone(files['ob20/basic-assertion.json']!.json!);
const badge = files['ob20/assets/robotics-badge.json']!.json!;
const issuer = files['ob20/assets/organization.json']!.json!;

/** The issuer's web as the adapter's fetch hook would see it (a proxy, a cache, or the web). */
function web(
  hostedAssertion: unknown,
  status = 200,
  extra: Record<string, unknown> = {},
): HostedLookup & { asked: string[] } {
  const asked: string[] = [];
  const pages: Record<string, unknown> = {
    'https://example.org/robotics-badge.json': badge,
    'https://example.org/organization.json': issuer,
    ...extra,
  };
  return {
    asked,
    now: new Date('2026-11-23T00:00:00Z'),
    fetch: async (url) => {
      asked.push(url);
      if (url === 'https://example.org/beths-robotics-badge.json') {
        return status === 200 ? Response.json(hostedAssertion) : new Response('', { status });
      }
      if (url.startsWith('https://unreachable')) throw new TypeError('Failed to fetch');
      return url in pages ? Response.json(pages[url]) : new Response('', { status: 404 });
    },
  };
}

describe('OB 2.0 hosted verification', () => {
  it('verifies a badge its issuer still hosts, identically and within its own web address', async () => {
    const lookup = web(assertion());
    const {
      checks,
      badge: fetchedBadge,
      issuer: fetchedIssuer,
    } = await verifyOb2Hosted(assertion(), lookup);
    expect(buildReport(checks).verdict).to.equal('verified');
    expect(fetchedBadge!.name).to.equal('Awesome Robotics Badge');
    expect(fetchedIssuer!.name).to.equal('An Example Badge Issuer');
    expect(lookup.asked).to.include('https://example.org/beths-robotics-badge.json');
  });

  it('is revoked when the issuer answers 410 Gone', async () => {
    const { checks } = await verifyOb2Hosted(assertion(), web(null, 410));
    expect(buildReport(checks).verdict).to.equal('revoked');
  });

  it('is invalid when the presented copy was changed, or the issuer no longer hosts it', async () => {
    const tampered = assertion();
    (tampered.recipient as Record<string, unknown>).identity = 'sha256$0000';
    const changed = buildReport((await verifyOb2Hosted(tampered, web(assertion()))).checks);
    expect(changed.verdict).to.equal('invalid');
    expect(changed.checks.find((c) => c.id === 'proof')!.message).to.contain('recipient');
    expect(
      buildReport((await verifyOb2Hosted(assertion(), web(null, 404))).checks).verdict,
    ).to.equal('invalid');
  });

  it('is invalid when hosted outside the issuer’s web addresses', async () => {
    const elsewhere = { ...assertion(), id: 'https://evil.example/beths-robotics-badge.json' };
    const lookup = web(elsewhere, 200, {
      'https://evil.example/beths-robotics-badge.json': elsewhere,
    });
    lookup.fetch = async (url) => (
      lookup.asked.push(url),
      Response.json(
        url.endsWith('organization.json')
          ? issuer
          : url.endsWith('robotics-badge.json') && url.includes('example.org')
            ? badge
            : elsewhere,
      )
    );
    const report = buildReport((await verifyOb2Hosted(elsewhere, lookup)).checks);
    expect(report.verdict).to.equal('invalid');
    expect(report.checks.find((c) => c.id === 'issuer-key')!.message).to.contain('outside');
  });

  it('is unverified when the issuer cannot be reached, and expired past its end', async () => {
    const offline = { ...assertion(), id: 'https://unreachable.example/a.json' };
    const lookup = web(null);
    const report = buildReport((await verifyOb2Hosted(offline, lookup)).checks);
    expect(report.verdict).to.equal('unverified');
    const expiring = { ...assertion(), expires: '2020-01-01T00:00:00Z' };
    expect(buildReport((await verifyOb2Hosted(expiring, web(expiring))).checks).verdict).to.equal(
      'expired',
    );
    expect(
      buildReport((await verifyOb2Hosted({ ...assertion(), id: 'urn:uuid:1' }, web(null))).checks)
        .verdict,
    ).to.equal('invalid');
  });
});

describe('OB 2.0 hosted: the presented copy against the issuer’s', () => {
  it('is invalid when any field differs (evidence, narrative), and shows the issuer’s copy, not the forged one', async () => {
    const { verifyCredential } =
      await import('../../../packages/micropath/src/credential-badge/verify/verify-credential.ts');
    for (const [field, value] of [
      ['evidence', { id: 'https://forger.example/portfolio', narrative: 'Built a Mars rover' }],
      ['narrative', 'Top of the class'],
      ['image', 'https://forger.example/gold.png'],
    ] as const) {
      const presented = { ...assertion(), [field]: value };
      const { report, view } = await verifyCredential(presented, web(assertion()));
      expect(report.verdict, field).to.equal('invalid');
      expect(report.checks.find((c) => c.id === 'proof')!.message, field).to.contain(field);
      expect(JSON.stringify(view), field).not.to.contain('forger.example');
      expect(JSON.stringify(view), field).not.to.contain('Mars rover');
    }
    // The same fields in another key order are the same copy.
    const reordered = Object.fromEntries(Object.entries(assertion()).reverse());
    const same = await verifyCredential(reordered, web(assertion()));
    expect(same.report.verdict).to.equal('verified');
  });
});

describe('OB 2.0: what is an assertion (1EdTech validator rules)', () => {
  it('is invalid with another context, another type, or an image embedded as a data URI', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['context', { '@context': 'https://w3id.org/openbadges/invalid' }],
      ['type', { type: 'OtherAssertion' }],
      ['data image', { image: 'data:image/png;base64,iVBORw0KGgo=' }],
    ];
    for (const [name, change] of cases) {
      const edited = { ...assertion(), ...change };
      // Even hosted identically by its issuer, it is not an OB 2.0 assertion.
      const { checks } = await verifyOb2Hosted(edited, web(edited));
      expect(buildReport(checks).verdict, name).to.equal('invalid');
      expect(checks[0]!.id, name).to.equal('format');
    }
  });
});
