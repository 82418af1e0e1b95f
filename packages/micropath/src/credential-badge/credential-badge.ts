import { ifDefined } from 'lit/directives/if-defined.js';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { MicropathElement } from '../core/base-element.ts';
import { LatestRequest } from '../core/latest-request.ts';
import { VisibilityGate } from '../core/visibility-gate.ts';
import { warmIntl } from '../core/intl-warmup.ts';
import { nextTask } from '../core/pace.ts';
import { adoptStyles } from '../core/lazy-code.ts';
import { AdapterError, isAbort } from '../core/errors.ts';
import { MpErrorEvent } from '../core/events.ts';
import { describeFailure } from '../core/error-messages.ts';
import type { CredentialView, VerificationReport } from '../core/models/credential.ts';
import { badgeStyles } from './credential-badge.styles.ts';
import { renderLoading } from './loading-skeleton.ts';
import { skeletonStyles } from '../core/skeleton.styles.ts';
import { MpVerifiedEvent } from './events.ts';
import type { VerifiedIn } from './verify/worker-client.ts';
import type * as EntryView from './entry-view.ts';
import type { Entry, EntryHost } from './entry-view.ts';
import type * as PathwayView from './pathway/pathway-view.ts';
import type { Pathway } from './pathway/build.ts';
import { ListingLookup, heldAgainst, type ListingSkills } from './pathway/listing-lookup.ts';
import { isAdapterOf, type ListingsAdapter } from '../core/contracts.ts';

export type BadgeLayout = 'card' | 'full' | 'compact' | 'pathway';
export type { ListingSkills };

type Phase =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error'; error: AdapterError }
  | { kind: 'shown'; entries: Entry[]; gallery: boolean }
  | { kind: 'pathway'; pathway: Pathway };

const entryView = () => import('./entry-view.ts');
const reader = () => import('./read-credential.ts');
const verifier = () => import('./verify/worker-client.ts');
const recipientCheck = () => import('./verify/recheck-recipient.ts');
const pathwayView = () => import('./pathway/pathway-view.ts');

let keys = 0;

/** `trusted-issuers="https://a.edu https://b.org"`: ids or origins, space or comma separated. */
const listConverter = {
  fromAttribute: (value: string | null) => (value ?? '').split(/[\s,]+/).filter(Boolean),
  toAttribute: (value: string[]) => value.join(' '),
};

/**
 * Shows an Open Badges 2.0 or 3.0 micro-credential and verifies it in the browser: the
 * signature (VC-JWT, signed or hosted OB 2.0), the issuer's key, revocation, the validity
 * period, the issuer against a trusted list, and, on request, the recipient. Reads hosted
 * links, JSON, JWTs and baked PNG / SVG images; can show a holder's gallery and let visitors
 * check a badge file of their own.
 *
 * @tagname credential-badge
 * @summary Displays a micro-credential (Open Badges 2.0 / 3.0) and verifies it in the browser.
 *
 * @event {MpVerifiedEvent} mp-verified - A credential's checks finished (`event.report`, `event.view`, and `event.verifiedIn`: `'worker'` when they ran in the page's shared verification worker, `'page'` when on the main thread).
 * @event {MpErrorEvent} mp-error - A visitor's file or pasted text could not be read (`event.error`).
 *
 * @csspart base - The wrapper of everything; also the size container.
 * @csspart credential - One credential (layout `card`, `full` or `compact`).
 * @csspart image - The badge image.
 * @csspart content - Everything beside the image.
 * @csspart achievement-type - The kind of achievement (Certificate, Badge…).
 * @csspart name - The credential's name.
 * @csspart issuer - The issuer line; `issuer-image` is its logo.
 * @csspart dates - Issued, valid from, expires.
 * @csspart description - The description.
 * @csspart tags - The tags.
 * @csspart recipient - Who it was awarded to.
 * @csspart criteria - How it was earned (the markdown narrative, sanitized).
 * @csspart alignments - Skills and standards it aligns to.
 * @csspart evidence - The evidence.
 * @csspart results - Results and credits.
 * @csspart verification - The verdict, its warnings and the checklist.
 * @csspart verdict - The verdict word (Verified, Expired…).
 * @csspart warnings - Warnings shown beside the verdict.
 * @csspart checks - The ordered list of checks.
 * @csspart recipient-check - The form to check the recipient's email.
 * @csspart share - Copy link, LinkedIn, download and print.
 * @csspart gallery - A holder's credentials.
 * @csspart upload - The box to choose, drop or paste a credential.
 * @csspart message - Loading and error messages.
 * @csspart not-configured - Shown when there is nothing to show and no way to get it.
 * @csspart pathway - Layout `pathway`: the whole path; `pathway-title`, `pathway-record` (the
 *   CLR record it came in), `pathway-summary` and `pathway-problems` (steps that count for nothing) inside.
 * @csspart pathway-group - A group of steps that belong together, with its ordered list (`steps`).
 * @csspart step - One step (`step-name`, `step-details`, `step-verdict`, `step-relations` inside).
 * @csspart pathway-skills - The skills the verified steps show (each a `proven-skill`).
 * @csspart pathway-gaps - Against a listing: `gap-summary`, `gap-met`, `gap-possible`, `gap-skill` (missing) and `mentor-link`.
 *
 * @cssproperty --mp-badge-accent - Links and buttons. Default: `--mp-color-accent`.
 * @cssproperty --mp-badge-background - Credential background. Default: `--mp-color-surface`.
 * @cssproperty --mp-badge-border - Credential border colour. Default: `--mp-color-border`.
 * @cssproperty --mp-badge-image-size - Image size in card and full layouts. Default: `8rem`.
 * @cssproperty --mp-badge-loading-height - The height kept while the credential loads (and by micropath.css before the element is defined), so the page does not move. Default: `24rem` (card), `32rem` (full), `4.5rem` (compact), `16rem` (a holder's gallery), `18rem` (an upload box alone).
 */
