import { expect } from '@open-wc/testing';
import { openBadgesAdapter } from '../../../packages/micropath/src/adapters/open-badges.ts';
import type { AdapterError } from '../../../packages/micropath/src/core/errors.ts';
import { rejection } from '../../support/rejection.ts';

const ctx = () => ({ signal: new AbortController().signal, locale: 'en' });

describe('openBadgesAdapter', () => {
  it('resolves ids under baseUrl, routes every lookup through the proxy, and keeps JWTs as text', async () => {
    const requested: string[] = [];
    const adapter = openBadgesAdapter({
      baseUrl: 'https://college.example/badges',
      proxy: (url) => `https://proxy.example/?url=${encodeURIComponent(url)}`,
      fetch: async (input) => {
        requested.push(String(input));
        return new Response('eyJhbGciOiJFUzI1NiJ9.e30.c2ln\n');
      },
    });
    expect(await adapter.getCredential('teamwork 1', ctx())).to.equal(
      'eyJhbGciOiJFUzI1NiJ9.e30.c2ln\n',
    );
    expect(requested).to.deep.equal([
      'https://proxy.example/?url=' +
        encodeURIComponent('https://college.example/badges/teamwork%201'),
    ]);
    await adapter.fetch!('https://issuer.example/jwks.json');
    expect(requested[1]).to.equal(
      'https://proxy.example/?url=' + encodeURIComponent('https://issuer.example/jwks.json'),
    );
  });

  it('lists a holder’s credentials, and says which holder or credential is missing', async () => {
    const adapter = openBadgesAdapter({
      holders: { ada: ['https://college.example/a.json'] },
      fetch: async (input) =>
        String(input).endsWith('a.json')
          ? new Response('{"type":["VerifiableCredential"]}')
          : new Response('', { status: 410 }),
    });
    const list = await adapter.listCredentials!('ada', ctx());
    expect(list).to.have.length(1);
    expect(String(list[0])).to.contain('VerifiableCredential');
    const onThePage = openBadgesAdapter({
      fetch: async (input) => new Response(String(input)),
    });
    expect(await onThePage.getCredential('badges/a.json', ctx())).to.equal(
      new URL('badges/a.json', document.baseURI).href,
    );
    const noHolder = await rejection<AdapterError>(adapter.listCredentials!('bob', ctx()));
    expect(noHolder.code).to.equal('not-found');
    const gone = await rejection<AdapterError>(
      adapter.getCredential('https://college.example/gone', ctx()),
    );
    expect(gone.message).to.contain('withdrawn');
  });
});
