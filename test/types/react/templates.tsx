// Type-checked by `npm run typecheck` (tsc -p test/types/react): every element, attribute,
// property and event of the kit in React 19 JSX, typed only by `micropath/react`.
import type {} from 'micropath/react';
import { createMemoryAdapter, type ListingQuery } from 'micropath';

const adapter = createMemoryAdapter({});
const query: ListingQuery = { q: 'welding', sort: 'newest' };
const prerendered = { query, page: { items: [] }, now: 0 };
const seen: string[] = [];

export const Board = () => (
  <apprentice-board
    source="rest:https://api.example.org/v1"
    detail="inline"
    url-state="jobs"
    page-size={12}
    organization-name="Northbridge"
    organization-logo="https://northbridge.example/logo.png"
    mentor-url="/mentoring?skill={skill}"
    lang="de"
    dir="ltr"
    query={query}
    prerendered={prerendered}
    adapter={adapter}
    onmp-listing-open={(e) => seen.push(e.listing.title)}
    onmp-apply={(e) => seen.push(e.url ?? e.listing.id)}
    onmp-query-change={(e) => seen.push(e.query.q ?? '')}
    onmp-error={(e) => seen.push(e.error.code)}
    onmp-skill-gap={(e) => seen.push(e.skills.map((skill) => skill.id ?? skill.label).join())}
  />
);

export const Badge = () => (
  <credential-badge
    src="/badges/42.json"
    credential-id="42"
    for-listing="data-apprentice"
    mentor-url="/mentoring?skill={skill}"
    listing={{ title: 'Data apprentice', skills: ['SQL'] }}
    holder="sam"
    allow-upload
    layout="compact"
    verify="visible"
    loading="lazy"
    trusted-issuers={['did:web:college.example.org']}
    lang="es"
    dir="rtl"
    source="rest:/api"
    credential={{ '@context': [] }}
    adapter={adapter}
    onmp-verified={(e) => seen.push(e.report.verdict, e.verifiedIn ?? 'page')}
    onmp-error={(e) => seen.push(e.error.message)}
  />
);

export const Booking = () => (
  <micropath-provider locale="de" time-zone="Europe/Berlin" adapters={{ mentoring: adapter }}>
    <mentor-booking
      mentor-id="ana-ruiz"
      skills={['SQL', 'Data visualisation']}
      skill-param="skill"
      session-type="intro"
      time-zone="America/New_York"
      hour-cycle="h23"
      week-start="monday"
      name="Sam"
      email="sam@example.org"
      lang="en"
      dir="ltr"
      source="cal:jane/30min"
      metadata={{ utm_source: 'newsletter' }}
      loading="lazy"
      adapter={adapter}
      onmp-slot-select={(e) => seen.push(e.slot.start, e.timeZone)}
      onmp-booking-confirmed={(e) => seen.push(e.booking.id)}
      onmp-booking-failed={(e) => seen.push(String(e.outcomeUnknown))}
      onmp-booking-cancelled={(e) => seen.push(e.reason ?? '')}
      onmp-booking-rescheduled={(e) => seen.push(e.previous.start)}
      onmp-error={(e) => seen.push(e.error.code)}
    />
  </micropath-provider>
);

// The types refuse what the elements do not take.
export const Wrong = () => (
  <>
    {/* @ts-expect-error: no such attribute */}
    <apprentice-board pagesize={12} />
    {/* @ts-expect-error: page-size is a number */}
    <apprentice-board page-size={{ rows: 3 }} />
    {/* @ts-expect-error: layout is one of the badge's layouts */}
    <credential-badge layout="poster" />
    {/* @ts-expect-error: the event carries a listing, not a booking */}
    <apprentice-board onmp-listing-open={(e) => e.booking} />
  </>
);
