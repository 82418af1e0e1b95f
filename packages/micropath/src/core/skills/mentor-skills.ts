/**
 * Mentors by skill: which of the skills a visitor asks for each mentor covers, with the
 * matcher's tiers (match.ts). A mentor covers a skill when one of their skills (or an
 * `expertise` label, read as `{ label }`) names it by concept URI, framework and code, or label
 * (alternative labels too). Shared words alone (the token tier) make a skill only *related*: it
 * is shown as such, never counted. Mentors covering more of the asked skills come first; ties
 * keep the backend's order. The widget, the memory and Cal.com adapters and the reference
 * server's keys all come from here, so every backend answers alike.
 */
import type { Mentor } from '../models/mentoring.ts';
import type { SkillRef } from './skill-ref.ts';
import { tierOf, type MatchTier, type StatedSkill } from './match.ts';
import { conceptKey, frameworkKey, labelKey } from './normalize.ts';

const COVERING: readonly MatchTier[] = ['uri', 'code', 'label'];
/** A concept URI (http or https) or a bare UUID (an ESCO skill), as a query or attribute gives it. */
const CONCEPT = /^(https?:\/\/\S+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** A skill asked for by a query value or an attribute word: a concept URI, else a label. */
export function askedSkill(value: string | SkillRef): SkillRef {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  return CONCEPT.test(text) ? { label: text, id: text } : { label: text };
}

/** Asked by its URI alone: only the URI tier can find it (its "label" is the URI). */
const byUriOnly = (skill: SkillRef) => skill.id !== undefined && skill.label === skill.id;

/** A mentor's skills as statements: each skill, its alternative labels, and each expertise. */
function stated(
  mentor: Pick<Mentor, 'skills' | 'expertise'>,
): { skill: StatedSkill; label: string }[] {
  const out: { skill: StatedSkill; label: string }[] = [];
  for (const skill of mentor.skills ?? []) {
    const { altLabels, ...rest } = skill;
    // An ESCO code is the UUID its concept URI ends in: the same concept as that URI.
    if (!rest.id && rest.code && frameworkKey(rest.framework) === 'esco') rest.id = rest.code;
    out.push({ skill: rest, label: skill.label });
    for (const alt of altLabels ?? []) out.push({ skill: { label: alt }, label: skill.label });
  }
  for (const label of mentor.expertise ?? []) out.push({ skill: { label }, label });
  return out;
}

export interface MentorCoverage<M> {
  mentor: M;
  /** Per asked skill, in the asked order: the mentor's name for it when covered. */
  covered: (string | undefined)[];
  /** The mentor's labels for the asked skills they cover, once each: "SQL, Data visualisation". */
  covers: string[];
  /** Skills of the mentor sharing words with an asked one (the token tier): said, not counted. */
  related: string[];
}

/** Which of `asked` one mentor covers, and which of their skills are only related. */
export function coverage<M extends Pick<Mentor, 'skills' | 'expertise'>>(
  mentor: M,
  asked: readonly SkillRef[],
): MentorCoverage<M> {
  const statements = stated(mentor);
  const covered = asked.map((wanted) => {
    const tiers = byUriOnly(wanted) ? (['uri'] as const) : COVERING;
    for (const tier of tiers) {
      const hit = statements.find((s) => tierOf(wanted, s.skill, [tier]));
      if (hit) return hit.label;
    }
    return undefined;
  });
  const related = asked.flatMap((wanted, i) =>
    covered[i] !== undefined || byUriOnly(wanted)
      ? []
      : statements.filter((s) => tierOf(wanted, s.skill, ['token'])).map((s) => s.label),
  );
  const once = (labels: string[]) => [...new Set(labels)];
  return {
    mentor,
    covered,
    covers: once(covered.filter((label): label is string => label !== undefined)),
    related: once(related).filter((label) => !covered.includes(label)),
  };
}

/** Every mentor with their coverage, those covering more asked skills first (a stable sort). */
export function rankMentors<M extends Pick<Mentor, 'skills' | 'expertise'>>(
  mentors: readonly M[],
  asked: readonly SkillRef[],
): MentorCoverage<M>[] {
  const count = (c: MentorCoverage<M>) => c.covered.filter((label) => label !== undefined).length;
  return mentors.map((mentor) => coverage(mentor, asked)).sort((a, b) => count(b) - count(a));
}

/** Only the mentors covering at least one of `values` (URIs or labels), best first. */
export function mentorsCovering<M extends Pick<Mentor, 'skills' | 'expertise'>>(
  mentors: readonly M[],
  values: readonly (string | SkillRef)[],
): M[] {
  return rankMentors(mentors, values.map(askedSkill))
    .filter((c) => c.covers.length > 0)
    .map((c) => c.mentor);
}

/**
 * What a database stores beside a mentor to answer `?skill=` the same way: the concept keys of
 * their skills (an ESCO code is its concept) and the label keys of their skills, alternative
 * labels and expertise.
 */
export function mentorSkillKeys(mentor: Pick<Mentor, 'skills' | 'expertise'>): {
  concepts: string[];
  labels: string[];
} {
  const concepts = new Set<string>();
  const labels = new Set<string>();
  for (const { skill } of stated(mentor)) {
    const concept = conceptKey(skill.id);
    if (concept) concepts.add(concept);
    const label = skill.label ? labelKey(skill.label) : '';
    if (label) labels.add(label);
  }
  return { concepts: [...concepts], labels: [...labels] };
}

/** A `?skill=` value's key, compared with `mentorSkillKeys`: a concept's, else a label's. */
export function askedSkillKey(value: string): { concept: string } | { label: string } {
  const skill = askedSkill(value);
  if (byUriOnly(skill)) return { concept: conceptKey(skill.id)! };
  return { label: labelKey(skill.label) };
}
