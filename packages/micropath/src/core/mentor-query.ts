/** The mentor search every backend should share: by expertise, then by words in the profile. */
import { foldText } from './text-match.ts';
import type { Mentor, MentorQuery } from './models/mentoring.ts';

export function filterMentors<M extends Mentor>(mentors: readonly M[], query: MentorQuery): M[] {
  const q = foldText(query.q ?? '');
  const expertise = foldText(query.expertise ?? '');
  return mentors
    .filter((m) => !expertise || m.expertise.some((e) => foldText(e) === expertise))
    .filter(
      (m) => !q || foldText(`${m.name} ${m.headline ?? ''} ${m.expertise.join(' ')}`).includes(q),
    );
}
