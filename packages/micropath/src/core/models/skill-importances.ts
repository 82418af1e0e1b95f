/**
 * How much a listing's skill matters: a required one counts toward "3 of 4 required skills".
 * A module of its own so the skill schemas need no listing vocabulary (the CDN builds put it in
 * the validation chunk, where a booking or a badge reading skills finds it).
 */
export const SKILL_IMPORTANCES = ['required', 'preferred'] as const;
