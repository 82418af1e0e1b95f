/**
 * The skills an opening asks for that the visitor has not shown, told to the page as
 * `mp-skill-gap`: when the opening is shown, and again whenever the applicant's credentials
 * change what they show (only when the gap itself changes). And the "Find a mentor for …"
 * links, whose own, cancelable event lets a provider keep the visitor on the page.
 */
import { mentorHref, MpSkillGapEvent, skillGap } from '../core/events.ts';
import type { Listing } from '../core/models/listing.ts';
import { matchSkills, type CredentialClaims } from '../core/skills/match.ts';
import type { MentorLinks } from './mentor-links.ts';

export class SkillGaps {
  private last?: string;

  constructor(private readonly host: EventTarget) {}

  /** The listing's required skills that `shown` (verified, the applicant's) does not meet. */
  report(listing: Listing, shown: readonly CredentialClaims[]): void {
    const missing = matchSkills(listing.skills, shown)
      .requirements.filter((r) => r.requirement.importance === 'required' && r.status !== 'met')
      .map((r) => skillGap(r.requirement));
    const key = JSON.stringify([listing.id, missing]);
    // Once per change; an opening that asks for nothing is no gap to begin with.
    if (key === this.last || (this.last === undefined && !missing.length)) return;
    this.last = key;
    this.host.dispatchEvent(new MpSkillGapEvent(missing, listing.id));
  }

  links(listing: Listing, template: string | undefined): MentorLinks | undefined {
    if (!template) return undefined;
    return {
      href: (skill) => mentorHref(template, skill),
      follow: (skill, event) => {
        const gap = new MpSkillGapEvent([skillGap(skill)], listing.id, true);
        this.host.dispatchEvent(gap);
        if (gap.defaultPrevented) event.preventDefault();
      },
    };
  }
}
