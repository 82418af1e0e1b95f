/**
 * Skills as the widgets exchange them (the boundary schemas are in core/models/skill.ts): a
 * reference to a concept, and a listing's requirement of one.
 */
import type { SkillImportance, SkillRef, SkillRequirement } from '../models/skill.ts';

export type { SkillImportance, SkillRef, SkillRequirement };
export { SKILL_IMPORTANCES } from '../models/listing-constants.ts';

/** A requirement from what a listing or a caller gives: a string is a required `{ label }`. */
export function toRequirement(
  skill: string | (SkillRef & { importance?: SkillImportance }),
): SkillRequirement {
  if (typeof skill === 'string') return { label: skill, importance: 'required' };
  return { ...skill, importance: skill.importance ?? 'required' };
}

/** The labels of a list of skills, for facets, filters and search text. */
export const skillLabels = (skills: readonly SkillRef[]) => skills.map((skill) => skill.label);
