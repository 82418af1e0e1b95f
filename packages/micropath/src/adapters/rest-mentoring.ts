/** The REST adapter's mentors and their free times (see rest-client.ts). */
import { MENTOR_LINKS } from '../core/safe-links.ts';
import { readOne } from '../core/boundary.ts';
import * as v from '../core/valibot.ts';
import type { Slot } from '../core/models/mentoring.ts';
import type { MentoringAdapter } from '../core/contracts.ts';
import { clientFor, readWith, segment, type RestAdapterOptions } from './rest-client.ts';

const SlotsEnvelope = v.looseObject({ slots: v.array(v.unknown()) });
/** The mentoring schemas load with the first request for them, beside that request. */
const mentoring = () => import('../core/read-mentoring.ts');

export type RestMentoring = Pick<MentoringAdapter, 'listMentors' | 'getAvailability'>;

export function restMentoring(options: RestAdapterOptions): RestMentoring {
  const { http, resolved } = clientFor(options);
  return {
    async listMentors(query, ctx) {
      const checked = await readWith(
        mentoring(),
        http.request({
          path: 'mentors',
          query: { q: query.q, expertise: query.expertise, skill: query.skill },
          signal: ctx.signal,
          headers: { 'accept-language': ctx.locale },
        }),
        (m, body) => m.readMentors(Array.isArray(body) ? body.map(resolved(MENTOR_LINKS)) : body),
      );
      if (checked.problems.length)
        console.warn(`[micropath] Skipped mentors from ${options.baseUrl}:`, checked.problems);
      return checked.items;
    },

    // Slots go to the widget as the backend sent them: its boundary sorts them, merges
    // repeats and counts the unreadable ones, so the visitor is told how many were left out.
    getAvailability: (req, ctx) =>
      http.request({
        path: `mentors/${segment(req.mentorId)}/availability`,
        query: {
          sessionType: req.sessionTypeId,
          from: req.from,
          to: req.to,
          timeZone: req.timeZone,
        },
        signal: ctx.signal,
        read: (body) => readOne(SlotsEnvelope, body, 'availability').slots as Slot[],
      }),
  };
}
