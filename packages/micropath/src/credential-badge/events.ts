import { MicropathEvent } from '../core/events.ts';
import type { CredentialView, VerificationReport } from '../core/models/credential.ts';

/**
 * A credential's verification finished: `event.report` holds the verdict and every check,
 * `event.view` what the credential says. Fired for each credential shown, once its checks ran
 * (again after the visitor checks a recipient).
 */
export class MpVerifiedEvent extends MicropathEvent {
  readonly report: VerificationReport;
  readonly view: CredentialView;
  constructor(report: VerificationReport, view: CredentialView) {
    super('mp-verified');
    this.report = report;
    this.view = view;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mp-verified': MpVerifiedEvent;
  }
}
