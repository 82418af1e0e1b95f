/** Mentors with weekly hours in their own zones, for adapter and server tests. */
import type { MemoryMentor } from '../../packages/micropath/src/adapters/memory/memory-adapter.ts';

export const mentors: MemoryMentor[] = [
  {
    id: 'ana',
    name: 'Ana Ruiz',
    headline: 'Senior data engineer',
    expertise: ['Data', 'SQL', 'Career change'],
    languages: ['es', 'en'],
    timeZone: 'Europe/Madrid',
    sessionTypes: [
      { id: 'intro', name: 'Intro call', durationMinutes: 30 },
      {
        id: 'review',
        name: 'Portfolio review',
        durationMinutes: 60,
        questions: [{ id: 'link', label: 'Portfolio link', type: 'text', required: true }],
      },
    ],
    weeklyHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '12:00' }],
    minNoticeMinutes: 60,
    meetingUrl: 'https://meet.example.org/ana',
  },
  {
    id: 'ravi',
    name: 'Ravi Menon',
    headline: 'Security lead',
    expertise: ['Cybersecurity'],
    languages: ['en', 'hi'],
    timeZone: 'Asia/Kolkata',
    sessionTypes: [{ id: 'intro', name: 'Intro call', durationMinutes: 30 }],
    weeklyHours: [{ days: ['sat'], start: '10:30', end: '12:30' }],
  },
];
