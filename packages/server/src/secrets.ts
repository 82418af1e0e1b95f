/** Compares secrets through their digests, so the time taken says nothing of their length. */
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text).digest();

export const sameSecret = (given: string, expected: string) =>
  timingSafeEqual(digest(given), digest(expected));
