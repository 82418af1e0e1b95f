/**
 * The matcher's words, on their own: the schemas of an answer name them without loading the
 * matcher (a board's first cards do not need it).
 */

/** How a requirement was found in a credential: the first tier that hit. */
export const MATCH_TIERS = ['uri', 'code', 'label', 'token'] as const;
/** What a requirement's report says: shown by a credential that counts, perhaps, or not. */
export const MATCH_STATUSES = ['met', 'possible', 'missing'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];
export type MatchStatus = (typeof MATCH_STATUSES)[number];
