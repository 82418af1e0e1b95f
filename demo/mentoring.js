// The mentoring page of a CMS site: two <mentor-booking> elements on one memory adapter,
// seeded with fictional mentors whose weekly hours are in their own time zones. Bookings live
// in this tab only; a real site would use source="rest:…" or source="cal:USER/EVENT".
import { createMemoryAdapter } from '/kit/cdn/micropath.js';

const mentors = await (await fetch('data/mentors.json')).json();
const adapter = createMemoryAdapter({ mentors, latencyMs: 250 });

const utm = Object.fromEntries(
  [...new URLSearchParams(location.search)].filter(([key]) => key.startsWith('utm_')),
);
for (const booking of document.querySelectorAll('mentor-booking')) {
  booking.adapter = adapter;
  booking.metadata = { page: 'mentoring', ...utm };
}
document.addEventListener('mp-booking-confirmed', (event) => {
  // A real page might send this to its analytics or CRM.
  console.info('Booked:', event.booking.id, event.booking.start);
});
