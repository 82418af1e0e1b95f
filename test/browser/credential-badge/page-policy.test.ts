/** Reading the page's Content-Security-Policy before a lookup (credential-badge/page-policy.ts). */
import { expect } from '@open-wc/testing';
import { connectAllowed } from '../../../packages/micropath/src/credential-badge/page-policy.ts';
import { guardedFetch } from '../../../packages/micropath/src/credential-badge/lookups.ts';

/** A document at `base` with these policies in <meta> tags. */
function page(base: string, ...policies: string[]): Document {
  const doc = document.implementation.createHTMLDocument('policy');
  const baseElement = doc.createElement('base');
  baseElement.href = base;
  doc.head.append(baseElement);
  for (const policy of policies) {
    const meta = doc.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = policy;
    doc.head.append(meta);
  }
  return doc;
}

const allowed = (url: string, doc: Document) => connectAllowed(new URL(url), doc);

describe('the page’s connect-src, read before a lookup', () => {
  it('allows everything when no policy is readable, or none names connections', () => {
    expect(allowed('https://issuer.example/key', page('https://college.example/'))).to.equal(true);
    expect(
      allowed('https://issuer.example/key', page('https://college.example/', "img-src 'self'")),
    ).to.equal(true);
  });

  it('falls back to default-src and matches self, schemes, hosts, wildcards, ports and paths', () => {
    const doc = page(
      'https://college.example/badges/',
      "default-src 'self'; script-src 'self'",
      "connect-src 'self' https://keys.example *.issuers.example https://status.example/lists/ https://one.example/only.json wss:",
    );
    // both policies apply: the first allows only the page's own origin
    expect(allowed('https://college.example/.well-known/jwks.json', doc)).to.equal(true);
    expect(allowed('https://keys.example/jwks.json', doc)).to.equal(false);

    const open = page(
      'https://college.example/',
      "connect-src 'self' https://keys.example *.issuers.example https://status.example/lists/ https://one.example/only.json http://plain.example:8080",
    );
    expect(allowed('https://college.example/a', open)).to.equal(true);
    expect(allowed('https://keys.example/jwks.json', open)).to.equal(true);
    expect(allowed('https://a.issuers.example/key', open)).to.equal(true);
    expect(allowed('https://issuers.example/key', open)).to.equal(false);
    expect(allowed('https://status.example/lists/3', open)).to.equal(true);
    expect(allowed('https://status.example/other', open)).to.equal(false);
    expect(allowed('https://one.example/only.json', open)).to.equal(true);
    expect(allowed('https://one.example/other.json', open)).to.equal(false);
    expect(allowed('https://plain.example:8080/x', open)).to.equal(true);
    expect(allowed('https://plain.example/x', open)).to.equal(false);
    expect(allowed('https://elsewhere.example/', open)).to.equal(false);
  });

  it('knows none, star and scheme sources', () => {
    expect(
      allowed('https://college.example/', page('https://college.example/', "connect-src 'none'")),
    ).to.equal(false);
    expect(
      allowed('https://any.example/', page('https://college.example/', 'connect-src *')),
    ).to.equal(true);
    expect(
      allowed('https://any.example/', page('https://college.example/', 'connect-src https:')),
    ).to.equal(true);
    expect(
      allowed('http://any.example/', page('https://college.example/', 'connect-src https:')),
    ).to.equal(false);
  });

  it('names the policy when the browser refused a lookup a header policy forbids', async () => {
    // What Chromium does for a policy sent as a header, which scripts cannot read: it reports
    // a violation and the fetch rejects. Reproduced here with the event the browser sends.
    const realFetch = window.fetch;
    window.fetch = async (input) => {
      if (String(input).startsWith('https://issuer.example/'))
        document.dispatchEvent(
          new SecurityPolicyViolationEvent('securitypolicyviolation', {
            blockedURI: String(input),
            effectiveDirective: 'connect-src',
            violatedDirective: 'connect-src',
            originalPolicy: "connect-src 'self'",
            disposition: 'enforce',
            statusCode: 200,
          }),
        );
      throw new TypeError('Failed to fetch'); // refused, or simply unreachable
    };
    try {
      const lookup = guardedFetch(undefined);
      const failure = await lookup('https://issuer.example/.well-known/jwks.json').catch(
        (error: Error) => error,
      );
      expect((failure as Error).message).to.equal(
        'This page’s Content-Security-Policy does not let the badge connect to https://issuer.example.',
      );
      const other = await lookup('https://down.example/key').catch((error: Error) => error);
      expect((other as Error).message).to.equal('https://down.example/key could not be reached.');
    } finally {
      window.fetch = realFetch;
    }
  });
});
