import { expect } from '@open-wc/testing';
import { createHttpClient } from '../../../packages/micropath/src/core/http.ts';
import { AdapterError } from '../../../packages/micropath/src/core/errors.ts';
import { contractUrl } from '../../support/contract-url.ts';
import { rejection } from '../../support/rejection.ts';

describe('HTTP client (real HTTP on loopback)', () => {
  it('builds URLs from a page-relative base, dropping empty values and repeating arrays', () => {
    const http = createHttpClient({ baseUrl: '/api/v1/' });
    const url = new URL(
      http.url('/listings', {
        q: 'data',
        kind: ['project', 'job'],
        cursor: '',
        limit: undefined,
        paid: true,
      }),
    );
    expect(url.origin).to.equal(location.origin);
    expect(url.pathname).to.equal('/api/v1/listings');
    expect(url.searchParams.getAll('kind')).to.deep.equal(['project', 'job']);
    expect(url.searchParams.get('paid')).to.equal('true');
    expect(url.searchParams.has('cursor')).to.equal(false);
  });

  it('retries an idempotent GET after 503s and then succeeds', async () => {
    const { baseUrl, log } = contractUrl('flaky');
    const http = createHttpClient({ baseUrl, retryDelayMs: 5 });
    const page = (await http.request({ path: 'listings' })) as { items: unknown[] };
    expect(page.items).to.have.length(20);
    expect((await log()).filter((r) => r.route === '/listings')).to.have.length(3);
  });

  it('gives up after the configured retries with a retryable http error', async () => {
    const { baseUrl, log } = contractUrl('down');
    const http = createHttpClient({ baseUrl, retries: 1, retryDelayMs: 5 });
    const error = (await rejection(http.request({ path: 'listings' }))) as AdapterError;
    expect(error).to.be.instanceOf(AdapterError);
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(500);
    expect(error.retryable).to.equal(true);
    expect(error.message).to.contain('Internal error.');
    expect(await log()).to.have.length(2);
  });

  it('never retries a POST', async () => {
    const { baseUrl, log } = contractUrl('flaky');
    const http = createHttpClient({ baseUrl, retryDelayMs: 5 });
    const error = (await rejection(
      http.request({ method: 'POST', path: 'bookings', body: {} }),
    )) as AdapterError;
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(503);
    expect(await log()).to.have.length(1);
  });

  it('honours Retry-After on 429 and retries the GET', async () => {
    const { baseUrl, log } = contractUrl('rate-limited');
    const http = createHttpClient({ baseUrl, retryDelayMs: 5 });
    const mentors = (await http.request({ path: 'mentors' })) as unknown[];
    expect(mentors).to.have.length(2);
    expect(await log()).to.have.length(2);
  });

  it('maps a 429 it may not retry to rate-limited', async () => {
    const { baseUrl } = contractUrl('rate-limited');
    const http = createHttpClient({ baseUrl, retries: 0 });
    const error = (await rejection(http.request({ path: 'mentors' }))) as AdapterError;
    expect(error.code).to.equal('rate-limited');
    expect(error.retryable).to.equal(true);
    expect(error.retryAfterMs).to.equal(0);
  });

  it('times out a slow answer with a timeout error', async () => {
    const { baseUrl } = contractUrl('slow');
    const http = createHttpClient({ baseUrl, timeoutMs: 150, retries: 0 });
    const error = (await rejection(http.request({ path: 'listings' }))) as AdapterError;
    expect(error.code).to.equal('timeout');
    expect(error.retryable).to.equal(true);
  });

  it("rejects with the caller's AbortError when the caller cancels", async () => {
    const { baseUrl } = contractUrl('slow');
    const http = createHttpClient({ baseUrl });
    const controller = new AbortController();
    const pending = http.request({ path: 'listings', signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = (await rejection(pending)) as DOMException;
    expect(error.name).to.equal('AbortError');
  });

  it('rejects at once for an already-aborted signal, without a request', async () => {
    const { baseUrl, log } = contractUrl('ok');
    const http = createHttpClient({ baseUrl });
    const error = (await rejection(
      http.request({ path: 'listings', signal: AbortSignal.abort() }),
    )) as DOMException;
    expect(error.name).to.equal('AbortError');
    expect(await log()).to.have.length(0);
  });

  it('reports HTML where JSON was expected as invalid-response', async () => {
    const { baseUrl } = contractUrl('garbage');
    const http = createHttpClient({ baseUrl });
    const error = (await rejection(http.request({ path: 'listings' }))) as AdapterError;
    expect(error.code).to.equal('invalid-response');
    expect(error.message).to.contain('text/html');
  });

  it('maps 401, 404 and 409 and keeps the server message', async () => {
    const locked = createHttpClient({ baseUrl: contractUrl('locked').baseUrl });
    expect(((await rejection(locked.request({ path: 'mentors' }))) as AdapterError).code).to.equal(
      'unauthorized',
    );
    const http = createHttpClient({ baseUrl: contractUrl('ok').baseUrl });
    const missing = (await rejection(http.request({ path: 'listings/nope' }))) as AdapterError;
    expect(missing.code).to.equal('not-found');
    expect(missing.message).to.contain('No listing "nope"');
    expect(missing.retryable).to.equal(false);
  });

  it('carries per-field messages of a 422 answer', async () => {
    const http = createHttpClient({ baseUrl: contractUrl('ok').baseUrl });
    const error = (await rejection(
      http.request({
        method: 'POST',
        path: 'bookings',
        body: { mentorId: 'ana' },
        headers: { 'idempotency-key': 'k1' },
      }),
    )) as AdapterError;
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(422);
    expect(error.fields).to.have.property('sessionTypeId');
    expect(error.fields).to.have.property('attendee');
  });

  it('reports an unreachable service as a retryable network error', async () => {
    const http = createHttpClient({ baseUrl: 'http://127.0.0.1:9/api', retries: 0 });
    const error = (await rejection(http.request({ path: 'listings' }))) as AdapterError;
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(true);
  });

  it('sends headers from a function on every request and lets a mapError hook decide', async () => {
    const { baseUrl, log } = contractUrl('ok');
    let calls = 0;
    const http = createHttpClient({
      baseUrl,
      headers: async () => ({ 'accept-language': `es-${++calls}` }),
      mapError: (status, body, fallback) =>
        status === 404 && (body as { error?: { code?: string } }).error?.code === 'not-found'
          ? new AdapterError('conflict', 'mapped', { status })
          : fallback,
    });
    await http.request({ path: 'mentors' });
    const mapped = (await rejection(http.request({ path: 'listings/none' }))) as AdapterError;
    expect(mapped.code).to.equal('conflict');
    expect((await log()).map((r) => r.acceptLanguage)).to.deep.equal(['es-1', 'es-2']);
  });

  it('rejects an unusable base URL as not-configured', () => {
    expect(() => createHttpClient({ baseUrl: 'http://[::1' })).to.throw(
      AdapterError,
      'not a usable base URL',
    );
  });
});
