/**
 * The mentor search every backend should share: by skill (concept URI or label, those covering
 * most first; core/skills/mentor-skills.ts), by expertise, then by words in the profile.
 */
import { foldText } from './text-match.ts';
import { mentorsCovering } from './skills/mentor-skills.ts';
import type { Mentor, MentorQuery } from './models/mentoring.ts';

export function filterMentors<M extends Mentor>(mentors: readonly M[], query: MentorQuery): M[] {
  const q = foldText(query.q ?? '');
  const expertise = foldText(query.expertise ?? '');
  const skills = query.skill?.filter((s) => s.trim()) ?? [];
  return (skills.length ? mentorsCovering(mentors, skills) : mentors)
    .filter((m) => !expertise || m.expertise.some((e) => foldText(e) === expertise))
    .filter(
      (m) => !q || foldText(`${m.name} ${m.headline ?? ''} ${m.expertise.join(' ')}`).includes(q),
    );
}
