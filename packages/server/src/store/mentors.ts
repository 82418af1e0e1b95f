/**
 * Mentors: the public profile (the kit's `Mentor`) and, apart from it, the schedule that is
 * never served: the mentor's zone, weekly hours, notice, slot step and meeting link.
 */
import * as v from 'valibot';
import { email, httpLink, int, object } from '../schema.ts';
import {
  askedSkillKey,
  checkRequest,
  MentorSchema,
  filterMentors,
  mentorSkillKeys,
  timeZone,
  type Mentor,
  type MentorQuery,
} from 'micropath/adapters';
import type { Database, Queryable } from '../db/database.ts';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const clock = () => v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/));

export const ScheduleSchema = object({
  timeZone: timeZone(),
  weeklyHours: v.optional(
    v.array(object({ days: v.array(v.picklist(WEEKDAYS)), start: clock(), end: clock() })),
    [],
  ),
  minNoticeMinutes: v.optional(v.pipe(int(), v.minValue(0)), 120),
  slotStepMinutes: v.optional(v.pipe(int(), v.gtValue(0))),
  meetingUrl: v.optional(httpLink()),
  /** Where the mentor is told of bookings (never served). */
  email: v.optional(email()),
});

/** A mentor as seeded or sent to the admin route: profile and schedule in one object. */
export const MentorSetupSchema = object({ ...MentorSchema.entries, ...ScheduleSchema.entries });

export type Schedule = v.InferOutput<typeof ScheduleSchema>;
export interface MentorRecord {
  mentor: Mentor;
  schedule: Schedule;
}

/** Writes the keys `?skill=` finds a mentor by (core/skills/mentor-skills.ts). */
async function writeSkillKeys(db: Queryable, mentor: Mentor) {
  const { concepts, labels } = mentorSkillKeys(mentor);
  await db.query('update mentors set skill_concepts = $2, skill_labels = $3 where id = $1', [
    mentor.id,
    concepts,
    labels,
  ]);
}

/**
 * The SQL for mentors covering any of `skills` (URIs or labels), those covering more first,
 * then in their order: one 0/1 term per skill asked, summed.
 */
function skillQuery(skills: readonly string[]) {
  const params: unknown[] = [];
  const terms = skills.map((value) => {
    const key = askedSkillKey(value);
    params.push(['concept' in key ? key.concept : key.label]);
    const column = 'concept' in key ? 'skill_concepts' : 'skill_labels';
    return `(${column} && $${params.length}::text[])::int`;
  });
  const covered = terms.join(' + ');
  return {
    sql: `select profile from mentors where ${covered} > 0 order by ${covered} desc, position`,
    params,
  };
}

export function mentorStore(db: Database) {
  let keysChecked: Promise<void> | undefined;
  /** Mentors stored before skill keys existed (an older database) get them, once per process. */
  const ready = () =>
    (keysChecked ??= (async () => {
      const rows = await db.query<{ profile: Mentor }>(
        'select profile from mentors where skill_labels is null',
      );
      for (const row of rows) await writeSkillKeys(db, row.profile);
    })().catch((error) => {
      keysChecked = undefined;
      throw error;
    }));

  return {
    async list(query: MentorQuery): Promise<Mentor[]> {
      const skills = query.skill?.filter((s) => s.trim()) ?? [];
      let rows: { profile: Mentor }[];
      if (skills.length) {
        await ready();
        const { sql, params } = skillQuery(skills);
        rows = await db.query<{ profile: Mentor }>(sql, params);
      } else rows = await db.query('select profile from mentors order by position');
      // The skills are found; expertise and words filter what SQL chose, in its order.
      return filterMentors(
        rows.map((r) => r.profile),
        { ...query, skill: undefined },
      );
    },

    async get(id: string): Promise<MentorRecord | undefined> {
      const [row] = await db.query<{ profile: Mentor; schedule: Schedule }>(
        'select profile, schedule from mentors where id = $1',
        [id],
      );
      return row && { mentor: row.profile, schedule: row.schedule };
    },

    async put(input: unknown): Promise<Mentor> {
      const setup = checkRequest(MentorSetupSchema, input, 'mentor');
      const { timeZone, weeklyHours, minNoticeMinutes, slotStepMinutes, meetingUrl, email } = setup;
      const mentor = v.parse(MentorSchema, setup);
      const schedule = {
        timeZone,
        weeklyHours,
        minNoticeMinutes,
        slotStepMinutes,
        meetingUrl,
        email,
      };
      await db.query(
        `insert into mentors (id, profile, schedule) values ($1, $2::jsonb, $3::jsonb)
         on conflict (id) do update set profile = excluded.profile, schedule = excluded.schedule`,
        [mentor.id, JSON.stringify(mentor), JSON.stringify(schedule)],
      );
      await writeSkillKeys(db, mentor);
      return mentor;
    },
  };
}

export type MentorStore = ReturnType<typeof mentorStore>;
