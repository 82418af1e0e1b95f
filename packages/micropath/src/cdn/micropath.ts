/**
 * The all-in-one CDN module: defines every Micropath element and exports the adapters, so one
 * `<script type="module">` is enough on any page. The adapter factories load their code on
 * first use (cdn/lazy-adapters.ts); the schemas, readers and helpers for writing an adapter of
 * your own are in `adapters.js` beside this file, built with it so both share one registry of
 * sources and one `AdapterError`.
 */
import '../provider/define.ts';
import '../apprentice-board/define.ts';
import '../credential-badge/define.ts';
import '../mentor-booking/define.ts';

export {
  createMemoryAdapter,
  createRestAdapter,
  greenhouseAdapter,
  leverAdapter,
  ashbyAdapter,
  smartRecruitersAdapter,
  workableAdapter,
  recruiteeAdapter,
  personioAdapter,
  workdayAdapter,
  bambooHrAdapter,
  teamtailorAdapter,
  calComAdapter,
} from './lazy-adapters.ts';
export { openBadgesAdapter } from '../adapters/open-badges.ts';
export { registerSource, registeredSources, adapterFromSource } from '../core/sources.ts';
export { AdapterError, isAbort } from '../core/errors.ts';
export { MicropathProvider } from '../provider/micropath-provider.ts';
export { ApprenticeBoard } from '../apprentice-board/apprentice-board.ts';
export { CredentialBadge } from '../credential-badge/credential-badge.ts';
export { MentorBooking } from '../mentor-booking/mentor-booking.ts';
