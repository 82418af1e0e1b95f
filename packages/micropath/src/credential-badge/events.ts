import { MicropathEvent } from '../core/events.ts';
import type { CredentialView, VerificationReport } from '../core/models/credential.ts';
import type { VerifiedIn } from './verify/worker-client.ts';

/**
 * A credential's verification finished: `event.report` holds the verdict and every check,
 * `event.view` what the credential says. Fired for each credential shown, once its checks ran
 * (again after the visitor checks a recipient). `event.verifiedIn` says where the checks ran:
 * `'worker'` in the page's shared verification worker, `'page'` on the main thread (the page's
 * policy refused the worker, or it could not start); the report is the same either way.
 */
export class MpVerifiedEvent extends MicropathEvent {
  readonly report: VerificationReport;
  readonly view: CredentialView;
  readonly verifiedIn: VerifiedIn | undefined;
  constructor(report: VerificationReport, view: CredentialView, verifiedIn?: VerifiedIn) {
    super('mp-verified');
    this.report = report;
    this.view = view;
    this.verifiedIn = verifiedIn;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mp-verified': MpVerifiedEvent;
  }
}
