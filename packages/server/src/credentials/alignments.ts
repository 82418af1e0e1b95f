/**
 * The skills an achievement states, as Open Badges alignments, so a verifier (and the kit's
 * skills matcher) can tell which skills a credential proves. A skill with a concept URI is an
 * alignment (OB 3.0 and OB 2.0 both require `targetUrl`); an ESCO concept is written as ESCO
 * publishes it: its `http://data.europa.eu/esco/skill/<uuid>` URI as `targetUrl`, the UUID as
 * `targetCode`, `targetFramework: "ESCO"` and, in OB 3.0, the extension type `ext:EscoSkill`
 * (OB 3.0's `targetType` names no ESCO term, and extended terms start with `ext:`; OB 2.0's
 * AlignmentObject has no `targetType`). A skill without a URI is a tag.
 */
import { conceptKey, type SkillRef } from 'micropath/adapters';

const ESCO_SKILL = 'http://data.europa.eu/esco/skill/';

export interface AchievementAlignment {
  targetName: string;
  targetUrl: string;
  targetCode?: string;
  targetFramework?: string;
  targetType?: string;
}

export function alignmentsOf(
  skills: readonly SkillRef[],
  version: 'ob2' | 'ob3',
): AchievementAlignment[] {
  return skills.flatMap((skill): AchievementAlignment[] => {
    const concept = conceptKey(skill.id);
    if (!concept || !/^https?:\/\//.test(concept)) return [];
    // An ESCO skill by its URI: an occupation URI or another host is not one, whatever the
    // framework says.
    const esco = concept.startsWith(ESCO_SKILL);
    const alignment: AchievementAlignment = {
      targetName: skill.label,
      targetUrl: esco ? concept : skill.id!.trim(),
    };
    const code =
      skill.code ?? (concept.startsWith(ESCO_SKILL) ? concept.slice(ESCO_SKILL.length) : undefined);
    if (code) alignment.targetCode = code;
    if (esco) {
      alignment.targetFramework = 'ESCO';
      if (version === 'ob3') alignment.targetType = 'ext:EscoSkill';
    } else if (skill.framework) alignment.targetFramework = skill.framework;
    return [alignment];
  });
}

/** The achievement's tags and the labels of its skills that have no concept URI. */
export function tagsOf(tags: readonly string[], skills: readonly SkillRef[]): string[] {
  const aligned = new Set(alignmentsOf(skills, 'ob3').map((a) => a.targetName));
  return [...new Set([...tags, ...skills.map((s) => s.label).filter((l) => !aligned.has(l))])];
}
