/**
 * The order of a learner's steps. No DOM: plain data in, plain data out.
 *
 * With a CLR's associations (between achievement or credential ids), the steps they link
 * follow them: `precedes` puts its source before its target; `isPartOf` and `isChildOf` put a
 * part before the whole it belongs to (and `isParentOf` the other way round); other association
 * types do not order. Steps linked this way form one group, in topological order; where the
 * associations leave a choice, the kind of achievement and then the date decide. Steps no
 * association links are grouped by the skills they share (verified steps only: a forged claim
 * joins nothing), each group ordered by kind of achievement, then date; steps that share no
 * skill close the path in one "other" group.
 */
import type { Verdict } from '../../core/models/credential.ts';
import type { CredentialClaims } from '../../core/skills/match.ts';
import { conceptKey, frameworkKey, labelKey } from '../../core/skills/normalize.ts';
import type { SkillClaim } from '../../core/skills/claims.ts';

export interface Association {
  associationType: string;
  sourceId: string;
  targetId: string;
}

/** One credential on the path, as read and verified. */
export interface Step {
  key: string;
  /** The achievement's id and the credential's id: what associations name. */
  ids: string[];
  achievementType?: string;
  /** When it was issued or became valid (ISO). */
  date?: string;
  /** What the matcher reads: its verdict (the worse of its own and its record's), its claims. */
  claims: CredentialClaims;
}

export interface PlacedStep {
  step: Step;
  /** Its place on the whole path, from 1. */
  number: number;
  before: Step[];
  after: Step[];
  partOf: Step[];
  madeOf: Step[];
}

export interface StepGroup {
  /** Labels of the skills its steps share; empty for linked steps and for "other" steps. */
  shared: string[];
  linked: boolean;
  steps: PlacedStep[];
}

/** Tiers of `achievementType` (OB 3.0's vocabulary), first steps first; others sit in tier 1. */
const TIERS: readonly (readonly string[])[] = [
  ['course', 'assessment', 'assignment', 'cocurricular', 'learningprogram'],
  [
    'competency',
    'badge',
    'microcredential',
    'achievement',
    'award',
    'fieldwork',
    'communityservice',
  ],
  ['certificate', 'certificateofcompletion', 'apprenticeshipcertificate'],
  [
    'certification',
    'license',
    'journeymancertificate',
    'mastercertificate',
    'qualityassurancecredential',
  ],
  [
    'diploma',
    'secondaryschooldiploma',
    'generaleducationdevelopment',
    'associatedegree',
    'bachelordegree',
    'degree',
    'masterdegree',
    'doctoraldegree',
    'professionaldoctorate',
  ],
];

export function tierOf(achievementType: string | undefined): number {
  const type = achievementType?.replace(/^ext:/i, '').toLowerCase();
  const tier = type ? TIERS.findIndex((names) => names.includes(type)) : -1;
  return tier < 0 ? 1 : tier;
}

const time = (step: Step) => {
  const value = step.date ? Date.parse(step.date) : NaN;
  return Number.isNaN(value) ? Infinity : value;
};

/** Kind of achievement, then date, then the order given. */
const compare = (steps: readonly Step[]) => (a: number, b: number) =>
  tierOf(steps[a]!.achievementType) - tierOf(steps[b]!.achievementType) ||
  time(steps[a]!) - time(steps[b]!) ||
  a - b;

/** One key per skill, so one concept written several ways is one skill. */
export function skillKey(claim: SkillClaim): string | undefined {
  const concept = conceptKey(claim.id);
  if (concept) return `uri ${concept}`;
  const framework = frameworkKey(claim.framework);
  if (framework && claim.code) return `code ${framework} ${claim.code.trim().toLowerCase()}`;
  const label = claim.label ? labelKey(claim.label) : '';
  return label ? `label ${label}` : undefined;
}

export const counts = (claims: CredentialClaims) =>
  claims.verdict === ('verified' satisfies Verdict) && claims.bound;

class Sets {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  join(a: number, b: number) {
    this.parent[this.find(a)] = this.find(b);
  }
}

/** Kahn's algorithm over `members`, the best-placed ready step first; a cycle ends in order. */
function topological(
  members: number[],
  edges: Map<number, Set<number>>,
  by: ReturnType<typeof compare>,
) {
  const inside = new Set(members);
  const waiting = new Map(members.map((i) => [i, 0]));
  for (const from of members)
    for (const to of edges.get(from) ?? [])
      if (inside.has(to)) waiting.set(to, waiting.get(to)! + 1);
  const ready = members.filter((i) => waiting.get(i) === 0);
  const order: number[] = [];
  while (order.length < members.length) {
    if (!ready.length) {
      // A cycle: the best-placed step left goes next.
      ready.push(members.filter((i) => !order.includes(i)).sort(by)[0]!);
    }
    ready.sort(by);
    const next = ready.shift()!;
    if (order.includes(next)) continue;
    order.push(next);
    for (const to of edges.get(next) ?? []) {
      if (!inside.has(to) || order.includes(to)) continue;
      const left = waiting.get(to)! - 1;
      waiting.set(to, left);
      if (left === 0) ready.push(to);
    }
  }
  return order;
}

