import type { AdapterError } from './errors.ts';

/**
 * Base of every Micropath event: `mp-` prefixed, bubbling and composed so a page can listen
 * on any ancestor, including across shadow roots.
 */
export class MicropathEvent extends Event {
  constructor(type: `mp-${string}`, init: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: init.cancelable ?? false });
  }
}

/** Fired when a user action fails; `error.code` says what happened. */
export class MpErrorEvent extends MicropathEvent {
  readonly error: AdapterError;
  constructor(error: AdapterError) {
    super('mp-error');
    this.error = error;
  }
}

/** A skill an opening asks for that the visitor has not shown: its concept URI, label, framework. */
export interface SkillGap {
  id?: string;
  label: string;
  framework?: string;
}

/**
 * The visitor lacks skills an opening asks for: all its required skills when they open it
 * (nothing shown yet), those their credentials do not show once they add some, or the one whose
 * "Find a mentor for …" they chose. That last one is cancelable: `preventDefault()` keeps them
 * on the page (a `<micropath-provider>` does, when it holds a `<mentor-booking>`).
 */
export class MpSkillGapEvent extends MicropathEvent {
  readonly skills: SkillGap[];
  readonly listingId: string;
  constructor(skills: SkillGap[], listingId: string, chosen = false) {
    super('mp-skill-gap', { cancelable: chosen });
    this.skills = skills;
    this.listingId = listingId;
  }
}

/** A skill as a gap names it. */
export const skillGap = (skill: SkillGap): SkillGap => ({
  ...(skill.id ? { id: skill.id } : {}),
  label: skill.label,
  ...(skill.framework ? { framework: skill.framework } : {}),
});

/**
 * Where "Find a mentor for …" goes: `template` with `{skill}` replaced by the skill's concept
 * URI, or its label when it has none (URL-encoded), such as `/mentoring?skill={skill}`.
 */
export const mentorHref = (template: string, skill: SkillGap): string =>
  template.replaceAll('{skill}', encodeURIComponent(skill.id ?? skill.label));

declare global {
  interface GlobalEventHandlersEventMap {
    'mp-error': MpErrorEvent;
    'mp-skill-gap': MpSkillGapEvent;
  }
}
