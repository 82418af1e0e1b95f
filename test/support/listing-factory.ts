/**
 * Deterministic, plausible listings for tests and benchmarks: the same seed gives the same
 * board, so a failing assertion or a timing can be reproduced.
 */
import type { ListingInput } from '../../packages/micropath/src/core/models/listing.ts';

const TITLES = [
  'Data Analyst',
  'Frontend Developer',
  'UX Research',
  'Cloud Support',
  'Electrician',
  'Marketing Content',
  'Cybersecurity Analyst',
  'Café Operations',
  'Bookkeeping',
  'Solar Installer',
  'Product Design',
  'Machine Learning',
];
const KINDS = [
  'micro-apprenticeship',
  'micro-internship',
  'apprenticeship',
  'internship',
  'project',
] as const;
const ORGS = [
  'Northwind Labs',
  'Müller & Söhne',
  'Acme Robotics',
  'Lumen Health',
  'Café Central',
  'Brightpath',
];
const SKILLS = [
  'TypeScript',
  'SQL',
  'Figma',
  'Python',
  'Customer service',
  'Excel',
  'Wiring',
  'Écriture',
  'Accessibility',
  'Kubernetes',
];
const PLACES = [
  { label: 'Berlin, Germany', city: 'Berlin', country: 'DE' },
  { label: 'Madrid, Spain', city: 'Madrid', country: 'ES' },
  { label: 'Remote (EU)' },
  { label: 'Toronto, Canada', city: 'Toronto', country: 'CA' },
  { label: 'München, Germany', city: 'München', country: 'DE' },
];
const WORKPLACES = ['remote', 'hybrid', 'onsite'] as const;

/** mulberry32: tiny seeded PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeListings(count: number, seed = 1, now = Date.UTC(2026, 10, 1)): ListingInput[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const kind = pick(KINDS);
    const skills = [...new Set([pick(SKILLS), pick(SKILLS), pick(SKILLS)])];
    const paid = next();
    const weeks = 1 + Math.floor(next() * 24);
    return {
      id: `L${seed}-${i}`,
      title: `${pick(TITLES)} ${kind.replace('-', ' ')} ${i}`,
      kind,
      organization: { name: pick(ORGS), url: 'https://example.org' },
      summary: `Learn ${skills.join(', ')} on real work with a mentor.`,
      skills,
      locations: [pick(PLACES)],
      workplace: pick(WORKPLACES),
      duration: { max: weeks, unit: 'weeks' },
      hoursPerWeek: { min: 10, max: 20 },
      compensation:
        paid < 0.6
          ? { kind: 'paid', min: 15, max: 25, currency: 'EUR', interval: 'hour' }
          : paid < 0.8
            ? { kind: 'stipend', min: 500, currency: 'EUR', interval: 'month' }
            : { kind: 'unpaid' },
      postedAt: new Date(now - Math.floor(next() * 60) * 86_400_000).toISOString(),
      applyBy: new Date(now + Math.floor(next() * 60 - 10) * 86_400_000).toISOString(),
      spots: 1 + Math.floor(next() * 5),
      applyUrl: `https://example.org/apply/${i}`,
    };
  });
}
