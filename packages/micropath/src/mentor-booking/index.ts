/** `micropath/mentor-booking/class`: the class and its events, without defining the element. */
export { MentorBooking } from './mentor-booking.ts';
export {
  MpBookingCancelledEvent,
  MpBookingConfirmedEvent,
  MpBookingFailedEvent,
  MpBookingRescheduledEvent,
  MpSlotSelectEvent,
} from './events.ts';
