/**
 * What people are told, and what other systems are sent: for each event (a booking confirmed,
 * moved or cancelled; an application received), the e-mails (the visitor, the mentor, the
 * organization's inbox) with the session's `.ics`, and the webhook event. Plain text, written
 * from the stored booking; nothing here sends.
 */
import { icsFile, type Booking } from 'micropath/adapters';

export type EventType =
  'booking.confirmed' | 'booking.rescheduled' | 'booking.cancelled' | 'application.received';

export interface NotifySettings {
  /** Where signed webhook events go (`MICROPATH_WEBHOOK_URL`). */
  webhookUrl?: string;
  /** The organization's inbox (`MICROPATH_NOTIFY_EMAIL`): every booking and application. */
  notifyEmail?: string;
  /** The booking's manage page template (`{id}`, `{token}`), for the visitor's e-mail. */
  manageUrl?: string;
}

export interface Email {
  to: string;
  subject: string;
  text: string;
  /** An iCalendar file to attach (`invite.ics`), with its METHOD. */
  ics?: { content: string; method: 'PUBLISH' | 'CANCEL' };
}

export interface Outgoing {
  eventId: string;
  type: EventType;
  emails: Email[];
  /** The webhook body's `data`. */
  data: Record<string, unknown>;
}

export interface BookingEvent {
  type: Exclude<EventType, 'application.received'>;
  booking: Booking;
  sessionName: string;
  /** The skills the visitor came for, by name (the booking's metadata `skills`). */
  skills?: string;
  mentorEmail?: string;
  mentorTimeZone: string;
}

export interface ApplicationEvent {
  type: 'application.received';
  applicationId: string;
  receivedAt: string;
  listing: { id: string; title: string; organization: string };
  application: {
    name: string;
    email: string;
    message?: string;
    links?: string[];
    /** "Skills shown (verified)", as the server checked the credentials shown. */
    skillsShown?: string;
  };
}

const when = (booking: Booking, timeZone: string) =>
  `${new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(booking.start))} (${timeZone})`;

function manageLink(settings: NotifySettings, booking: Booking): string | undefined {
  if (!settings.manageUrl || !booking.manageToken) return undefined;
  return settings.manageUrl
    .replaceAll('{id}', encodeURIComponent(booking.id))
    .replaceAll('{token}', encodeURIComponent(booking.manageToken));
}

/** The webhook's copy of a booking: never its manage token, which only the visitor holds. */
function publicBooking(booking: Booking): Omit<Booking, 'manageToken' | 'manageUrl'> {
  const copy: Partial<Booking> = { ...booking };
  delete copy.manageToken;
  delete copy.manageUrl;
  return copy as Omit<Booking, 'manageToken' | 'manageUrl'>;
}

export function bookingMessages(event: BookingEvent, settings: NotifySettings): Outgoing {
  const { booking, sessionName } = event;
  const cancelled = event.type === 'booking.cancelled';
  const ics = {
    content: icsFile({
      uid: `${booking.id}@micropath`,
      start: booking.start,
      end: booking.end,
      title: `${sessionName} with ${booking.mentor.name}`,
      ...(booking.joinUrl ? { location: booking.joinUrl } : {}),
      ...(event.skills ? { description: `Help with: ${event.skills}` } : {}),
      sequence: booking.sequence ?? 0,
      ...(cancelled ? { cancelled: true } : {}),
    }),
    // The header's METHOD is the file's own (calendar-file.ts writes PUBLISH or CANCEL).
    method: cancelled ? ('CANCEL' as const) : ('PUBLISH' as const),
  };
  const verb = {
    'booking.confirmed': 'booked',
    'booking.rescheduled': 'moved',
    'booking.cancelled': 'cancelled',
  }[event.type];
  const manage = manageLink(settings, booking);
  const visitor: Email = {
    to: booking.attendee.email,
    subject: `${sessionName} with ${booking.mentor.name}: ${verb}`,
    text: [
      `Hello ${booking.attendee.name},`,
      '',
      cancelled
        ? `Your session "${sessionName}" with ${booking.mentor.name} on ${when(booking, booking.attendee.timeZone)} is cancelled.`
        : `Your session "${sessionName}" with ${booking.mentor.name} is ${verb} ${event.type === 'booking.rescheduled' ? 'to' : 'for'} ${when(booking, booking.attendee.timeZone)}.`,
      ...(event.skills ? ['', `You asked for help with: ${event.skills}`] : []),
      ...(!cancelled && booking.joinUrl ? ['', `Join: ${booking.joinUrl}`] : []),
      ...(!cancelled && manage ? ['', `Change or cancel: ${manage}`] : []),
      '',
      'The attached invite updates your calendar.',
    ].join('\n'),
    ics,
  };
  const forStaff = (to: string, timeZone: string): Email => ({
    to,
    subject: `${sessionName} with ${booking.attendee.name}: ${verb}`,
    text: [
      `${booking.attendee.name} <${booking.attendee.email}>: "${sessionName}" with ${booking.mentor.name}, ${when(booking, timeZone)}: ${verb}.`,
      ...(event.skills ? ['', `Came for help with: ${event.skills}`] : []),
      ...(booking.joinUrl && !cancelled ? ['', `Join: ${booking.joinUrl}`] : []),
      '',
      `Booking ${booking.id}`,
    ].join('\n'),
    ics,
  });
  const emails = [visitor];
  if (event.mentorEmail) emails.push(forStaff(event.mentorEmail, event.mentorTimeZone));
  if (settings.notifyEmail) emails.push(forStaff(settings.notifyEmail, event.mentorTimeZone));
  return {
    eventId: `${event.type}:${booking.id}:${booking.sequence ?? 0}`,
    type: event.type,
    emails,
    data: { booking: publicBooking(booking) },
  };
}

export function applicationMessages(event: ApplicationEvent, settings: NotifySettings): Outgoing {
  const { listing, application } = event;
  const emails: Email[] = [
    {
      to: application.email,
      subject: `Your application: ${listing.title}`,
      text: [
        `Hello ${application.name},`,
        '',
        `${listing.organization} received your application for "${listing.title}". They will be in touch.`,
        '',
        `Reference: ${event.applicationId}`,
      ].join('\n'),
    },
  ];
  if (settings.notifyEmail)
    emails.push({
      to: settings.notifyEmail,
      subject: `New application: ${listing.title} (${application.name})`,
      text: [
        `${application.name} <${application.email}> applied for "${listing.title}" (${listing.id}).`,
        ...(application.message ? ['', application.message] : []),
        ...(application.links?.length ? ['', ...application.links] : []),
        ...(application.skillsShown
          ? ['', `Skills shown (verified): ${application.skillsShown}`]
          : []),
        '',
        `Application ${event.applicationId}`,
      ].join('\n'),
    });
  return {
    eventId: `${event.type}:${event.applicationId}`,
    type: event.type,
    emails,
    data: {
      application: { id: event.applicationId, receivedAt: event.receivedAt, ...application },
      listing,
    },
  };
}
