/**
 * `micropath/adapters`: adapters, the contract they implement, and the schemas and helpers
 * for writing your own.
 */
export { createMemoryAdapter } from './memory/memory-adapter.ts';
export { slotsFromWeeklyHours } from './memory/weekly-hours.ts';
export { toZonedIso } from '../core/time.ts';
export { filterMentors } from '../core/mentor-query.ts';
export type {
  MemoryAdapter,
  MemoryAdapterOptions,
  MemoryMentor,
  WeeklyHours,
  Weekday,
} from './memory/memory-adapter.ts';
export { createRestAdapter } from './rest-adapter.ts';
export type { RestAdapter, RestAdapterOptions } from './rest-adapter.ts';

export { greenhouseAdapter } from './ats/greenhouse.ts';
export type { GreenhouseOptions } from './ats/greenhouse.ts';
export { leverAdapter } from './ats/lever.ts';
export type { LeverOptions } from './ats/lever.ts';
export { ashbyAdapter } from './ats/ashby.ts';
export type { AshbyOptions } from './ats/ashby.ts';
export { smartRecruitersAdapter } from './ats/smartrecruiters.ts';
export type { SmartRecruitersOptions } from './ats/smartrecruiters.ts';
export { workableAdapter } from './ats/workable.ts';
export type { WorkableOptions } from './ats/workable.ts';
export { recruiteeAdapter } from './ats/recruitee.ts';
export type { RecruiteeOptions } from './ats/recruitee.ts';
export { personioAdapter } from './ats/personio.ts';
export type { PersonioOptions } from './ats/personio.ts';
export { workdayAdapter } from './ats/workday.ts';
export type { WorkdayOptions } from './ats/workday.ts';
export { bambooHrAdapter } from './ats/bamboohr.ts';
export type { BambooHrOptions } from './ats/bamboohr.ts';
export { teamtailorAdapter } from './ats/teamtailor.ts';
export type { TeamtailorOptions } from './ats/teamtailor.ts';
export type { WholeBoardAdapter } from './ats/whole-board.ts';
export { inferKind } from './ats/infer-kind.ts';
/** The text of each block (paragraph, item, heading) of feed HTML, without building DOM. */
export { htmlBlocks } from './ats/html-text.ts';
export { calComAdapter } from './cal-com.ts';
export type { CalComAdapter, CalComOptions } from './cal-com.ts';
export { openBadgesAdapter } from './open-badges.ts';
export type { OpenBadgesOptions } from './open-badges.ts';

export { registerSource, registeredSources, adapterFromSource } from '../core/sources.ts';
export type { SourceFactory } from '../core/sources.ts';
export { AdapterError, isAbort } from '../core/errors.ts';
export { MicropathEvent, MpErrorEvent, MpSkillGapEvent, mentorHref } from '../core/events.ts';
export type { SkillGap } from '../core/events.ts';
export type { AdapterErrorCode, AdapterErrorOptions } from '../core/errors.ts';
export { createHttpClient } from '../core/http.ts';
export type { HttpClient, HttpClientOptions, HttpRequest, QueryValue } from '../core/http.ts';
export {
  createListingIndex,
  durationInDays,
  finishFacets,
  placesText,
} from '../core/listing-query.ts';
export type { FacetDimension } from '../core/listing-query.ts';
/** The kit's text folding (case, accents, ß) and search terms, for backends that search alike. */
export { foldText, searchTerms } from '../core/text-match.ts';
/** A booked session as an iCalendar file (RFC 5545), for e-mails a backend sends. */
export { icsFile } from '../mentor-booking/calendar-file.ts';
export type { CalendarEvent } from '../mentor-booking/calendar-file.ts';
export type { ListingIndex } from '../core/listing-query.ts';
export { readOne, readList, checkRequest } from '../core/boundary.ts';
export { readListingPage, readListing } from '../core/read-listings.ts';
export { readMentors, readSlots } from '../core/read-mentoring.ts';
export { readBooking } from '../core/read-bookings.ts';
export type { CheckedList } from '../core/boundary.ts';
export * from '../core/contracts.ts';
export * from '../core/models/index.ts';
// The skills matcher, shared by the widgets and servers (no DOM).
export {
  askedSkillKey,
  claimsOf,
  conceptKey,
  contentWords,
  credentialClaims,
  credentialDocument,
  distinctIds,
  envelopeClaims,
  frameworkKey,
  labelKey,
  labelWords,
  matchSkills,
  mentorSkillKeys,
  MATCH_STATUSES,
  MATCH_TIERS,
  nestedCredentials,
  presented,
  skillLabels,
  skillReports,
  toRequirement,
  verifiedClaims,
  verifyEnvelope,
} from '../core/skills/index.ts';
export type {
  CheckedEnvelope,
  CredentialClaims,
  HeldCredential,
  MatchReport,
  MatchStatus,
  MatchTier,
  RequirementReport,
  SkillClaim,
  SkillEvidence,
  Verification,
} from '../core/skills/index.ts';
