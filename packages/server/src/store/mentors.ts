/**
 * Mentors: the public profile (the kit's `Mentor`) and, apart from it, the schedule that is
 * never served: the mentor's zone, weekly hours, notice, slot step and meeting link.
 */
import * as z from 'zod/mini';
import {
  checkRequest,
  MentorSchema,
  filterMentors,
  timeZone,
  type Mentor,
  type MentorQuery,
} from 'micropath/adapters';
import type { Database } from '../db/database.ts';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const clock = () => z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/));

export const ScheduleSchema = z.object({
  timeZone: timeZone(),
  weeklyHours: z._default(
    z.array(z.object({ days: z.array(z.enum(WEEKDAYS)), start: clock(), end: clock() })),
    [],
  ),
  minNoticeMinutes: z._default(z.int().check(z.nonnegative()), 120),
  slotStepMinutes: z.optional(z.int().check(z.positive())),
  meetingUrl: z.optional(z.url({ protocol: /^https?$/ })),
  /** Where the mentor is told of bookings (never served). */
  email: z.optional(z.email()),
});

/** A mentor as seeded or sent to the admin route: profile and schedule in one object. */
export const MentorSetupSchema = z.object({ ...MentorSchema.shape, ...ScheduleSchema.shape });

export type Schedule = z.output<typeof ScheduleSchema>;
export interface MentorRecord {
  mentor: Mentor;
  schedule: Schedule;
}

export function mentorStore(db: Database) {
  return {
    async list(query: MentorQuery): Promise<Mentor[]> {
      const rows = await db.query<{ profile: Mentor }>(
        'select profile from mentors order by position',
      );
      return filterMentors(
        rows.map((r) => r.profile),
        query,
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
      const mentor = MentorSchema.parse(setup);
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
      return mentor;
    },
  };
}

export type MentorStore = ReturnType<typeof mentorStore>;
