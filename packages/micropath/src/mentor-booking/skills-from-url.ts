/**
 * `skill-param`: the booking takes the skills to find mentors for from the page's address
 * (`?skill=…`, one skill per value, repeatable), as a careers page's "Find a mentor for …"
 * links send them, and again when the visitor goes back or forward. Only when asked: a page
 * that says nothing keeps its `skills`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SkillRef } from '../core/models/skill.ts';

interface Host extends ReactiveControllerHost {
  skillParam?: string;
  skills: (string | SkillRef)[];
}

export class SkillsFromUrl implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.read);
    this.read();
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.read);
  }

  private readonly read = () => {
    const name = this.host.skillParam;
    if (!name) return;
    const asked = new URLSearchParams(location.search)
      .getAll(name)
      .map((value) => value.trim())
      .filter(Boolean);
    if (asked.length || this.host.skills.length) this.host.skills = asked;
  };
}