export class CredentialBadge extends MicropathElement<'credentials'> {
  static override styles = [MicropathElement.styles, skeletonStyles, badgeStyles];

  protected readonly adapterKind = 'credentials' as const;

  /** A link to the credential: hosted OB 2.0 assertion, OB 3.0 JSON, a JWT, or a baked image. */
  @property({ type: String })
  src?: string;

  /** The credential itself: a JSON object or text, a JWT, or a baked image (Blob / File). */
  @property({ attribute: false })
  credential?: unknown;

  /** An id the adapter resolves (`getCredential`). */
  @property({ type: String, attribute: 'credential-id' })
  credentialId?: string;

  /** Shows this holder's credentials (adapter `listCredentials`) as a gallery. */
  @property({ type: String })
  holder?: string;

  /** Lets visitors choose, drop or paste a credential to check it. */
  @property({ type: Boolean, attribute: 'allow-upload' })
  allowUpload = false;

  /**
   * `card` (default), `full` (everything the credential says), `compact` (one line), or
   * `pathway`: several credentials as one path of steps — a holder's (`holder`), several links
   * (`src` with the links separated by spaces, or `credential` set to a list), or one CLR 2.0
   * record — each verified on its own, ordered by the record's associations or else grouped by
   * shared skills, with the skills they show and, given a listing, those still missing.
   */
  @property({ type: String })
  layout: BadgeLayout = 'card';

  /**
   * Layout `pathway`: the id of a listing to hold the stack against, looked up through the
   * listings backend (a `<micropath-provider>`'s, or this badge's own `source` when it serves
   * listings too, as `rest:` does). The `listing` property, when set, wins.
   */
  @property({ type: String, attribute: 'for-listing' })
  forListing?: string;

  /** Layout `pathway`: the listing to hold the stack against (`{ title?, skills }`). */
  @property({ attribute: false })
  listing?: ListingSkills;

  /**
   * Layout `pathway`: where to find a mentor for a missing skill, as a URL template in which
   * `{skill}` becomes the skill's concept URI (else its label), URL-encoded — for example
   * `/mentoring.html?skill={skill}`. Without it, missing skills are named without a link.
   */
  @property({ type: String, attribute: 'mentor-url' })
  mentorUrl?: string;

  /**
   * When the checks run: `eager` (default) as soon as the credential is read; `visible` once
   * the badge comes near the viewport, so a page of many badges does not check, at load, the
   * ones no visitor has scrolled to (they read "Checking…" until then).
   */
  @property({ type: String })
  verify: 'eager' | 'visible' = 'eager';

  /**
   * When the credential is fetched, as `<img loading>`: `eager` (default) at once; `lazy` once
   * the badge comes near the viewport (its checks then run at once). Until then it keeps its
   * loading size, so the page does not move.
   */
  @property({ type: String })
  loading: 'eager' | 'lazy' = 'eager';

