/**
 * A learner's stack for the pathway stories and tests: three credentials from a fictional
 * college (freshly signed VC-JWTs, a `did:jwk` issuer, so they verify offline), a first-aid
 * badge that shares no skill with them, a CLR 2.0 record holding the three with its
 * associations, and a listing to hold them against.
 */
import type { CredentialsAdapter } from '../../packages/micropath/src/core/contracts.ts';
import {
  signedCredential,
  statusListCredential,
  tamperClaim,
} from '../../test/support/sign-credential.ts';

export const SQL = 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742';
export const DATAVIZ = 'http://data.europa.eu/esco/skill/a9a2d4b5-3a3c-4b33-9b8e-0cf2e1d7c0b1';
export const ANALYSIS = 'http://data.europa.eu/esco/skill/2b7ab5a4-0f0d-4c4f-8b7b-7a4e0c7d5e11';
export const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';

const COLLEGE = 'https://riverside.example/achievements/';
const STATUS_LIST = 'https://riverside.example/status/1';

const skill = (targetName: string, targetUrl: string) => ({
  type: ['Alignment'],
  targetName,
  targetUrl,
  targetFramework: 'ESCO',
});

interface StepSpec {
  slug: string;
  name: string;
  achievementType: string;
  validFrom: string;
  alignment: object[];
}

/** The college's three data steps; their dates put the visualisation course first. */
export const DATA_STEPS: StepSpec[] = [
  {
    slug: 'data-analyst',
    name: 'Data Analyst Certificate',
    achievementType: 'Certificate',
    validFrom: '2025-01-20T00:00:00Z',
    alignment: [skill('Data analysis', ANALYSIS), skill('SQL', SQL)],
  },
  {
    slug: 'data-viz',
    name: 'Data Visualisation',
    achievementType: 'Course',
    validFrom: '2025-02-10T00:00:00Z',
    alignment: [skill('Data visualisation', DATAVIZ), skill('SQL', SQL)],
  },
  {
    slug: 'sql-basics',
    name: 'SQL Basics',
    achievementType: 'Course',
    validFrom: '2025-03-05T00:00:00Z',
    alignment: [skill('SQL', SQL)],
  },
];

export const FIRST_AID: StepSpec = {
  slug: 'first-aid',
  name: 'First Aid at Work',
  achievementType: 'Badge',
  validFrom: '2024-06-01T00:00:00Z',
  alignment: [],
};

export interface Stack {
  /** Each credential as a compact VC-JWT, in the order given. */
  jwts: string[];
  /** A fetch hook: the college's status list (index 8 revoked) and each credential by URL. */
  fetch: (url: string) => Promise<Response>;
  urls: string[];
}

/**
 * The credentials, signed by one key (the college's). `revoke` names the slug whose
 * credential points at the revoked index of the college's status list.
 */
export async function signStack(specs: StepSpec[], options: { revoke?: string } = {}) {
  const college = await signedCredential({}, { issuerName: 'Riverside Community College' });
  const jwts = await Promise.all(
    specs.map((spec, i) =>
      college.sign({
        ...college.credential,
        id: `https://riverside.example/credentials/${spec.slug}`,
        name: spec.name,
        validFrom: spec.validFrom,
        credentialSubject: {
          id: 'did:example:ada',
          type: ['AchievementSubject'],
          achievement: {
            id: `${COLLEGE}${spec.slug}`,
            type: ['Achievement'],
            achievementType: spec.achievementType,
            name: spec.name,
            criteria: { narrative: 'Completed the course and its assessment.' },
            alignment: spec.alignment,
          },
        },
        credentialStatus: {
          type: 'BitstringStatusListEntry',
          statusPurpose: 'revocation',
          statusListIndex: String(spec.slug === options.revoke ? 8 : i + 1),
          statusListCredential: STATUS_LIST,
        },
      }),
    ),
  );
  const urls = specs.map((spec) => `https://riverside.example/credentials/${spec.slug}.jwt`);
  const fetch = async (url: string): Promise<Response> => {
    if (url === STATUS_LIST)
      return new Response(
        await college.sign(await statusListCredential(url, college.credential.issuer, [8])),
      );
    const at = urls.indexOf(url);
    return at >= 0 ? new Response(jwts[at]) : new Response('not here', { status: 404 });
  };
  return { jwts, fetch, urls } satisfies Stack;
}

/** The associations a registry states between the college's achievements. */
export const DATA_ASSOCIATIONS = [
  ['sql-basics', 'precedes', 'data-viz'],
  ['sql-basics', 'isPartOf', 'data-analyst'],
  ['data-viz', 'isPartOf', 'data-analyst'],
].map(([source, associationType, target]) => ({
  type: 'Association',
  associationType,
  sourceId: `${COLLEGE}${source}`,
  targetId: `${COLLEGE}${target}`,
}));

/**
 * A CLR 2.0 record a registry (its own key) issued over `held`. `forge` edits the second held
 * credential after it was signed, adding Python to what it claims: that step is a forgery.
 */
export async function signRecord(held: string[], options: { forge?: boolean } = {}) {
  const inside = options.forge
    ? held.map((jwt, i) =>
        i === 1
          ? tamperClaim(jwt, (vc) =>
              vc.credentialSubject.achievement.alignment.push(skill('Python', PYTHON)),
            )
          : jwt,
      )
    : held;
  const record = await signedCredential(
    {
      id: 'urn:uuid:ada-learner-record',
      type: ['VerifiableCredential', 'ClrCredential'],
      name: 'Ada’s learner record',
      validFrom: '2025-04-01T00:00:00Z',
      credentialSubject: {
        id: 'did:example:ada',
        type: ['ClrSubject'],
        verifiableCredential: inside,
        association: DATA_ASSOCIATIONS,
      },
    },
    { issuerName: 'Northfield Registry' },
  );
  return record.jws;
}

/** A listing asking for SQL, data visualisation and Python, and (preferred) spreadsheets. */
export const DATA_LISTING = {
  id: 'data-apprentice',
  title: 'Data apprentice',
  organization: { name: 'Harbour Analytics' },
  skills: [
    { label: 'SQL', id: SQL, framework: 'ESCO', importance: 'required' as const },
    {
      label: 'Data visualisation',
      id: DATAVIZ,
      framework: 'ESCO',
      importance: 'required' as const,
    },
    { label: 'Python', id: PYTHON, framework: 'ESCO', importance: 'required' as const },
    { label: 'Spreadsheets', importance: 'preferred' as const },
  ],
};

/** An adapter for the stories: the stack's credentials by URL, the holder's list, the listing. */
export function pathwayAdapter(
  stack: Promise<Stack>,
  extra: Partial<CredentialsAdapter> = {},
): CredentialsAdapter & { getListing(id: string): Promise<unknown> } {
  return {
    getCredential: async (ref) => (await stack).jwts[Number(ref)],
    listCredentials: async () => (await stack).jwts,
    fetch: async (url) => (await stack).fetch(url),
    getListing: async () => DATA_LISTING,
    ...extra,
  };
}
