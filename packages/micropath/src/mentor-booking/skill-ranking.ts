/**
 * The mentors in the order a visitor asking for skills sees them (a lazy chunk: the matcher
 * loads only on pages that ask for skills). See core/skills/mentor-skills.ts for what
 * "covers" means.
 */
import { askedSkill, rankMentors, type MentorCoverage } from '../core/skills/mentor-skills.ts';
import type { Mentor } from '../core/models/mentoring.ts';
import type { SkillRef } from '../core/models/skill.ts';

export interface SkillRanking {
  /** Every mentor, those covering more of the skills first, each with what they cover. */
  mentors: MentorCoverage<Mentor>[];
  /** The skills asked for, by name: a URI is named by a mentor's label for it when one covers it. */
  labels: string[];
  /** The concept URIs among the skills asked for. */
  ids: string[];
  /** The names of the skills no mentor covers. */
  uncovered: string[];
}

export function rankBySkill(
  mentors: readonly Mentor[],
  skills: readonly (string | SkillRef)[],
): SkillRanking {
  const asked = skills.map(askedSkill);
  const ranked = rankMentors(mentors, asked);
  const coveredBy = (i: number) => ranked.find((c) => c.covered[i] !== undefined)?.covered[i];
  const labels = asked.map((skill, i) =>
    skill.id && skill.label === skill.id ? (coveredBy(i) ?? skill.label) : skill.label,
  );
  return {
    mentors: ranked,
    labels,
    ids: asked.flatMap((skill) => (skill.id ? [skill.id] : [])),
    uncovered: labels.filter((_, i) => coveredBy(i) === undefined),
  };
}