  /** Issuer ids or origins this page trusts; others get a warning (the verdict stands). */
  @property({ attribute: 'trusted-issuers', converter: listConverter })
  trustedIssuers: string[] = [];

  @state() private phase: Phase = { kind: 'idle' };
  /** In a gallery: the key of the credential opened in full. */
  @state() private opened?: number;
  @state() private announcement = '';
  /** Why the last upload failed, read at each render so it follows the page's language. */
  @state() private uploadError?: () => string;
  @state() private pasted = '';
  @state() private dragging = false;

  private view?: typeof EntryView;
  private pathwayModule?: typeof PathwayView;
  private readonly listingLookup = new ListingLookup(this);
  private readonly lookupsRequest = new LatestRequest(this);
  private readonly seen = new VisibilityGate(this);
  /** Where each shown credential's checks ran, for `mp-verified`. */
  private readonly verifiedIn = new WeakMap<Entry, VerifiedIn>();
  /** Counts the visitor's uploads, so only the latest one is shown. */
  private uploads = 0;
  /** The gallery item last opened, to return focus to its button. */
  private lastOpened?: number;

  /** The report of the credential shown (the opened one in a gallery), once checked. */
  get report(): VerificationReport | undefined {
    return this.current()?.verified?.report;
  }

  /** What the credential shown says, once read. */
  get credentialView(): CredentialView | undefined {
    const entry = this.current();
    return entry?.verified?.view ?? entry?.loaded?.view;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const inputs = ['src', 'credential', 'credentialId', 'holder', 'adapter', 'provided', 'source'];
    const pathway = this.layout === 'pathway';
    if (changed.has('layout') && (pathway || changed.get('layout') === 'pathway'))
      inputs.push('layout');
    if (
      pathway &&
      !isServer &&
      ['forListing', 'adapter', 'provided', 'source', 'layout'].some((n) =>
        changed.has(n as keyof CredentialBadge),
      )
    )
      void this.listingLookup.look(this.forListing, this.listingsAdapter(), this.locale);
    if (changed.has('allowUpload') && this.allowUpload && !this.view && !isServer) {
      void this.loadDisplay().then(() => this.requestUpdate());
    }
    if (inputs.some((name) => changed.has(name as keyof CredentialBadge))) {
      void this.load();
    } else if (changed.has('trustedIssuers') && this.phase.kind === 'shown') {
      for (const entry of this.phase.entries) void this.runChecks(entry);
    } else if (changed.has('trustedIssuers') && this.phase.kind === 'pathway') {
      void this.load();
    }
  }

  /** The listings backend for `for-listing`: the provider's, else this badge's own if it lists. */
  private listingsAdapter(): ListingsAdapter | undefined {
    const provided = this.provided?.adapters.listings;
    if (provided) return provided;
    const own = this.resolveAdapter().adapter;
    return isAdapterOf('listings', own) || (own && 'getListing' in own)
      ? (own as unknown as ListingsAdapter)
      : undefined;
  }

  private current(): Entry | undefined {
    if (this.phase.kind !== 'shown') return undefined;
    const { entries } = this.phase;
    return this.phase.gallery ? entries.find((e) => e.key === this.opened) : entries[0];
  }

  /** A new thing to show: the previous one's lookups stop. */
  private restart(): AbortSignal {
    return this.lookupsRequest.start();
  }

  /** Lookups for this credential: the adapter's fetch hook, under the badge's link rules. */
  private async lookups(signal: AbortSignal) {
    const { guardedFetch } = await reader();
    const adapter = this.resolveAdapter().adapter;
    return guardedFetch(adapter?.fetch?.bind(adapter), signal);
  }

