/**
 * The recorded ATS feeds and the Cal.com stand-in (test/support/ats-feeds.ts,
 * cal-com-double.ts) on a loopback server of their own, for Node tests.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveAtsFeed } from './ats-feeds.ts';
import { serveCalCom } from './cal-com-double.ts';

export async function serveRecordedSources() {
  const server = createServer((req, res) => {
    void (async () => {
      if ((await serveAtsFeed(req, res)) || (await serveCalCom(req, res))) return;
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"no such route"}');
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
