/**
 * The embedded application (its own lazy chunk, loaded when a visitor chooses "Apply here"): what the
 * visitor typed, its checks, the one send at a time and its outcome. A failed send keeps every
 * answer; a listing opened next starts with its form closed but the answers kept.
 */
import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { AdapterError } from '../core/errors.ts';
import { MpErrorEvent } from '../core/events.ts';
import { readOne } from '../core/boundary.ts';
import { describeFailure } from '../core/error-messages.ts';
import type { ListingsAdapter } from '../core/contracts.ts';
import type { ApplicationReceipt, Listing } from '../core/models/listing.ts';
import {
  emptyDraft,
  firstInvalid,
  type ApplicationDraft,
  type ApplyStatus,
} from './application-draft.ts';
import { renderApplication, type FormContext } from './application-form.ts';
import type { CredentialEntry } from './application-credentials.ts';
import type { CheckedCredential } from './credential-check.ts';
import { WalletRequest, type WalletAnswer } from './wallet-request.ts';
import type { SkillGaps } from './skill-gaps.ts';
import { distinctIds } from '../core/skills/evidence.ts';

export interface ApplicationHost extends ReactiveControllerHost, EventTarget {
  readonly locale: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** It has no lifecycle of its own: it asks its host to update when its state changes. */
export class BoardApplication {
  /** Undefined while the form is closed. */
  status?: ApplyStatus;
  private draft: ApplicationDraft = emptyDraft();
  private errors: Partial<Record<keyof ApplicationDraft, string>> = {};
  private failure?: string;
  private receipt?: ApplicationReceipt;
  /** Set before the first await of a send, so a second click cannot start another. */
  private submitting = false;
  /** The applicant's credentials, kept across listings (they are theirs, whatever they apply to). */
  private credentials: (CredentialEntry & { checked?: CheckedCredential })[] = [];
  private pasted = '';
  private credentialCount = 0;
  private readonly checking = new Map<string, { done: Promise<void>; abort: AbortController }>();
  private rebindTimer?: ReturnType<typeof setTimeout>;
  private readonly wallet: WalletRequest;
  /** The wallet exchange whose holder the wallet's credentials are bound to. */
  private walletExchange?: { id: string; token: string };

  /** The listing whose form is shown, for the gaps its skills leave. */
  private listing?: Listing;

  constructor(
    private readonly host: ApplicationHost,
    /** The detail view's skill gaps, which the applicant's credentials narrow. */
    private readonly gaps: SkillGaps,
  ) {
    this.wallet = new WalletRequest(host, (answer) => this.fromWallet(answer));
  }

  /** A listing is shown: the page hears which of its required skills are not shown yet. */
  opened(listing: Listing): void {
    this.listing = listing;
    this.reportGaps();
  }

  private reportGaps(): void {
    if (this.listing)
      this.gaps.report(this.listing, distinctIds(this.credentials.flatMap((e) => e.claims ?? [])));
  }

  /** Another listing opened: its form starts closed, the last one's messages gone. */
  switchListing(): void {
    this.status = undefined;
    this.failure = undefined;
    this.errors = {};
  }

  /** "Apply here" (a page did not cancel `mp-apply`): the form opens on the name field. */
  async start(): Promise<void> {
    void import('./application-validation.ts'); // ready before the visitor sends
    this.status = 'form';
    await this.changed();
    this.focus('#apply-name');
  }

  /** The form for `listing`, as its state stands. */
  render(listing: Listing, adapter: ListingsAdapter | undefined, mentorUrl?: string) {
    return renderApplication(this.form(listing, adapter, mentorUrl));
  }

  /** The form's state and actions, for `renderApplication`. */
  private form(
    listing: Listing,
    adapter: ListingsAdapter | undefined,
    mentorUrl?: string,
  ): FormContext {
    const apply = adapter?.apply?.bind(adapter);
    const { startExchange, getExchange } = adapter ?? {};
    const wallet = this.wallet;
    return {
      draft: this.draft,
      errors: this.errors,
      status: this.status ?? 'form',
      failure: this.failure,
      receipt: this.receipt,
      listingTitle: listing.title,
      organization: listing.organization.name,
      edit: (field, value) => {
        this.draft = { ...this.draft, [field]: value };
        if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
        if (field === 'email') this.rebindSoon();
        this.host.requestUpdate();
      },
      credentials: {
        entries: this.credentials,
        pasted: this.pasted,
        skills: listing.skills,
        editPasted: (value) => {
          this.pasted = value;
          this.host.requestUpdate();
        },
        addPasted: () => {
          if (this.pasted.trim()) this.addCredential(this.pasted, msg('Pasted credential'), true);
        },
        addFile: (file) => this.addCredential(file, file.name, false),
        remove: (key) => this.removeCredential(key),
        mentors: this.gaps.links(listing, mentorUrl),
        wallet:
          startExchange && getExchange
            ? {
                status: wallet.status,
                link: wallet.link,
                qrCode: wallet.qrCode,
                exchange: wallet.exchange,
                received: wallet.received,
                failure: wallet.failure,
                locale: this.host.locale,
                start: () =>
                  void wallet.start(listing.id, {
                    startExchange: startExchange.bind(adapter),
                    getExchange: getExchange.bind(adapter),
                  }),
                cancel: () => wallet.cancel(),
              }
            : undefined,
      },
      submit: (event) => {
        event.preventDefault();
        if (apply) void this.submit(listing, apply);
      },
      cancel: () => {
        this.status = undefined;
        void this.changed().then(() => this.focus('[part=apply-here]'));
      },
    };
  }

  private async submit(
    listing: Listing,
    apply: NonNullable<ListingsAdapter['apply']>,
  ): Promise<void> {
    if (this.submitting) return;
    this.submitting = true;
    try {
      await this.send(listing, apply);
    } finally {
      this.submitting = false;
    }
  }

