/**
 * Serves recorded ATS feeds over loopback HTTP at the paths the real APIs use, so the
 * adapters are tested with real payloads through real requests:
 *   /ats/greenhouse/v1/boards/{board}/jobs   /ats/lever/v0/postings/{site}   /ats/ashby/posting-api/job-board/{board}
 *   /ats/smartrecruiters/v1/companies/{company}/postings (and …/postings/{id}: a job ad in the
 *   documented four sections, written for these tests; the recorded list has no bodies)
 * and, for the sources added later, the recorded answers below (RECORDED), one route each:
 *   /ats/workable/api/v1/widget/accounts/{account}, POST …/api/v3/accounts/{account}/jobs
 *   (body `{ token }` for the next page), …/api/v2/accounts/{account}/jobs/{shortcode};
 *   /ats/recruitee/{company}/api/offers/; /ats/personio/{company}/xml (XML);
 *   POST /ats/workday/{tenant}/wday/cxs/{tenant}/{site}/jobs (body `{ offset }`), GET …{externalPath};
 *   /ats/bamboohr/{company}/careers/list and …/careers/{id}/detail; /ats/teamtailor/{company}/jobs.json.
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

const payloadOf = (file: string) =>
  (
    JSON.parse(readFileSync(new URL(`../fixtures/ats/${file}`, import.meta.url), 'utf8')) as {
      payload: unknown;
    }
  ).payload;

/**
 * Workable's second v3 page: the recorded Huntsville page stands in for it, its cursor
 * cleared so the list ends (the recordings are single pages of two boards).
 */
const workableSecondPage = () => ({
  ...(payloadOf('workable-v3-huntsville-memorial-hospital-jobs.json') as object),
  nextPage: null,
});
/** Workday's second page: the recorded postings again under other paths, so paging shows. */
const workdayPage = (offset: number) => {
  const page = payloadOf('workday-workday-jobs.json') as {
    total: number;
    jobPostings: { externalPath: string }[];
  };
  // Twenty on the first page (the recorded four, five times over), four on the second.
  const copies = offset === 0 ? 5 : 1;
  const postings = Array.from({ length: copies }, (_, copy) =>
    page.jobPostings.map((p) => ({ ...p, externalPath: `${p.externalPath}-p${offset}c${copy}` })),
  ).flat();
  // Workday states the total on the first page only.
  return { ...page, total: offset === 0 ? 24 : 0, jobPostings: postings };
};

/** Routes to recorded answers (and the few made for these tests, marked). */
const RECORDED: [RegExp, (match: RegExpExecArray, body: Record<string, unknown>) => unknown][] = [
  [
    /^\/ats\/workable\/api\/v1\/widget\/accounts\/(eupry-aps|crewai)$/,
    ([, a]) => payloadOf(a === 'crewai' ? 'workable-crewai-jobs.json' : 'workable-eupry-jobs.json'),
  ],
  [
    /^\/ats\/workable\/api\/v3\/accounts\/european-dynamics\/jobs$/,
    (_, body) =>
      body.token === 'WzE3ODgyMjA4MDAwMDAsMTE3MDUwMV0='
        ? workableSecondPage()
        : body.token
          ? undefined
          : payloadOf('workable-v3-european-dynamics-jobs-page1.json'),
  ],
  [
    /^\/ats\/workable\/api\/v2\/accounts\/eupry-aps\/jobs\/D68529D654$/,
    () => payloadOf('workable-v2-eupry-job-detail.json'),
  ],
  [
    /^\/ats\/recruitee\/(aikidosecurity|tellent)\/api\/offers\/$/,
    ([, c]) => payloadOf(`recruitee-${c}-offers.json`),
  ],
  [/^\/ats\/personio\/clark\/xml$/, () => payloadOf('personio-clark-feed.json')],
  [/^\/ats\/personio\/not-xml\/xml$/, () => '<workzag-jobs><position><id>1</id></workzag-jobs>'],
  [
    /^\/ats\/workday\/workday\/wday\/cxs\/workday\/Workday\/jobs$/,
    (_, body) => workdayPage(Number(body.offset ?? 0)),
  ],
  // One posting's detail, made for these tests in the CXS shape (none was recorded).
  [
    /^\/ats\/workday\/workday\/wday\/cxs\/workday\/Workday\/job\/([^/]+)\/([^/]+)$/,
    ([, where, path]) => ({
      jobPostingInfo: {
        title: path,
        jobDescription: '<p>Keep federal systems reliable.</p><ul><li>On call</li></ul>',
        location: where === 'USAVAReston' ? 'USA.VA.Reston' : where,
        additionalLocations: ['USA.MD.Baltimore'],
        timeType: 'Full time',
        startDate: '2026-10-01',
        externalUrl: `https://workday.wd5.myworkdayjobs.com/Workday/job/${where}/${path}`,
      },
      hiringOrganization: { name: 'Workday', url: '' },
    }),
  ],
  [/^\/ats\/bamboohr\/acme\/careers\/list$/, () => payloadOf('bamboohr-careers-list.json')],
  // One opening's detail, made for these tests in the careers-site shape (none was recorded).
  [
    /^\/ats\/bamboohr\/acme\/careers\/(\d+)\/detail$/,
    ([, id]) => ({
      meta: {},
      result: {
        jobOpening: {
          id,
          description: '<p>Draft and file pleadings.</p>',
          datePosted: '2026-09-01',
        },
      },
    }),
  ],
  [
    /^\/ats\/teamtailor\/(career|1komma5)\/jobs\.json$/,
    ([, c]) => payloadOf(`teamtailor-${c === 'career' ? 'teamtailor' : '1komma5'}-jobs-feed.json`),
  ],
  [
    /^\/ats\/greenhouse\/v1\/boards\/airbnb\/jobs$/,
    () => ({
      jobs: [
        { ...(payloadOf('greenhouse-airbnb-job-pay.json') as object), pay_input_ranges: undefined },
      ],
    }),
  ],
  [
    /^\/ats\/greenhouse\/v1\/boards\/airbnb\/jobs\/8184174$/,
    (_, __) => payloadOf('greenhouse-airbnb-job-pay.json'),
  ],
];

async function bodyOf(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (req.method !== 'POST') return {};
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

async function serveRecorded(url: URL, req: IncomingMessage, res: ServerResponse) {
  for (const [pattern, answer] of RECORDED) {
    const match = pattern.exec(url.pathname);
    if (!match) continue;
    const body = await bodyOf(req);
    atsRequests.push(
      `${req.method} ${url.pathname.replace(/^\/ats\//, '')}${url.search}${req.method === 'POST' ? ` ${JSON.stringify(body)}` : ''}`,
    );
    const payload = answer(match, body);
    if (payload === undefined) {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"bad token"}');
    } else if (typeof payload === 'string') {
      res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' }).end(payload);
    } else {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    }
    return true;
  }
  return false;
}

export async function serveAtsFeed(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://loopback');
  if (await serveRecorded(url, req, res)) return true;
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
