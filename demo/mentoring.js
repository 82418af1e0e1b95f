// The mentoring page of a CMS site: two <mentor-booking> elements on this demo's server
// (source="rest:/api" in the HTML). Bookings are stored by the server, so a time booked here
// is gone for every visitor, and stays booked after a restart.
import '/kit/cdn/mentor-booking.js';

const utm = Object.fromEntries(
  [...new URLSearchParams(location.search)].filter(([key]) => key.startsWith('utm_')),
);
for (const booking of document.querySelectorAll('mentor-booking')) {
  booking.metadata = { page: 'mentoring', ...utm };
}
document.addEventListener('mp-booking-confirmed', (event) => {
  // A real page might send this to its analytics or CRM.
  console.info('Booked:', event.booking.id, event.booking.start);
});
