/**
 * Serves recorded ATS feeds over loopback HTTP at the paths the real APIs use, so the
 * adapters are tested with real payloads through real requests:
 *   /ats/greenhouse/v1/boards/{board}/jobs   /ats/lever/v0/postings/{site}   /ats/ashby/posting-api/job-board/{board}
 *   /ats/smartrecruiters/v1/companies/{company}/postings (and …/postings/{id}: a job ad in the
 *   documented four sections, written for these tests; the recorded list has no bodies)
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
  'smartrecruiters/Tieto2': 'smartrecruiters-postings.json',
};

const ROUTE =
  /^\/ats\/(greenhouse|lever|ashby|smartrecruiters)\/(?:v1\/boards|v0\/postings|posting-api\/job-board|v1\/companies)\/([^/]+)(?:\/jobs|\/postings)?$/;
/** One SmartRecruiters posting's job ad: made for these tests in the API's documented shape. */
const SMARTRECRUITERS_DETAIL =
  /^\/ats\/smartrecruiters\/v1\/companies\/([^/]+)\/postings\/([^/]+)$/;

export const atsRequests: string[] = [];

export async function serveAtsFeed(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://loopback');
  const detail = SMARTRECRUITERS_DETAIL.exec(url.pathname);
  if (detail) {
    atsRequests.push(`smartrecruiters/${detail[1]}/${detail[2]}`);
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: detail[2],
        jobAd: {
          sections: {
            companyDescription: { title: 'Company Description', text: '<p>We build networks.</p>' },
            jobDescription: { title: 'Job Description', text: '<p>Test 5G base stations.</p>' },
            qualifications: { title: 'Qualifications', text: '<ul><li>Python</li></ul>' },
            additionalInformation: { title: 'Additional Information', text: '' },
          },
        },
      }),
    );
    return true;
  }
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
