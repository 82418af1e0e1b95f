import * as v from '../valibot.ts';
import { text, httpUrl, mailOrHttpUrl, dateOrInstant } from '../schema-helpers.ts';

import { SkillRequirementSchema } from './skill.ts';
import {
  COMPENSATION_KINDS,
  CREDENTIAL_CATEGORIES,
  DURATION_UNITS,
  EMPLOYMENT_TYPES,
  LISTING_KINDS,
  LISTING_SORTS,
  PAY_INTERVALS,
  WORKPLACES,
} from './listing-constants.ts';

export * from './listing-constants.ts';

const count = () => v.pipe(v.finiteNumber(), v.minValue(0));

export const LocationSchema = v.object({
  /** What people read: "Berlin, Germany", "Remote (EU)". Also the location facet value. */
  label: text(),
  city: v.optional(v.string()),
  region: v.optional(v.string()),
  /** ISO 3166-1 alpha-2 where known. */
  country: v.optional(v.string()),
});

export const DurationSchema = v.pipe(
  v.object({
    min: v.optional(count()),
    max: v.optional(count()),
    unit: v.picklist(DURATION_UNITS),
  }),
  v.check((d) => d.min !== undefined || d.max !== undefined, 'needs min or max'),
);

export const RangeSchema = v.object({ min: v.optional(count()), max: v.optional(count()) });

const currency = () => v.pipe(v.string(), v.regex(/^[A-Z]{3}$/));

/** One of several pay ranges a posting states, such as one per country or city. */
export const PayRangeSchema = v.object({
  min: v.optional(count()),
  max: v.optional(count()),
  currency: v.optional(currency()),
  interval: v.optional(v.picklist(PAY_INTERVALS)),
  /** What the range is for, in the employer's words: "United Kingdom Annual Pay Range". */
  label: v.optional(v.string()),
});

export const CompensationSchema = v.object({
  kind: v.picklist(COMPENSATION_KINDS),
  min: v.optional(count()),
  max: v.optional(count()),
  /** ISO 4217 code, such as "EUR". */
  currency: v.optional(currency()),
  interval: v.optional(v.picklist(PAY_INTERVALS)),
  /** What the range is for, in the employer's words, when the feed names it. */
  label: v.optional(v.string()),
  /**
   * Optional: every range when a posting states several (one per location, as Greenhouse's
   * pay transparency ranges do). They are shown side by side, never merged; `min`, `max`,
   * `currency` and `interval` above repeat the first, for filters and JSON-LD.
   */
  ranges: v.optional(v.array(PayRangeSchema)),
});

export const OrganizationSchema = v.object({
  name: text(),
  logoUrl: v.optional(httpUrl()),
  url: v.optional(httpUrl()),
});

export const CredentialAwardSchema = v.object({
  name: text(),
  issuer: v.optional(v.string()),
  url: v.optional(httpUrl()),
});

export const ListingSchema = v.object({
  id: text(),
  title: text(),
  kind: v.optional(v.picklist(LISTING_KINDS), 'other'),
  organization: OrganizationSchema,
  summary: v.optional(v.string()),
  /** Untrusted HTML: rendered only through the sanitizer. */
  descriptionHtml: v.optional(v.string()),
  /** The skills it asks for, required or preferred (a string is a required `{ label }`). */
  skills: v.optional(v.array(SkillRequirementSchema), []),
  department: v.optional(v.string()),
  locations: v.optional(v.array(LocationSchema), []),
  workplace: v.optional(v.picklist(WORKPLACES)),
  /** Full-time, part-time, contract…, as the feed states it. */
  employmentType: v.optional(v.picklist(EMPLOYMENT_TYPES)),
  duration: v.optional(DurationSchema),
  hoursPerWeek: v.optional(RangeSchema),
  compensation: v.optional(CompensationSchema),
  /** What mentoring comes with it, in the employer's words ("Weekly 1:1 with a senior engineer"). */
  mentorship: v.optional(v.string()),
  /** The education it asks for, as Google's credential categories ("professional certificate"). */
  educationRequirements: v.optional(v.array(v.picklist(CREDENTIAL_CATEGORIES))),
  /** The months of experience it asks for. */
  experienceMonths: v.optional(v.pipe(v.int(), v.minValue(0))),
  /** Whether that experience may stand in for the education. */
  experienceInPlaceOfEducation: v.optional(v.boolean()),
  /** The credential awarded on completion. */
  credential: v.optional(CredentialAwardSchema),
  postedAt: v.optional(dateOrInstant()),
  startsAt: v.optional(dateOrInstant()),
  applyBy: v.optional(dateOrInstant()),
  spots: v.optional(v.pipe(v.int(), v.minValue(0))),
  /** Where to apply: an http(s) page or a `mailto:` address. */
  applyUrl: v.optional(mailOrHttpUrl()),
  url: v.optional(httpUrl()),
});

export const FacetValueSchema = v.object({ value: v.string(), count: v.int() });
export const FacetsSchema = v.object({
  kind: v.optional(v.array(FacetValueSchema)),
  skill: v.optional(v.array(FacetValueSchema)),
  workplace: v.optional(v.array(FacetValueSchema)),
  location: v.optional(v.array(FacetValueSchema)),
  paid: v.optional(v.array(FacetValueSchema)),
});

export const ListingQuerySchema = v.object({
  q: v.optional(v.string()),
  kind: v.optional(v.array(v.picklist(LISTING_KINDS))),
  skill: v.optional(v.array(v.string())),
  workplace: v.optional(v.array(v.picklist(WORKPLACES))),
  location: v.optional(v.array(v.string())),
  /** Only paid or stipended openings. */
  paid: v.optional(v.boolean()),
  /** Longest acceptable duration, in weeks. */
  maxWeeks: v.optional(v.pipe(v.finiteNumber(), v.gtValue(0))),
  sort: v.optional(v.picklist(LISTING_SORTS)),
  cursor: v.optional(v.string()),
  /** Page size. Whole-board adapters serve up to 1,000; a server may cap it lower. */
  limit: v.optional(v.pipe(v.int(), v.gtValue(0), v.maxValue(1000))),
});

export const ListingPageSchema = v.object({
  items: v.array(ListingSchema),
  total: v.optional(v.pipe(v.int(), v.minValue(0))),
  nextCursor: v.optional(v.nullable(v.string())),
  facets: v.optional(FacetsSchema),
  /** Items the source had but could not be read (failed validation). */
  skipped: v.optional(v.pipe(v.int(), v.minValue(0))),
});

export type ListingKind = (typeof LISTING_KINDS)[number];
export type Workplace = (typeof WORKPLACES)[number];
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type ListingSort = (typeof LISTING_SORTS)[number];
export type Location = v.InferOutput<typeof LocationSchema>;
export type Duration = v.InferOutput<typeof DurationSchema>;
export type Compensation = v.InferOutput<typeof CompensationSchema>;
export type PayRange = v.InferOutput<typeof PayRangeSchema>;
export type Listing = v.InferOutput<typeof ListingSchema>;
/** What adapters may hand in: defaulted fields (kind, skills, locations) may be left out. */
export type ListingInput = v.InferInput<typeof ListingSchema>;
export type FacetValue = v.InferOutput<typeof FacetValueSchema>;
export type Facets = v.InferOutput<typeof FacetsSchema>;
export type ListingQuery = v.InferOutput<typeof ListingQuerySchema>;
export type ListingPage = v.InferOutput<typeof ListingPageSchema>;
export type {
  Application,
  ApplicationReceipt,
  PresentedCredential,
  SkillReport,
} from './application.ts';
