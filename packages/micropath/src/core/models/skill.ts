/**
 * Skill references at the boundaries: `{ label, id?, framework?, code?, altLabels? }`, `id` a
 * concept URI (an ESCO skill, `http://data.europa.eu/esco/skill/<uuid>`, by preference). A
 * listing's requirement adds `importance`. A plain string is accepted wherever a skill is, as
 * `{ label }` (a required one), so feeds, facets and URLs that speak labels keep working.
 */
import * as v from '../valibot.ts';
import { text } from '../schema-helpers.ts';
import { SKILL_IMPORTANCES } from './skill-importances.ts';

const refFields = {
  label: text(),
  /** The concept's URI. */
  id: v.optional(text()),
  /** The framework's name or URL: "ESCO", "O*NET", a CASE framework's URL. */
  framework: v.optional(text()),
  /** The concept's code in that framework (ESCO: the UUID). */
  code: v.optional(text()),
  /** Other names of the same skill, matched like the label. */
  altLabels: v.optional(v.array(text())),
};

/** A skill reference, written out (what SkillRefSchema reads a string into). */
export const SkillRefObjectSchema = v.object(refFields);
/** A listing's requirement, written out: a reference and its importance. */
export const SkillRequirementObjectSchema = v.object({
  ...refFields,
  importance: v.optional(v.picklist(SKILL_IMPORTANCES), 'required'),
});

/** A string or a reference; read as a reference. */
export const SkillRefSchema = v.pipe(
  v.pipe(
    v.union([text(), SkillRefObjectSchema]),
    v.transform((skill) => (typeof skill === 'string' ? { label: skill } : skill)),
  ),
  SkillRefObjectSchema,
);

/** A string or a requirement; read as a requirement (a string is a required one). */
export const SkillRequirementSchema = v.pipe(
  v.pipe(
    v.union([text(), SkillRequirementObjectSchema]),
    v.transform((skill) => (typeof skill === 'string' ? { label: skill } : skill)),
  ),
  SkillRequirementObjectSchema,
);

export type SkillRef = v.InferOutput<typeof SkillRefSchema>;
export type SkillRequirement = v.InferOutput<typeof SkillRequirementSchema>;
export type SkillImportance = (typeof SKILL_IMPORTANCES)[number];
