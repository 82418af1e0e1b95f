/**
 * The all-in-one CDN module: defines every Micropath element and re-exports everything from
 * `micropath/adapters`, so one `<script type="module">` is enough on any page.
 */
import '../provider/define.ts';
import '../apprentice-board/define.ts';
import '../credential-badge/define.ts';

export * from '../adapters/index.ts';
export { MicropathProvider } from '../provider/micropath-provider.ts';
export { ApprenticeBoard } from '../apprentice-board/apprentice-board.ts';
export { CredentialBadge } from '../credential-badge/credential-badge.ts';
