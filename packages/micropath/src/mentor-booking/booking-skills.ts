/**
 * The skills a visitor came for (a reactive controller): ranks the mentors by them once the
 * matcher's chunk has loaded (the booking's metadata names them: booking-actions.ts). Without
 * skills nothing loads and the mentors keep the backend's order.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Mentor } from '../core/models/mentoring.ts';
import type { SkillRef } from '../core/models/skill.ts';
import type { SkillRanking } from './skill-ranking.ts';

type Ranking = typeof import('./skill-ranking.ts');
const ranking = () => import('./skill-ranking.ts');

export class BookingSkills implements ReactiveController {
  private code?: Ranking;
  private loading?: Promise<void>;
  private last?: { mentors: readonly Mentor[]; skills: readonly unknown[]; result: SkillRanking };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts loading the matcher when there are skills to rank by. */
  prepare(skills: readonly unknown[]): void {
    if (!skills.length || this.code) return;
    this.loading ??= ranking().then(
      (code) => {
        this.code = code;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = undefined;
        console.warn('[micropath] <mentor-booking> could not load skill matching:', error);
      },
    );
  }

  /** The ranking, or undefined while the matcher loads. */
  rank(
    mentors: readonly Mentor[],
    skills: readonly (string | SkillRef)[],
  ): SkillRanking | undefined {
    if (!this.code) {
      this.prepare(skills);
      return undefined;
    }
    const last = this.last;
    if (last?.mentors === mentors && last.skills === skills) return last.result;
    const result = this.code.rankBySkill(mentors, skills);
    this.last = { mentors, skills, result };
    return result;
  }
}
