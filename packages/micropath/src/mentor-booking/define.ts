import { defineElement } from '../core/define.ts';
import { registerCalSource } from '../adapters/cal-com-source.ts';
import { MentorBooking } from './mentor-booking.ts';

registerCalSource();
defineElement('mentor-booking', MentorBooking);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-booking': MentorBooking;
  }
}

export { MentorBooking };
export {
  MpBookingCancelledEvent,
  MpBookingConfirmedEvent,
  MpBookingFailedEvent,
  MpBookingRescheduledEvent,
  MpSlotSelectEvent,
} from './events.ts';