  /** What to load, most specific first: `credential`, `src`, `credential-id`, `holder`. */
  private async load(): Promise<void> {
    let signal = this.restart();
    const resolution = this.resolveAdapter();
    // `src` is always a link, resolved against the page like an <img src>.
    const pathway = this.layout === 'pathway';
    const base = isServer ? 'https://server.invalid/' : document.baseURI;
    // In a pathway, `src` may hold several links, separated by spaces.
    const links = (
      this.src?.trim() ? (pathway ? this.src.trim().split(/\s+/) : [this.src.trim()]) : []
    ).map((link) => new URL(link, base).href);
    const src = links[0];
    const given = this.credential ?? src;
    const needsAdapter = given === undefined && (this.credentialId || this.holder);
    if (given === undefined && !needsAdapter) {
      this.phase = { kind: 'idle' };
      return;
    }
    if (needsAdapter && !resolution.adapter) {
      this.phase = { kind: 'error', error: resolution.problem };
      return;
    }
    this.phase = { kind: 'loading' };
    this.opened = undefined;
    if (isServer) return; // the loading state, and nothing fetched (as the board)
    try {
      if (this.loading === 'lazy') {
        await this.seen.whenNear();
        const latest = this.lookupsRequest.signal;
        if (latest && latest !== signal) return; // something newer is shown
        // Moved in the page while it waited, its requests were stopped: it starts afresh.
        if (!latest) signal = this.restart();
      }
      const ctx = { signal, locale: this.locale };
      warmIntl(this.locale);
      // The verification worker starts while the credential is fetched and read.
      if (this.verify === 'eager' && !pathway) void verifier().then((m) => m.prepareVerifyWorker());
      const [read, fetch] = await Promise.all([reader(), this.lookups(signal), this.loadDisplay()]);
      let raws: unknown[];
      if (pathway && Array.isArray(this.credential)) raws = this.credential as unknown[];
      else if (pathway && this.credential === undefined && links.length) raws = links;
      else if (given !== undefined) raws = [given];
      else if (this.holder) {
        if (!resolution.adapter!.listCredentials) {
          throw new AdapterError(
            'not-configured',
            msg('This backend cannot list a holder’s credentials.'),
          );
        }
        raws = await resolution.adapter!.listCredentials(this.holder, ctx);
      } else raws = [await resolution.adapter!.getCredential(this.credentialId!, ctx)];
      if (pathway) {
        const module = (this.pathwayModule ??= await this.loadPathwayView());
        const built = await module.buildPathway(raws, {
          fetch,
          trustedIssuers: this.trustedIssuers,
        });
        await nextTask(); // verified in one task, rendered in the next
        if (signal.aborted) return;
        this.phase = { kind: 'pathway', pathway: built };
        return;
      }
      const entries = await Promise.all(
        raws.map(async (raw): Promise<Entry> => {
          try {
            return { key: ++keys, loaded: await read.readCredential(raw, fetch) };
          } catch (error) {
            if (isAbort(error)) throw error;
            return { key: ++keys, error: AdapterError.from(error) };
          }
        }),
      );
      // Read in one task, rendered in the next: no long task for the host page.
      await nextTask();
      if (signal.aborted) return;
      const gallery = given === undefined && Boolean(this.holder);
      if (!gallery && entries[0]?.error) throw entries[0].error;
      this.phase = { kind: 'shown', entries, gallery };
      for (const entry of entries) if (entry.loaded) void this.runChecks(entry);
    } catch (error) {
      if (signal.aborted || isAbort(error)) return;
      this.phase = { kind: 'error', error: AdapterError.from(error) };
    }
  }

  /** The pathway's templates and styles, adopted once. */
  private async loadPathwayView(): Promise<typeof PathwayView> {
    const module = await pathwayView();
    adoptStyles(this.renderRoot, module.pathwayStyles);
    return module;
  }

  /** The templates and styles of a shown credential, adopted once. */
  private async loadDisplay(): Promise<typeof EntryView> {
    const view = await entryView();
    this.view = view;
    adoptStyles(this.renderRoot, view.entryStyles);
    return view;
  }

  /** What the entry templates may know and call. */
  private entryHost(): EntryHost {
    return {
      locale: this.locale,
      holder: this.holder,
      verify: (entry) => {
        this.seen.open(); // a visitor asked
        void this.runChecks(entry);
      },
      checkRecipient: (event, entry) => void this.onRecipientSubmit(event, entry),
      copyLink: (url) => void this.copyLink(url),
      download: (entry) => this.download(entry),
      open: (entry) => this.open(entry),
    };
  }

