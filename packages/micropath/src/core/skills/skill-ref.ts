/**
 * Skills as the widgets exchange them: a reference to a concept (an ESCO skill by preference,
 * `http://data.europa.eu/esco/skill/<uuid>`), with the label people read. A listing's
 * requirement adds its importance. Plain strings are accepted wherever a skill is: a string is
 * `{ label }` (and, as a requirement, a required one).
 */
export interface SkillRef {
  label: string;
  /** The concept's URI. */
  id?: string;
  /** The framework's name or URL: "ESCO", "O*NET", a CASE framework's URL. */
  framework?: string;
  /** The concept's code in that framework (ESCO: the UUID; O*NET: `2.A.1.a`). */
  code?: string;
  /** Other names of the same skill, matched like the label. */
  altLabels?: string[];
}

export const SKILL_IMPORTANCES = ['required', 'preferred'] as const;
export type SkillImportance = (typeof SKILL_IMPORTANCES)[number];

export interface SkillRequirement extends SkillRef {
  importance: SkillImportance;
}

/** A requirement from what a listing or a caller gives: a string is a required `{ label }`. */
export function toRequirement(
  skill: string | (SkillRef & { importance?: SkillImportance }),
): SkillRequirement {
  if (typeof skill === 'string') return { label: skill, importance: 'required' };
  return { ...skill, importance: skill.importance ?? 'required' };
}
