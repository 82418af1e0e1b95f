/**
 * Skill references at the boundaries: `{ label, id?, framework?, code?, altLabels? }`, `id` a
 * concept URI (an ESCO skill, `http://data.europa.eu/esco/skill/<uuid>`, by preference). A
 * listing's requirement adds `importance`. A plain string is accepted wherever a skill is, as
 * `{ label }` (a required one), so feeds, facets and URLs that speak labels keep working.
 */
import * as z from '../zod.ts';
import { text } from '../schema-helpers.ts';
import { SKILL_IMPORTANCES } from './listing-constants.ts';

const refFields = {
  label: text(),
  /** The concept's URI. */
  id: z.optional(text()),
  /** The framework's name or URL: "ESCO", "O*NET", a CASE framework's URL. */
  framework: z.optional(text()),
  /** The concept's code in that framework (ESCO: the UUID). */
  code: z.optional(text()),
  /** Other names of the same skill, matched like the label. */
  altLabels: z.optional(z.array(text())),
};

/** A skill reference, written out (what SkillRefSchema reads a string into). */
export const SkillRefObjectSchema = z.object(refFields);
/** A listing's requirement, written out: a reference and its importance. */
export const SkillRequirementObjectSchema = z.object({
  ...refFields,
  importance: z._default(z.enum(SKILL_IMPORTANCES), 'required'),
});

/** A string or a reference; read as a reference. */
export const SkillRefSchema = z.pipe(
  z.pipe(
    z.union([text(), SkillRefObjectSchema]),
    z.transform((skill) => (typeof skill === 'string' ? { label: skill } : skill)),
  ),
  SkillRefObjectSchema,
);

/** A string or a requirement; read as a requirement (a string is a required one). */
export const SkillRequirementSchema = z.pipe(
  z.pipe(
    z.union([text(), SkillRequirementObjectSchema]),
    z.transform((skill) => (typeof skill === 'string' ? { label: skill } : skill)),
  ),
  SkillRequirementObjectSchema,
);

export type SkillRef = z.output<typeof SkillRefSchema>;
export type SkillRequirement = z.output<typeof SkillRequirementSchema>;
export type SkillImportance = (typeof SKILL_IMPORTANCES)[number];
