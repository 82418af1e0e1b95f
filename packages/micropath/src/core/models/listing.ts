import * as z from '../zod.ts';
import { text, httpUrl, mailOrHttpUrl, dateOrInstant } from '../schema-helpers.ts';

import { SkillRequirementSchema } from './skill.ts';
import { VERDICTS } from './credential.ts';
import { MATCH_STATUSES, MATCH_TIERS } from '../skills/match-terms.ts';
import {
  APPLICATION_CREDENTIALS,
  COMPENSATION_KINDS,
  CREDENTIAL_CATEGORIES,
  DURATION_UNITS,
  EMPLOYMENT_TYPES,
  LISTING_KINDS,
  LISTING_SORTS,
  PAY_INTERVALS,
  SKILL_IMPORTANCES,
  WORKPLACES,
} from './listing-constants.ts';

export * from './listing-constants.ts';

const count = () => z.number().check(z.nonnegative());

export const LocationSchema = z.object({
  /** What people read: "Berlin, Germany", "Remote (EU)". Also the location facet value. */
  label: text(),
  city: z.optional(z.string()),
  region: z.optional(z.string()),
  /** ISO 3166-1 alpha-2 where known. */
  country: z.optional(z.string()),
});

export const DurationSchema = z
  .object({
    min: z.optional(count()),
    max: z.optional(count()),
    unit: z.enum(DURATION_UNITS),
  })
  .check(
    z.refine((d) => d.min !== undefined || d.max !== undefined, {
      message: 'needs min or max',
    }),
  );

export const RangeSchema = z.object({ min: z.optional(count()), max: z.optional(count()) });

const currency = () => z.string().check(z.regex(/^[A-Z]{3}$/));

/** One of several pay ranges a posting states, such as one per country or city. */
export const PayRangeSchema = z.object({
  min: z.optional(count()),
  max: z.optional(count()),
  currency: z.optional(currency()),
  interval: z.optional(z.enum(PAY_INTERVALS)),
  /** What the range is for, in the employer's words: "United Kingdom Annual Pay Range". */
  label: z.optional(z.string()),
});

export const CompensationSchema = z.object({
  kind: z.enum(COMPENSATION_KINDS),
  min: z.optional(count()),
  max: z.optional(count()),
  /** ISO 4217 code, such as "EUR". */
  currency: z.optional(currency()),
  interval: z.optional(z.enum(PAY_INTERVALS)),
  /** What the range is for, in the employer's words, when the feed names it. */
  label: z.optional(z.string()),
  /**
   * Optional: every range when a posting states several (one per location, as Greenhouse's
   * pay transparency ranges do). They are shown side by side, never merged; `min`, `max`,
   * `currency` and `interval` above repeat the first, for filters and JSON-LD.
   */
  ranges: z.optional(z.array(PayRangeSchema)),
});

export const OrganizationSchema = z.object({
  name: text(),
  logoUrl: z.optional(httpUrl()),
  url: z.optional(httpUrl()),
});

export const CredentialAwardSchema = z.object({
  name: text(),
  issuer: z.optional(z.string()),
  url: z.optional(httpUrl()),
});

export const ListingSchema = z.object({
  id: text(),
  title: text(),
  kind: z._default(z.enum(LISTING_KINDS), 'other'),
  organization: OrganizationSchema,
  summary: z.optional(z.string()),
  /** Untrusted HTML: rendered only through the sanitizer. */
  descriptionHtml: z.optional(z.string()),
  /** The skills it asks for, required or preferred (a string is a required `{ label }`). */
  skills: z._default(z.array(SkillRequirementSchema), []),
  department: z.optional(z.string()),
  locations: z._default(z.array(LocationSchema), []),
  workplace: z.optional(z.enum(WORKPLACES)),
  /** Full-time, part-time, contract…, as the feed states it. */
  employmentType: z.optional(z.enum(EMPLOYMENT_TYPES)),
  duration: z.optional(DurationSchema),
  hoursPerWeek: z.optional(RangeSchema),
  compensation: z.optional(CompensationSchema),
  /** What mentoring comes with it, in the employer's words ("Weekly 1:1 with a senior engineer"). */
  mentorship: z.optional(z.string()),
  /** The education it asks for, as Google's credential categories ("professional certificate"). */
  educationRequirements: z.optional(z.array(z.enum(CREDENTIAL_CATEGORIES))),
  /** The months of experience it asks for. */
  experienceMonths: z.optional(z.int().check(z.nonnegative())),
  /** Whether that experience may stand in for the education. */
  experienceInPlaceOfEducation: z.optional(z.boolean()),
  /** The credential awarded on completion. */
  credential: z.optional(CredentialAwardSchema),
  postedAt: z.optional(dateOrInstant()),
  startsAt: z.optional(dateOrInstant()),
  applyBy: z.optional(dateOrInstant()),
  spots: z.optional(z.int().check(z.nonnegative())),
  /** Where to apply: an http(s) page or a `mailto:` address. */
  applyUrl: z.optional(mailOrHttpUrl()),
  url: z.optional(httpUrl()),
});

export const FacetValueSchema = z.object({ value: z.string(), count: z.int() });
export const FacetsSchema = z.object({
  kind: z.optional(z.array(FacetValueSchema)),
  skill: z.optional(z.array(FacetValueSchema)),
  workplace: z.optional(z.array(FacetValueSchema)),
  location: z.optional(z.array(FacetValueSchema)),
  paid: z.optional(z.array(FacetValueSchema)),
});

