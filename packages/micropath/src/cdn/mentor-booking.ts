/**
 * CDN file for pages that only book mentors: defines `<mentor-booking>`, which reads its
 * backend from `source` (`rest:…`, `cal:USER/EVENT`), a provider or its `adapter` property.
 * The adapter factories for JavaScript (createMemoryAdapter, calComAdapter…) are in micropath.js.
 */
import '../mentor-booking/define.ts';

export { MentorBooking } from '../mentor-booking/mentor-booking.ts';
export {
  MpBookingCancelledEvent,
  MpBookingConfirmedEvent,
  MpBookingFailedEvent,
  MpBookingRescheduledEvent,
  MpSlotSelectEvent,
} from '../mentor-booking/events.ts';
export { registerSource } from '../core/sources.ts';