  /** Runs the lazy checks for one entry, then renders its criteria narrative. */
  private async runChecks(entry: Entry): Promise<void> {
    const loaded = entry.loaded;
    if (!loaded) return;
    const signal = this.lookupsRequest.signal ?? this.restart();
    entry.verifyError = undefined;
    entry.verified = undefined;
    this.requestUpdate();
    try {
      if (this.verify === 'visible') await this.seen.whenNear();
      if (signal?.aborted) return;
      const { verifyOffMainThread } = await verifier();
      // In the page's shared worker where it allows one, else here (worker-client.ts).
      const checked = await verifyOffMainThread(loaded.credential, {
        fetch: await this.lookups(signal),
        trustedIssuers: this.trustedIssuers,
        signal,
      });
      const { verifiedIn } = checked;
      let { verified } = checked;
      if (entry.recipientTyped) {
        const { recheckRecipient } = await recipientCheck();
        verified = {
          ...verified,
          report: await recheckRecipient(verified, entry.recipientTyped),
        };
      }
      await nextTask(); // the checks in one task, the verdict rendered in the next
      if (signal?.aborted) return;
      entry.verified = verified;
      this.verifiedIn.set(entry, verifiedIn);
      this.requestUpdate();
      this.emit(new MpVerifiedEvent(verified.report, verified.view, verifiedIn));
      // The verdict shows first; the criteria narrative follows when its chunk arrives.
      const narrative = verified.view.criteria?.narrative;
      if (narrative) void this.renderCriteria(entry, narrative);
    } catch (error) {
      if (signal?.aborted || isAbort(error)) return;
      entry.verifyError = AdapterError.from(error);
      this.requestUpdate();
    }
  }

  /** The criteria markdown, sanitized; as plain text if its chunk cannot load (offline). */
  private async renderCriteria(entry: Entry, narrative: string): Promise<void> {
    try {
      const { renderMarkdown } = await import('./markdown.ts');
      await nextTask(); // the parser's module evaluated in one task, the narrative in the next
      entry.criteria = await renderMarkdown(narrative);
    } catch {
      const paragraph = document.createElement('p');
      paragraph.textContent = narrative;
      entry.criteria = new DocumentFragment();
      entry.criteria.append(paragraph);
    }
    this.requestUpdate();
  }

  // ——— visitor actions ———

  /**
   * Shows what the visitor chose, dropped or pasted. What was shown before stays until the new
   * credential could be read; if it cannot, the reason appears beside the upload box.
   */
  private async show(input: unknown): Promise<void> {
    this.uploadError = undefined;
    this.announcement = msg('Reading the credential…');
    const attempt = ++this.uploads;
    // Its own controller until it is read: a file that fails must not stop the shown checks.
    const controller = new AbortController();
    try {
      const [read] = await Promise.all([reader(), this.loadDisplay()]);
      const loaded = await read.readCredential(input, await this.lookups(controller.signal));
      if (attempt !== this.uploads) return; // a newer file was chosen meanwhile
      this.lookupsRequest.adopt(controller);
      const entry: Entry = { key: ++keys, loaded };
      this.opened = undefined;
      this.phase = { kind: 'shown', entries: [entry], gallery: false };
      this.announcement = '';
      this.seen.open(); // what a visitor gave is checked at once
      void this.runChecks(entry);
    } catch (error) {
      if (isAbort(error) || attempt !== this.uploads) return;
      this.announcement = '';
      this.failUpload(AdapterError.from(error));
    }
  }

  private failUpload(error: AdapterError): void {
    this.uploadError = () => error.message;
    this.emit(new MpErrorEvent(error));
  }

