import * as v from '../valibot.ts';
import { text, httpUrl, instant } from '../schema-helpers.ts';
import { SkillRefSchema } from './skill.ts';
import { timeZone } from './time-zone.ts';

export const QUESTION_TYPES = ['text', 'textarea', 'select', 'checkbox'] as const;

export const SessionQuestionSchema = v.object({
  id: text(),
  label: text(),
  type: v.picklist(QUESTION_TYPES),
  required: v.optional(v.boolean(), false),
  options: v.optional(v.array(text())),
});

export const SessionTypeSchema = v.object({
  id: text(),
  name: text(),
  durationMinutes: v.pipe(v.int(), v.minValue(5), v.maxValue(480)),
  description: v.optional(v.string()),
  questions: v.optional(v.array(SessionQuestionSchema), []),
});

export const MentorSchema = v.object({
  id: text(),
  name: text(),
  headline: v.optional(v.string()),
  bio: v.optional(v.string()),
  photoUrl: v.optional(httpUrl()),
  expertise: v.optional(v.array(text()), []),
  /**
   * The skills the mentor helps with, as references (`{ label, id?, framework?, code? }`; a
   * string is `{ label }`). `expertise` labels count as skills too (see core/skills/mentor-skills.ts).
   */
  skills: v.optional(v.array(SkillRefSchema)),
  /** BCP 47 tags of the languages the mentor speaks. */
  languages: v.optional(v.array(text()), []),
  /** The mentor's own zone, when known (Cal.com's public API does not say it). */
  timeZone: v.optional(timeZone()),
  sessionTypes: v.pipe(v.array(SessionTypeSchema), v.minLength(1)),
});

export const SlotSchema = v.pipe(
  v.object({ start: instant(), end: instant() }),
  v.forward(
    v.check((s) => Date.parse(s.end) > Date.parse(s.start), 'ends before it starts'),
    ['end'],
  ),
);

export const MentorQuerySchema = v.object({
  q: v.optional(v.string()),
  expertise: v.optional(v.string()),
  /** Only mentors who cover one of these skills (concept URIs or labels), those covering most first. */
  skill: v.optional(v.array(v.string())),
});

export const AvailabilityRequestSchema = v.object({
  mentorId: text(),
  sessionTypeId: text(),
  from: instant(),
  to: instant(),
  timeZone: timeZone(),
});

export type SessionQuestion = v.InferOutput<typeof SessionQuestionSchema>;
export type SessionType = v.InferOutput<typeof SessionTypeSchema>;
export type SessionTypeInput = v.InferInput<typeof SessionTypeSchema>;
export type Mentor = v.InferOutput<typeof MentorSchema>;
export type MentorInput = v.InferInput<typeof MentorSchema>;
export type Slot = v.InferOutput<typeof SlotSchema>;
export type MentorQuery = v.InferOutput<typeof MentorQuerySchema>;
export type AvailabilityRequest = v.InferOutput<typeof AvailabilityRequestSchema>;
