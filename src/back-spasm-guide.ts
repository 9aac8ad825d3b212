import { isolateLtr } from './i18n/bidi.js';
import {
  LitElement,
  html,
  nothing,
  type CSSResult,
  type PropertyDeclaration,
  type PropertyValues,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { adoptLayers } from './styles/adopt.js';
import { firstScreenStyles } from './styles/first-screen-layer.js';
import { emptyAnswers } from './clinical/empty-answers.js';
import type { Answers, Assessment } from './clinical/types.js';
import type { BackSpasmGuideEventMap } from './events.js';
import type { GuideFlow } from './flow/guide-flow.js';
import { loadFlowModule, type FlowModule } from './flow/load-flow.js';
import {
  guideEvent,
  type EventDetail,
  type FlowScreen,
  type GuideSettings,
  type GuideShell,
} from './flow/shell.js';
import { directionOf, isLocaleReady, withLocale, SOURCE_LOCALE } from './i18n/index.js';
import type { SupportedLocale } from './i18n/locales.js';
import { numbersForRegion, sanitizePhoneNumber } from './i18n/emergency-numbers.js';
import { numbersRegion, readReaderSignals, regionName } from './i18n/reader-region.js';
import { forWarning, safeString } from './i18n/tags.js';
import { questionFrame, startScreen } from './screens/start-screen.js';
import { drawBoundary, type TroubleWords } from './shell/error-boundary.js';
import { LocaleController } from './shell/locale-controller.js';
import { RememberController, safely } from './shell/remember-controller.js';
import { VERSION } from './version.js';

export type Theme = 'light' | 'dark' | 'auto';
export type Screen = FlowScreen;

const THEMES: readonly string[] = ['light', 'dark', 'auto'];
/** The reader points at, touches, focuses or presses the guide: time to fetch the questions. */
const INTENT_EVENTS = ['pointerenter', 'touchstart', 'focusin', 'pointerdown', 'keydown'] as const;

/**
 * A guide for a low back muscle spasm: red-flag screen first, then a self-care plan.
 *
 * @element back-spasm-guide
 *
 * @attr lang - Language of the guide (BCP 47); else the closest ancestor's, the page's, the browser's, then English.
 * @attr emergency-number - Digits to call in an emergency; wins over the number known for the locale's region.
 * @attr urgent-number - Digits of a same-day medical advice line; wins over the one known for the region.
 * @attr theme - `light`, `dark` or `auto` (follows the reader's system setting). Default `auto`.
 * @attr compact - Tighter spacing for narrow columns.
 * @attr remember - Keep the answers on this device (localStorage) so a returning reader sees the plan.
 *
 * @fires bsg-screen-change - A new screen is shown. `detail: { screen }`.
 * @fires bsg-plan-shown - The plan is shown. `detail: { tier, phase, stepIds }`; never free text.
 * @fires bsg-emergency-shown - The emergency screen is shown. `detail: { findings }`.
 *
 * @csspart card - The box around the guide.
 * @csspart button - Every button.
 * @csspart button-primary - The main action of a screen.
 * @csspart tier-banner - The banner that says where to get help.
 * @csspart call-link - The `tel:` link to call for help.
 *
 * @cssprop --bsg-font-family - Font; inherits the page's by default.
 * @cssprop --bsg-font-size - Base font size (default: the reader's browser setting, not the page's root size).
 * @cssprop --bsg-color-text - Text colour.
 * @cssprop --bsg-color-muted - Secondary text colour.
 * @cssprop --bsg-color-surface - Card background.
 * @cssprop --bsg-color-surface-alt - Background of step cards and options.
 * @cssprop --bsg-color-border - Border colour.
 * @cssprop --bsg-color-accent - Buttons and links.
 * @cssprop --bsg-color-accent-text - Text on accent backgrounds.
 * @cssprop --bsg-color-focus - Focus ring.
 * @cssprop --bsg-color-emergency - Emergency banner colour.
 * @cssprop --bsg-color-urgent - Same-day banner colour.
 * @cssprop --bsg-color-soon - "See a doctor soon" banner colour.
 * @cssprop --bsg-color-self-care - Self-care banner colour.
 * @cssprop --bsg-radius - Corner radius.
 * @cssprop --bsg-space - Base spacing unit.
 * @cssprop --bsg-max-width - Widest the card grows.
 */
export class BackSpasmGuide extends LitElement {
  static readonly version = VERSION;

  @property({ reflect: true }) override lang = '';
  @property({ attribute: 'emergency-number', reflect: true }) emergencyNumber = '';
  @property({ attribute: 'urgent-number', reflect: true }) urgentNumber = '';
  @property({ reflect: true }) theme: Theme = 'auto';
  @property({ type: Boolean, reflect: true }) compact = false;
  @property({ type: Boolean, reflect: true }) remember = false;

  /**
   * Every setting is an accessor that turns any value a host passes (null, a Symbol, an object
   * whose toString throws) into a string or a boolean, so no later read or reflection can throw.
   * Lit wraps it with its own accessor (change detection, reflection).
   */
  static override createProperty(name: PropertyKey, options: PropertyDeclaration = {}): void {
    if (!options.state) {
      const coerce = options.type === Boolean ? Boolean : safeString;
      const key = Symbol(String(name));
      Object.defineProperty(this.prototype, name, {
        get(this: Record<symbol, unknown>) {
          return this[key];
        },
        set(this: Record<symbol, unknown>, value: unknown) {
          this[key] = coerce(value);
        },
        configurable: true,
      });
    }
    super.createProperty(name, options);
  }

  @state() private announcement = '';
  /** The questions and the plan: a chunk of their own, fetched on the reader's first intent. */
  @state() private flow: GuideFlow | undefined;
  @state() private flowFailed = false;
  /** Start was pressed before the flow arrived: the first question's frame shows meanwhile. */
  @state() private startPressed = false;
  /** A returning reader's answers are on their way (the flow is loading to show them). */
  @state() private restoring = false;

  private readonly localization = new LocaleController(this, (key, message) =>
    this.warnOnce(key, message),
  );
  private readonly remembered = new RememberController(this, {
    current: () => this.flow?.state,
    restore: (storedJson) => this.flow?.restore(storedJson),
  });
  /** What the flow shows with: built once per update. */
  private settings: GuideSettings | undefined;
  private flowLoading: Promise<unknown> | undefined;
  /** Answers set by the host before the flow arrived; the flow checks them. */
  private pendingAnswers: unknown;
  private readonly warned = new Set<string>();
  private focusHeadingAfterUpdate = false;
  /** The first question's frame was drawn by the last update. */
  private frameShown = false;
  /** The first screen's styles; the flow's join them once its chunk has loaded. */
  private styleLayers: readonly CSSResult[] = [firstScreenStyles];
  /** The error boundary's box, drawn without Lit when a screen cannot render. */
  private boundary: HTMLElement | undefined;
  private broken = false;

  constructor() {
    super();
    // A property set before the element was defined is an own property that hides the
    // accessor (the "upgrade property" pattern): take its value and let the accessor have it.
    // Lit does this for its reactive properties; `answers` is a plain accessor.
    if (Object.prototype.hasOwnProperty.call(this, 'answers')) {
      const value: unknown = (this as { answers?: unknown }).answers;
      delete (this as { answers?: unknown }).answers;
      this.answers = value as Answers;
    }
  }

  /** The answers so far; set it to resume or prefill. Malformed values are ignored with a warning. */
  get answers(): Answers {
    return this.flow ? this.flow.answers : emptyAnswers();
  }

  set answers(value: Answers) {
    // Before the flow arrives the value is only held (and the flow fetched at once): the flow
    // copies it by walking it (a framework proxy cannot be cloned) and checks the copy.
    if (this.flow) {
      this.flow.answers = value;
      return;
    }
    this.pendingAnswers = value;
    this.loadFlow();
  }

  /**
   * The current assessment, or null while the answers are incomplete (or, for a moment after
   * the element is added, until `updateComplete` has resolved).
   */
  get assessment(): Assessment | null {
    return this.flow?.assessment ?? null;
  }

  /**
   * Clears the answers and returns to the first screen. Called by the host, it leaves the
   * page's focus and scroll position alone (the reader may be typing somewhere else).
   */
  reset(): void {
    this.pendingAnswers = undefined;
    this.startPressed = false;
    this.flow?.reset();
    this.emit('bsg-screen-change', { screen: 'start' });
  }

  /** The screen shown now (the flow's, or the first question's frame before it arrives). */
  private get screen(): Screen {
    return this.flow?.screen ?? (this.startPressed ? 'red-flags' : 'start');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.adoptDocumentStyles();
    for (const type of INTENT_EVENTS) this.addEventListener(type, this.onIntent, { passive: true });
    // A returning reader sees their screen at once: no waiting for an intent.
    if (!this.flow && this.remembered.waiting) {
      this.restoring = true;
      this.loadFlow();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of INTENT_EVENTS) this.removeEventListener(type, this.onIntent);
  }

  /** The first sign the reader may start: fetch the flow (after a failure, only Start retries). */
  private readonly onIntent = (): void => {
    if (!this.flowFailed) this.loadFlow();
  };

  /** The shadow root with the guide's styles as sheets of the document the element is in. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.adoptDocumentStyles(root);
    return root;
  }

  private adoptDocumentStyles(root = this.shadowRoot): void {
    if (root) adoptLayers(root, this.ownerDocument, this.styleLayers);
  }

  /**
   * The error boundary: whatever throws while the guide updates (a missing or broken chunk, a
   * browser builtin that is not there, a Trusted Types policy that blocks Lit) is caught here,
   * never passed to the host page, and the reader sees what to do in an emergency.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    const first = !this.broken;
    if (first) console.error('<back-spasm-guide>: could not render', error);
    this.broken = true;
    try {
      this.showBoundary();
    } catch {
      // Nothing more can be drawn here.
    }
    // One more update clears what the failed one left half-drawn; if even that fails, stop there.
    if (first) this.requestUpdate();
  }

  /** Resolves once the guide can answer: its first screen is drawn and its flow has loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    if (this.flowLoading) {
      await this.flowLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') && this.hasUpdated) this.localization.resolve();
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      this.warnOnce('theme', `unknown theme "${forWarning(this.theme)}"; using "auto"`);
      this.theme = 'auto';
    }
    if (changed.has('remember') && this.remember && !this.flow && this.remembered.waiting) {
      this.restoring = true;
      this.loadFlow();
    }
    if (this.screen !== 'start') this.localization.startReading();
    // The frame's heading gives way to the red-flag screen's: focus follows it.
    if (this.frameShown && this.headingHasFocus()) this.focusHeadingAfterUpdate = true;
    this.settings = this.buildSettings();
  }

  private buildSettings(): GuideSettings {
    const { locale, dateLocale } = this.localization;
    return {
      locale,
      dateLocale,
      planWordsReady: this.localization.wordsReady('plan'),
      emergencyPhone: this.emergencyPhone(),
      urgentPhone: this.urgentPhone(),
      emergencyCountry: this.phoneCountry('emergency'),
      urgentCountry: this.phoneCountry('urgent'),
      remember: this.remember,
      timerMuted: this.remembered.storedMuted(),
    };
  }

  protected override updated(): void {
    if (!this.focusHeadingAfterUpdate) return;
    const heading = this.renderRoot.querySelector<HTMLElement>('[data-screen-heading]');
    if (!heading) return; // Still loading: focus the heading once it is drawn.
    this.focusHeadingAfterUpdate = false;
    heading.focus();
  }

  private headingHasFocus(): boolean {
    return this.shadowRoot?.activeElement?.hasAttribute('data-screen-heading') ?? false;
  }

  protected override render() {
    // After a failure the boundary shows instead, until the reader presses its button.
    if (this.broken) return nothing;
    return withLocale(this.localization.locale, () => this.renderCard(this.settings!));
  }

  private renderCard(settings: GuideSettings) {
    const { locale, loading, failed } = this.localization;
    const screen = this.screen;
    this.frameShown = false;
    const view = loading ? html`<p class="loading">…</p>` : this.renderScreen(screen, settings);
    // Until the flow and its words arrive, the placeholder keeps the first screen's height.
    const reserve = screen === 'start' || !this.flowReady() ? 'reserve-first-screen' : '';
    return html`
      <div
        class="card screen-${screen} ${reserve}"
        part="card"
        dir=${directionOf(locale)}
        lang=${locale}
        aria-busy=${loading || this.frameShown ? 'true' : 'false'}
      >
        ${
          failed
            ? html`<p class="muted locale-note" role="note">
                ${msg('This guide could not load your language, so it is shown in English.', {
                  id: 'locale.failed',
                })}
              </p>`
            : nothing
        }
        ${view}
        <p class="sr-only" role="status" aria-live="polite">${this.announcement}</p>
      </div>
    `;
  }

  /** Where something failed: what to do if it is an emergency, and a way to try again. */
  private renderTrouble() {
    const words = this.troubleWords();
    return html`<p>${words.problem}</p>
      ${
        words.phone
          ? html`<p class="emergency-note emergency-frame emergency-mark">
              ${words.emergency}
              <a class="call" part="call-link" href="tel:${words.phone}">${words.phone}</a>
            </p>`
          : nothing
      }
      <button part="button" @click=${() => this.retry()}>${words.retry}</button>`;
  }

  /** The boundary's words, in the reader's language when its words have loaded, else English. */
  private troubleWords(): TroubleWords {
    const phone = safely(() => this.emergencyPhone(), undefined);
    const emergencyNumber = phone && isolateLtr(phone);
    const words = (locale: SupportedLocale) =>
      withLocale(locale, () => ({
        problem: String(
          msg(
            'Something went wrong with this guide. If you have numbness between your legs, new problems passing urine or controlling your bowels, or weakness in both legs, call your local emergency number now.',
            { id: 'fallback.error' },
          ),
        ),
        emergency: emergencyNumber
          ? String(
              msg(
                str`If you cannot control your bladder or bowels, or both legs feel weak or numb, call ${emergencyNumber} now.`,
                { id: 'start.emergency.number' },
              ),
            )
          : '',
        retry: String(msg('Start over', { id: 'plan.start-over' })),
      }));
    // English (the messages' source text) when the reader's words cannot be had.
    return { ...safely(() => words(this.localization.locale), words(SOURCE_LOCALE)), phone };
  }

  /** The boundary, drawn without Lit (it may be what failed). */
  private showBoundary(): void {
    const root = this.shadowRoot;
    if (!root) return;
    this.adoptDocumentStyles(root);
    const locale = this.localization.locale;
    const lang = safely(() => (isLocaleReady(locale) ? locale : SOURCE_LOCALE), SOURCE_LOCALE);
    this.boundary?.remove();
    this.boundary = drawBoundary(root, this.troubleWords(), lang, () => this.retry());
  }

  private renderScreen(screen: Screen, settings: GuideSettings) {
    if (screen !== 'start' || this.restoring) {
      if (this.flowFailed) return this.renderTrouble();
      if (!this.flowReady()) {
        if (screen !== 'red-flags') return html`<p class="loading" aria-busy="true">…</p>`;
        // Start feels instant: the first question's frame at once, its options when they come.
        this.frameShown = true;
        // Every shipped locale writes these digits as Western ones (Arabic asks Intl for latn).
        return questionFrame('1', '3');
      }
      const view = this.flow!.render(settings);
      if (view !== null) return view;
    }
    return startScreen({
      emergencyNumber: settings.emergencyPhone,
      onStart: () => this.start(),
    });
  }

  private flowReady(): boolean {
    return this.flow !== undefined && this.localization.wordsReady('questions');
  }

  private start(): void {
    if (this.flow) {
      this.flow.goTo('red-flags');
      return;
    }
    this.startPressed = true;
    this.focusHeadingAfterUpdate = true;
    this.emit('bsg-screen-change', { screen: 'red-flags' });
    this.loadFlow();
  }

  private loadFlow(): void {
    if (this.flow || this.flowLoading) return;
    this.flowFailed = false;
    this.flowLoading = loadFlowModule().then(
      (module) => {
        this.flowLoading = undefined;
        this.startFlow(module);
      },
      () => {
        this.flowLoading = undefined;
        this.flowFailed = true;
        this.restoring = false;
      },
    );
  }

  private startFlow(module: FlowModule): void {
    let flow: GuideFlow;
    try {
      flow = new module.GuideFlow(this, this.shell);
    } catch {
      this.flowFailed = true;
      this.restoring = false;
      return;
    }
    this.flow = flow;
    this.styleLayers = [firstScreenStyles, module.flowStyles];
    this.adoptDocumentStyles();
    if (this.pendingAnswers !== undefined) {
      flow.answers = this.pendingAnswers;
      this.pendingAnswers = undefined;
    }
    this.remembered.restoreOnce();
    this.restoring = false;
    if (this.startPressed && flow.screen === 'start') flow.show('red-flags');
    this.startPressed = false;
  }

  /**
   * After a failure: the first screen again, and another try at anything that failed to load.
   * The answers are kept, so walking on finds them as they were.
   */
  private retry(): void {
    this.broken = false;
    this.boundary?.remove();
    this.boundary = undefined;
    this.startPressed = false;
    if (this.flow) this.flow.goTo('start');
    else {
      this.focusHeadingAfterUpdate = true;
      this.emit('bsg-screen-change', { screen: 'start' });
    }
    this.loadFlow();
    this.requestUpdate();
  }

  /** What the flow may ask of this element: intents only (kept off its public API). */
  private readonly shell: GuideShell = {
    announce: (text) => (this.announcement = text),
    emit: (type, detail) => this.emit(type, detail),
    focusHeading: () => {
      this.focusHeadingAfterUpdate = true;
      this.requestUpdate();
    },
    forget: () => this.remembered.forget(),
  };

  /** Our events cross the shadow boundary so hosts can listen on the element or above it. */
  private emit<K extends keyof BackSpasmGuideEventMap>(type: K, detail: EventDetail<K>): void {
    this.dispatchEvent(guideEvent(type, detail));
  }

  private emergencyPhone(): string | undefined {
    return (
      this.hostNumber('emergency-number', this.emergencyNumber) ??
      numbersForRegion(this.numbersRegion()?.region)?.emergency
    );
  }

  private urgentPhone(): string | undefined {
    return (
      this.hostNumber('urgent-number', this.urgentNumber) ??
      numbersForRegion(this.numbersRegion()?.region)?.sameDay
    );
  }

  private numbersRegion() {
    return numbersRegion(this.localization.requestedTag, readReaderSignals);
  }

  /** The country a number is for, named only when it was guessed from the reader's browser. */
  private phoneCountry(kind: 'emergency' | 'urgent'): string | undefined {
    const fromHost = sanitizePhoneNumber(
      kind === 'emergency' ? this.emergencyNumber : this.urgentNumber,
    );
    const region = this.numbersRegion();
    return !fromHost && region?.inferred
      ? regionName(region.region, this.localization.locale)
      : undefined;
  }

  private hostNumber(attribute: string, value: string): string | undefined {
    if (!value) return undefined;
    const digits = sanitizePhoneNumber(value);
    if (!digits)
      this.warnOnce(attribute, `${attribute} must be a phone number of digits; ignoring it`);
    return digits;
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<back-spasm-guide>: ${message}`);
  }
}
