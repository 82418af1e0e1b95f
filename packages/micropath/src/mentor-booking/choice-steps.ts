/**
 * The steps before the month, a lazy chunk: choosing a mentor (mentor-list.ts) and a session
 * type (session-list.ts), with their styles. Fetched beside the mentors unless `mentor-id` and
 * `session-type` skip both steps; a month of free times does not carry it.
 */
export { renderMentorStep } from './mentor-list.ts';
export { renderSessionList } from './session-list.ts';
export { choiceStyles } from './choice-steps.styles.ts';