  private onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.show(file);
    input.value = '';
  }

  private onPasteSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.pasted.trim()) void this.show(this.pasted.trim());
    else this.uploadError = () => msg('Paste a credential, a signed credential or a link first.');
  }

  private onDragOver(event: DragEvent): void {
    if (!this.allowUpload || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private onDrop(event: DragEvent): void {
    if (!this.allowUpload) return;
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.show(file);
  }

  /** Pasting a file (an image copied from elsewhere) anywhere in the widget. */
  private onPaste(event: ClipboardEvent): void {
    const file = this.allowUpload ? event.clipboardData?.files[0] : undefined;
    if (!file) return;
    event.preventDefault();
    void this.show(file);
  }

  private async onRecipientSubmit(event: SubmitEvent, entry: Entry): Promise<void> {
    event.preventDefault();
    const typed = new FormData(event.target as HTMLFormElement).get('recipient');
    if (typeof typed !== 'string' || !typed.trim() || !entry.verified) return;
    entry.recipientTyped = typed;
    const { recheckRecipient } = await recipientCheck();
    const report = await recheckRecipient(entry.verified, typed);
    entry.verified = { ...entry.verified, report };
    const check = report.checks.find((c) => c.id === 'recipient');
    this.announcement = check?.message ?? '';
    this.requestUpdate();
    this.emit(new MpVerifiedEvent(report, entry.verified.view, this.verifiedIn.get(entry)));
  }

  private async copyLink(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.announcement = msg('Link copied.');
    } catch {
      this.announcement = msg(str`Copying is not allowed here. The link is ${url}`);
    }
  }

  private download(entry: Entry): void {
    const view = this.view!;
    const file = view.credentialFile(entry.loaded!.original, view.entryName(entry));
    const url = URL.createObjectURL(file);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = file.name;
    this.renderRoot.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private onBeforePrint = (): void => {
    for (const details of this.renderRoot.querySelectorAll('details')) details.open = true;
    this.seen.open(); // a printed page shows every verdict that can be had
  };

  private open(entry: Entry | undefined): void {
    this.opened = entry?.key;
    const focusTarget = entry ? `#name-${entry.key}` : `[data-key="${this.lastOpened}"]`;
    this.lastOpened = entry?.key ?? this.lastOpened;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(focusTarget)?.focus(),
    );
  }

  // ——— rendering ———

  /**
   * The size kept until the credential is in (as micropath.css keeps it before the element is
   * defined): exactly while loading, at least when it failed.
   */
  private reserveClass(): string {
    const { kind } = this.phase;
    // Only an upload box to show, whose chunk is on its way: its place is kept too.
    if (kind === 'idle' && this.allowUpload && !this.view) return 'reserved upload loading';
    if (kind !== 'loading' && kind !== 'error') return '';
    const gallery = this.credential === undefined && !this.src && !this.credentialId && this.holder;
    const shape = gallery ? 'gallery' : `layout-${this.layout}`;
    return `reserved ${shape} ${kind === 'loading' ? 'loading' : ''}`;
  }

  protected override render() {
    return html`<div
      part="base"
      dir=${ifDefined(this.localeDir)}
      class="${this.dragging ? 'dragging' : ''} ${this.reserveClass()}"
      @dragover=${this.onDragOver}
      @dragleave=${() => (this.dragging = false)}
      @drop=${this.onDrop}
      @paste=${this.onPaste}
    >
      ${this.renderPhase()} ${this.allowUpload ? this.renderUpload() : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }

  private renderPhase(): unknown {
    const phase = this.phase;
    switch (phase.kind) {
      case 'idle':
        return this.allowUpload ? nothing : this.renderNothingToShow();
      case 'loading':
        return renderLoading();
      case 'error':
        return phase.error.code === 'not-configured'
          ? this.renderNotConfigured(phase.error)
          : this.renderError(phase.error);
      case 'pathway': {
        const listing = this.listing ? heldAgainst(this.listing) : this.listingLookup.found;
        return this.pathwayModule!.renderPathway(phase.pathway, {
          locale: this.locale,
          listing,
          mentorUrl: this.mentorUrl,
          ...(this.listing ? {} : { listingProblem: this.listingLookup.problem }),
        });
      }
      case 'shown': {
        const view = this.view!;
        const host = this.entryHost();
        if (!phase.gallery) {
          const layout = this.layout === 'pathway' ? 'card' : this.layout;
          return view.renderEntry(phase.entries[0]!, layout, host);
        }
        const opened = phase.entries.find((e) => e.key === this.opened);
        return opened ? view.renderOpened(opened, host) : view.renderGallery(phase.entries, host);
      }
    }
  }

  private renderNothingToShow(): TemplateResult {
    return html`<div part="not-configured" role="note">
      <strong>${msg('No credential to show.')}</strong>
      <p>
        ${msg(
          'Give this badge a src attribute with a link to a credential, set its credential property, or let visitors upload one with allow-upload.',
        )}
      </p>
    </div>`;
  }

  private renderError(error: AdapterError): TemplateResult {
    const reason =
      error.code === 'invalid-response' || error.code === 'not-found'
        ? error.message
        : describeFailure(error);
    return html`<div part="message" class="error" role="alert">
      <p><strong>${msg('This credential cannot be shown.')}</strong> ${reason}</p>
      <button type="button" @click=${() => void this.load()}>${msg('Try again')}</button>
    </div>`;
  }

  private renderUpload(): unknown {
    return this.view?.renderUpload({
      showing: this.phase.kind === 'shown',
      pasted: this.pasted,
      error: this.uploadError?.(),
      onFile: (event) => this.onFile(event),
      onPasteInput: (event) => (this.pasted = (event.target as HTMLTextAreaElement).value),
      onPasteSubmit: (event) => this.onPasteSubmit(event),
    });
  }
}
