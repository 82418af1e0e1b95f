/**
 * Serves recorded ATS feeds over loopback HTTP at the paths the real APIs use, so the
 * adapters are tested with real payloads through real requests:
 *   /ats/greenhouse/v1/boards/{board}/jobs   /ats/lever/v0/postings/{site}   /ats/ashby/posting-api/job-board/{board}
 * Board "broken" answers HTML; "slow" answers after 2 s.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';

const FEEDS: Record<string, string> = {
  'greenhouse/anthropic': 'greenhouse-jobs.json',
  'greenhouse/smarterdx': 'greenhouse-jobs-fullcontent.json',
  'greenhouse/hostile': 'greenhouse-hostile.json',
  'lever/people-ai': 'lever-postings.json',
  'lever/palantir': 'lever-postings-fullcontent.json',
  'ashby/ramp': 'ashby-jobs.json',
  'ashby/openevidence': 'ashby-jobs-fullcontent.json',
};

const ROUTE =
  /^\/ats\/(greenhouse|lever|ashby)\/(?:v1\/boards|v0\/postings|posting-api\/job-board)\/([^/]+)(?:\/jobs)?$/;

export const atsRequests: string[] = [];

export async function serveAtsFeed(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://loopback');
  const match = ROUTE.exec(url.pathname);
  if (!match) return false;
  const [, ats, board] = match;
  atsRequests.push(`${ats}/${board}${url.search}`);
  if (board === 'broken') {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Maintenance</html>');
    return true;
  }
  if (board === 'slow') await new Promise((resolve) => setTimeout(resolve, 2000));
  const file = FEEDS[`${ats}/${board}`];
  if (!file) {
    res
      .writeHead(404, { 'content-type': 'application/json' })
      .end('{"status":404,"error":"Job board not found"}');
    return true;
  }
  const { payload } = JSON.parse(
    readFileSync(new URL(`../fixtures/ats/${file}`, import.meta.url), 'utf8'),
  ) as { payload: unknown };
  res
    .writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' })
    .end(JSON.stringify(payload));
  return true;
}
