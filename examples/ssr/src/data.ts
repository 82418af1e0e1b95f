// A few fictional openings and one mentor, so the example needs no backend.
import type { ListingInput, MemoryMentor } from 'micropath';

export const listings: ListingInput[] = [
  {
    id: 'weld-1',
    title: 'Welding apprentice',
    organization: { name: 'Northbridge Fabrication' },
    kind: 'apprenticeship',
    workplace: 'onsite',
    skills: ['Welding', 'Safety'],
  },
  {
    id: 'data-1',
    title: 'Data analyst micro-internship',
    organization: { name: 'Civic Metrics' },
    kind: 'micro-internship',
    workplace: 'remote',
    skills: ['SQL', 'Spreadsheets'],
  },
];

export const mentors: MemoryMentor[] = [
  {
    id: 'ana-ruiz',
    name: 'Ana Ruiz',
    headline: 'Senior data engineer',
    expertise: ['Data'],
    timeZone: 'Europe/Madrid',
    sessionTypes: [{ id: 'intro', name: 'Intro call', durationMinutes: 30 }],
    weeklyHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }],
  },
];