export const ListingQuerySchema = z.object({
  q: z.optional(z.string()),
  kind: z.optional(z.array(z.enum(LISTING_KINDS))),
  skill: z.optional(z.array(z.string())),
  workplace: z.optional(z.array(z.enum(WORKPLACES))),
  location: z.optional(z.array(z.string())),
  /** Only paid or stipended openings. */
  paid: z.optional(z.boolean()),
  /** Longest acceptable duration, in weeks. */
  maxWeeks: z.optional(z.number().check(z.positive())),
  sort: z.optional(z.enum(LISTING_SORTS)),
  cursor: z.optional(z.string()),
  /** Page size. Whole-board adapters serve up to 1,000; a server may cap it lower. */
  limit: z.optional(z.int().check(z.positive(), z.lte(1000))),
});

export const ListingPageSchema = z.object({
  items: z.array(ListingSchema),
  total: z.optional(z.int().check(z.nonnegative())),
  nextCursor: z.optional(z.nullable(z.string())),
  facets: z.optional(FacetsSchema),
  /** Items the source had but could not be read (failed validation). */
  skipped: z.optional(z.int().check(z.nonnegative())),
});

export const ApplicationSchema = z.object({
  name: text(),
  email: z.email(),
  message: z.optional(z.string().check(z.maxLength(5000))),
  links: z._default(z.array(httpUrl()), []),
  consent: z.literal(true),
  answers: z.optional(z.record(z.string(), z.string())),
  /**
   * Credentials the applicant shows (Open Badges 2.0 / 3.0, CLR 2.0): each a JSON object or a
   * compact JWT, at most APPLICATION_CREDENTIALS of them. A server verifies each again and
   * matches it with the listing's skills; it never takes the page's word for either.
   */
  credentials: z.optional(
    z
      .array(
        z.union([
          z.string().check(z.maxLength(APPLICATION_CREDENTIALS.chars)),
          z.record(z.string(), z.unknown()).check(
            z.refine((c) => JSON.stringify(c).length <= APPLICATION_CREDENTIALS.chars, {
              message: `longer than ${APPLICATION_CREDENTIALS.chars} characters`,
            }),
          ),
        ]),
      )
      .check(z.maxLength(APPLICATION_CREDENTIALS.count)),
  ),
  /**
   * What the page's verifier said of each credential, in the same order. Informational: the
   * server verifies again, and flags a credential the page called verified and it did not.
   */
  credentialVerdicts: z.optional(
    z.array(z.enum(VERDICTS)).check(z.maxLength(APPLICATION_CREDENTIALS.count)),
  ),
  /**
   * The wallet exchange some of the credentials came from (its id and the page's token): a
   * credential whose subject is the DID that signed the wallet's presentation is the
   * applicant's, whatever its e-mail says.
   */
  exchange: z.optional(z.object({ id: text(), token: text() })),
});

/** A credential shown with an application, as its verifier saw it. */
export const PresentedCredentialSchema = z.object({
  credentialId: text(),
  name: z.optional(z.string()),
  issuer: z.optional(z.string()),
  verdict: z.enum(VERDICTS),
  /** Shown to be the applicant's (the recipient is the e-mail they gave). */
  bound: z.boolean(),
  /** What the applicant's page said of it, when it said. */
  pageVerdict: z.optional(z.enum(VERDICTS)),
  /** The page called it verified and the server did not: look closer. */
  disputed: z.optional(z.boolean()),
  /**
   * The `credentialId` of the CLR 2.0 envelope that holds it: it was verified on its own, and
   * counts only when the envelope verified too. Absent for a credential shown as it is.
   */
  within: z.optional(z.string()),
});

/** One skill requirement of the listing, and what the credentials show of it. */
export const SkillReportSchema = z.object({
  label: text(),
  id: z.optional(z.string()),
  importance: z.enum(SKILL_IMPORTANCES),
  status: z.enum(MATCH_STATUSES),
  via: z.optional(z.enum(MATCH_TIERS)),
  credentialId: z.optional(z.string()),
  /** Where in the credential the skill is stated. */
  path: z.optional(z.string()),
  verdict: z.optional(z.enum(VERDICTS)),
  bound: z.optional(z.boolean()),
  level: z.optional(z.string()),
});

export const ApplicationReceiptSchema = z.object({
  id: text(),
  listingId: text(),
  status: z.enum(['received', 'pending']),
  receivedAt: z.optional(dateOrInstant()),
  message: z.optional(z.string()),
  /** The credentials shown, as the server verified them. */
  credentials: z.optional(z.array(PresentedCredentialSchema)),
  /** The listing's skills against those credentials, as the server matched them. */
  skills: z.optional(
    z.object({
      required: z.object({ met: z.int(), total: z.int() }),
      requirements: z.array(SkillReportSchema),
    }),
  ),
});

export type ListingKind = (typeof LISTING_KINDS)[number];
export type Workplace = (typeof WORKPLACES)[number];
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type ListingSort = (typeof LISTING_SORTS)[number];
export type Location = z.infer<typeof LocationSchema>;
export type Duration = z.infer<typeof DurationSchema>;
export type Compensation = z.infer<typeof CompensationSchema>;
export type PayRange = z.infer<typeof PayRangeSchema>;
export type Listing = z.infer<typeof ListingSchema>;
/** What adapters may hand in: defaulted fields (kind, skills, locations) may be left out. */
export type ListingInput = z.input<typeof ListingSchema>;
export type FacetValue = z.infer<typeof FacetValueSchema>;
export type Facets = z.infer<typeof FacetsSchema>;
export type ListingQuery = z.infer<typeof ListingQuerySchema>;
export type ListingPage = z.infer<typeof ListingPageSchema>;
export type Application = z.infer<typeof ApplicationSchema>;
export type ApplicationReceipt = z.infer<typeof ApplicationReceiptSchema>;
export type PresentedCredential = z.infer<typeof PresentedCredentialSchema>;
export type SkillReport = z.infer<typeof SkillReportSchema>;
