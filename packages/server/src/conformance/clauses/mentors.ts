/** Mentors and their free times. */
import { cite, expect, SECTIONS, type Clause } from '../clause.ts';
import { chooseMentor } from '../slot-pool.ts';

export const mentorClauses: Clause[] = [
  {
    id: 'mentors.list',
    title: 'GET /mentors answers Mentor[], each with a session type',
    section: cite(SECTIONS.routes, 'GET /mentors'),
    async check(ctx) {
      const answer = await ctx.probe.send('GET', '/mentors');
      expect(answer.status === 200, `answered ${answer.status}, not 200`, answer.exchange);
      expect(Array.isArray(answer.body), 'the answer is not a list', answer.exchange);
      if (ctx.options.mentor)
        expect(
          answer.body.some((m: { id: string }) => m.id === ctx.options.mentor),
          `mentor "${ctx.options.mentor}" is not listed`,
          answer.exchange,
        );
    },
  },
  {
    id: 'mentors.availability',
    title: 'Free times lie in the range asked for, each ending after it starts',
    section: cite(SECTIONS.shapes, 'Slot'),
    async check(ctx) {
      const mentor = await chooseMentor(ctx.probe, ctx.options.mentor);
      const from = Date.now() + 3_600_000;
      const to = from + 14 * 86_400_000;
      const answer = await ctx.probe.send(
        'GET',
        `/mentors/${encodeURIComponent(mentor.id)}/availability`,
        {
          query: {
            sessionType: mentor.sessionTypes[0]!.id,
            from: new Date(from).toISOString(),
            to: new Date(to).toISOString(),
            timeZone: 'Europe/Berlin',
          },
        },
      );
      expect(answer.status === 200, `answered ${answer.status}, not 200`, answer.exchange);
      for (const slot of answer.body.slots as { start: string; end: string }[]) {
        const [start, end] = [Date.parse(slot.start), Date.parse(slot.end)];
        expect(end > start, `the time ${slot.start} ends at ${slot.end}`, answer.exchange);
        expect(
          start >= from - 60_000 && start <= to,
          `the time ${slot.start} is outside the range asked for`,
          answer.exchange,
        );
      }
    },
  },
];