export function orderSteps(
  steps: readonly Step[],
  associations: readonly Association[],
): StepGroup[] {
  const at = new Map<string, number>();
  steps.forEach((step, i) => step.ids.forEach((id) => at.has(id) || at.set(id, i)));
  const edges = new Map<number, Set<number>>();
  const relations = steps.map(() => ({
    before: new Set<number>(),
    after: new Set<number>(),
    partOf: new Set<number>(),
    madeOf: new Set<number>(),
  }));
  const linked = new Sets(steps.length);
  const isLinked = new Set<number>();
  const edge = (from: number, to: number) => {
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from)!.add(to);
    linked.join(from, to);
    isLinked.add(from).add(to);
  };
  for (const association of associations) {
    const source = at.get(association.sourceId);
    const target = at.get(association.targetId);
    if (source === undefined || target === undefined || source === target) continue;
    switch (association.associationType) {
      case 'precedes':
        edge(source, target);
        relations[source]!.before.add(target);
        relations[target]!.after.add(source);
        break;
      case 'isPartOf':
      case 'isChildOf':
        edge(source, target);
        relations[source]!.partOf.add(target);
        relations[target]!.madeOf.add(source);
        break;
      case 'isParentOf':
        edge(target, source);
        relations[target]!.partOf.add(source);
        relations[source]!.madeOf.add(target);
        break;
    }
  }

  // Steps no association links: grouped by the skills verified steps share.
  const loose = steps.map((_, i) => i).filter((i) => !isLinked.has(i));
  const bySkills = new Sets(steps.length);
  const firstWith = new Map<string, number>();
  const labels = new Map<string, string>();
  const holders = new Map<string, Set<number>>();
  for (const i of loose) {
    const claims = steps[i]!.claims;
    if (!counts(claims)) continue;
    for (const claim of claims.claims) {
      const key = skillKey(claim);
      if (!key) continue;
      if (!labels.has(key)) labels.set(key, claim.label ?? claim.code ?? claim.id ?? key);
      if (!holders.has(key)) holders.set(key, new Set());
      holders.get(key)!.add(i);
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, i);
      else bySkills.join(i, first);
    }
  }

  const by = compare(steps);
  const groups: { members: number[]; linked: boolean; shared: string[] }[] = [];
  const collect = (members: number[], sets: Sets, isLinkedGroup: boolean) => {
    const roots = new Map<number, number[]>();
    for (const i of members) {
      const root = sets.find(i);
      if (!roots.has(root)) roots.set(root, []);
      roots.get(root)!.push(i);
    }
    return [...roots.values()].map((group) => ({ members: group, linked: isLinkedGroup }));
  };
  for (const group of collect(
    [...isLinked].sort((a, b) => a - b),
    linked,
    true,
  ))
    groups.push({ ...group, members: topological(group.members, edges, by), shared: [] });
  const others: number[] = [];
  for (const group of collect(loose, bySkills, false)) {
    if (group.members.length < 2) {
      others.push(...group.members);
      continue;
    }
    const inGroup = new Set(group.members);
    const shared = [...holders]
      .filter(([, who]) => [...who].filter((i) => inGroup.has(i)).length > 1)
      .map(([key]) => labels.get(key)!);
    groups.push({ members: group.members.sort(by), linked: false, shared });
  }
  const earliest = (members: number[]) => Math.min(...members.map((i) => time(steps[i]!)));
  groups.sort((a, b) => earliest(a.members) - earliest(b.members) || a.members[0]! - b.members[0]!);
  if (others.length) groups.push({ members: others.sort(by), linked: false, shared: [] });

  const position = new Map(groups.flatMap((group) => group.members).map((i, n) => [i, n + 1]));
  // Related steps in the order the path shows them.
  const pick = (set: Set<number>) =>
    [...set].sort((a, b) => position.get(a)! - position.get(b)!).map((i) => steps[i]!);
  return groups.map((group) => ({
    shared: group.shared,
    linked: group.linked,
    steps: group.members.map((i) => ({
      step: steps[i]!,
      number: position.get(i)!,
      before: pick(relations[i]!.before),
      after: pick(relations[i]!.after),
      partOf: pick(relations[i]!.partOf),
      madeOf: pick(relations[i]!.madeOf),
    })),
  }));
}