  /** The wallet answered: each of its credentials is checked, bound to the holder it proved. */
  private fromWallet({ exchange, holder, credentials }: WalletAnswer): void {
    this.walletExchange = { id: exchange.id, token: exchange.token };
    for (const credential of credentials)
      this.addCredential(walletInput(credential), msg('From your wallet'), false, holder);
  }

  /** Reads and verifies a credential in its own lazy chunk; the form stays usable meanwhile. */
  private addCredential(
    input: string | File,
    label: string,
    pasted: boolean,
    holder?: string,
  ): void {
    const key = `credential-${++this.credentialCount}`;
    const entry: (typeof this.credentials)[number] = { key, label, status: 'checking' };
    this.credentials = [...this.credentials, entry];
    const abort = new AbortController();
    const done = (async () => {
      try {
        const { checkCredential } = await import('./credential-check.ts');
        const checked = await checkCredential(input, this.draft.email, key, abort.signal, holder);
        if (abort.signal.aborted) return;
        this.replace(key, { status: 'checked', checked, claims: checked.claims });
        // What was pasted has become a credential: the field is free for the next one.
        if (pasted && this.pasted === input) this.pasted = '';
      } catch (error) {
        if (abort.signal.aborted) return;
        this.replace(key, { status: 'failed', error: describeFailure(AdapterError.from(error)) });
      } finally {
        this.checking.delete(key);
        this.host.requestUpdate();
      }
    })();
    this.checking.set(key, { done, abort });
    this.host.requestUpdate();
  }

  private replace(key: string, change: Partial<(typeof this.credentials)[number]>): void {
    this.credentials = this.credentials.map((e) => (e.key === key ? { ...e, ...change } : e));
    this.reportGaps();
  }

  private removeCredential(key: string): void {
    this.checking.get(key)?.abort.abort();
    this.checking.delete(key);
    this.credentials = this.credentials.filter((e) => e.key !== key);
    this.reportGaps();
    void this.changed().then(() => this.focus('#apply-credential-paste'));
  }

  /** The e-mail changed: each credential is bound to it again, once typing pauses. */
  private rebindSoon(): void {
    clearTimeout(this.rebindTimer);
    this.rebindTimer = setTimeout(() => void this.rebind(), 400);
  }

  private async rebind(): Promise<void> {
    const checked = this.credentials.filter((e) => e.checked);
    if (!checked.length) return;
    const { rebind } = await import('./credential-check.ts');
    const email = this.draft.email;
    for (const entry of checked) {
      const again = await rebind(entry.checked!, email, entry.key);
      if (this.draft.email !== email) return; // typed on meanwhile: the next pause rebinds
      this.replace(entry.key, { checked: again, claims: again.claims });
    }
    this.host.requestUpdate();
  }

  private async send(listing: Listing, apply: NonNullable<ListingsAdapter['apply']>) {
    const { validateDraft } = await import('./application-validation.ts');
    const checked = validateDraft(this.draft);
    if ('errors' in checked) {
      this.errors = checked.errors;
      await this.changed();
      this.focus(`#apply-${firstInvalid(checked.errors)}`);
      return;
    }
    this.errors = {};
    this.failure = undefined;
    this.status = 'sending';
    this.host.requestUpdate();
    try {
      // Credentials still being read are waited for (the button says "Sending…"), so what
      // was added is sent.
      await Promise.allSettled([...this.checking.values()].map((c) => c.done));
      const sent = this.credentials.flatMap((e) => (e.checked ? [e.checked] : []));
      // The page's verdicts go along, for the server to compare with its own.
      const application = sent.length
        ? {
            ...checked.application,
            credentials: sent.map((c) => c.credential),
            credentialVerdicts: sent.map((c) => c.envelope.verified.report.verdict),
            // The server binds the wallet's credentials to the holder this exchange proved.
            ...(this.walletExchange && sent.some((c) => c.heldBy)
              ? { exchange: this.walletExchange }
              : {}),
          }
        : checked.application;
      const raw = await apply(listing.id, application, {
        signal: new AbortController().signal,
        locale: this.host.locale,
      });
      const { ApplicationReceiptSchema } = await import('../core/models/application.ts');
      this.receipt = readOne(ApplicationReceiptSchema, raw, 'application receipt');
      this.status = 'sent';
      this.draft = emptyDraft();
      this.credentials = [];
      this.pasted = '';
      this.walletExchange = undefined;
      this.wallet.cancel();
      await this.changed();
      this.focus('[part=receipt]');
    } catch (error) {
      const failure = AdapterError.from(error);
      this.status = 'form';
      this.failure = failure.fields
        ? msg('Some answers were not accepted. Check them and try again.')
        : describeFailure(failure);
      this.host.requestUpdate();
      console.warn(`[micropath] <apprentice-board> application failed: ${failure.message}`);
      this.host.dispatchEvent(new MpErrorEvent(failure));
    }
  }

  private changed(): Promise<boolean> {
    this.host.requestUpdate();
    return this.host.updateComplete;
  }

  private focus(selector: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}

/**
 * A credential as a wallet presents it, as the reader takes it: JSON text, or the JWT inside a
 * VC 2.0 `EnvelopedVerifiableCredential` (`data:application/vc+jwt,<jwt>`).
 */
function walletInput(credential: unknown): string {
  if (typeof credential === 'string') return credential;
  const { type, id } = (credential ?? {}) as { type?: unknown; id?: unknown };
  if ([type].flat().includes('EnvelopedVerifiableCredential') && typeof id === 'string')
    return id.slice(id.indexOf(',') + 1);
  return JSON.stringify(credential);
}
