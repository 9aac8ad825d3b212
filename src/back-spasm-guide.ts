import { isolateLtr } from './i18n/bidi.js';
import {
  LitElement,
  html,
  nothing,
  type CSSResultOrNative,
  type PropertyDeclaration,
  type PropertyValues,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { guideStyles } from './back-spasm-guide.styles.js';
import { emptyAnswers, type Answers, type Assessment } from './clinical/types.js';
import type { GuideFlow } from './flow/guide-flow.js';
import type { FlowScreen, GuideShell } from './flow/shell.js';
import {
  directionOf,
  isLocaleReady,
  loadLocale,
  matchLocale,
  resolveLocale,
  withLocale,
  SOURCE_LOCALE,
  type SupportedLocale,
  type WordsStage,
} from './i18n/index.js';
import { numbersForRegion, sanitizePhoneNumber } from './i18n/emergency-numbers.js';
import { numbersRegion, readReaderSignals, regionName } from './i18n/reader-region.js';
import { watchPageLanguage } from './i18n/watch-page-language.js';
import { forWarning, safeString } from './i18n/tags.js';
import { forgetAnswers, readStoredAnswers, storageKey } from './plan/storage.js';
import { startScreen } from './screens/start-screen.js';
import { VERSION } from './version.js';

export type Theme = 'light' | 'dark' | 'auto';
export type Screen = FlowScreen;

const THEMES: readonly string[] = ['light', 'dark', 'auto'];
/** How long the first screen waits for the reader's words before it shows in English. */
const LATE_WORDS_MS = 3000;

/** The guide's stylesheet constructed for each document it is shown in. */
const sheetsByDocument = new WeakMap<Document, CSSStyleSheet>();

function cssTextOf(styles: readonly CSSResultOrNative[]): string {
  return styles
    .map((style) =>
      'cssText' in style
        ? style.cssText
        : [...(style as CSSStyleSheet).cssRules].map((rule) => rule.cssText).join('\n'),
    )
    .join('\n');
}

function documentStyleSheet(doc: Document, styles: readonly CSSResultOrNative[]): CSSStyleSheet {
  let sheet = sheetsByDocument.get(doc);
  if (!sheet) {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (!Sheet) throw new Error('no CSSStyleSheet in this document');
    sheet = new Sheet();
    sheet.replaceSync(cssTextOf(styles));
    sheetsByDocument.set(doc, sheet);
  }
  return sheet;
}
/** Our events cross the shadow boundary so hosts can listen on the element or above it. */
const EVENT_INIT = { bubbles: true, composed: true } as const;

type FlowModule = typeof import('./flow/guide-flow.js');
let flowModule: Promise<FlowModule> | undefined;

/** Resolves after the next frame, so work started then cannot delay the first screen's paint. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A hidden tab draws no frames: go on after a short wait there.
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }),
    );
  });
}

/** One download of the flow for every guide on the page; a failed one may be tried again. */
function loadFlowModule(): Promise<FlowModule> {
  flowModule ??= afterNextPaint()
    .then(() => import('./flow/guide-flow.js'))
    .then((module) => {
      // A CDN edge or proxy that answers 200 with an empty or cut-off file: treat it as failed.
      if (typeof module?.GuideFlow !== 'function') throw new Error('the flow chunk is incomplete');
      return module;
    })
    .catch((error: unknown) => {
      flowModule = undefined;
      throw error;
    });
  return flowModule;
}

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
  static override styles = guideStyles;
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

  @state() private screen: Screen = 'start';
  @state() private locale: SupportedLocale = SOURCE_LOCALE;
  @state() private localeLoading = false;
  @state() private localeFailed = false;
  @state() private announcement = '';
  /** The questions and the plan: a chunk of their own, loaded once this guide is on the page. */
  @state() private flow: GuideFlow | undefined;
  @state() private flowFailed = false;

  private flowLoading: Promise<unknown> | undefined;
  /** Answers set by the host before the flow arrived; the flow checks them. */
  private pendingAnswers: unknown;
  private restoring = false;
  private requestedTag = SOURCE_LOCALE;
  private readonly warned = new Set<string>();
  private focusHeadingAfterUpdate = false;
  private restoredFromStorage = false;
  private planRequested = false;
  private stopWatchingPageLanguage: (() => void) | undefined;
  /** Shown while the first words are late: English after this long, the reader's when they come. */
  private localeWait: ReturnType<typeof setTimeout> | undefined;
  /** The document whose stylesheet the shadow root has adopted. */
  private styledFor: Document | undefined;
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
    // Before the flow arrives the value is only held: the flow copies it by walking it (a
    // framework proxy cannot be cloned) and checks the copy.
    if (this.flow) this.flow.answers = value;
    else this.pendingAnswers = value;
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
    this.clearAnswers();
    this.show('start');
    this.dispatchEvent(
      new CustomEvent('bsg-screen-change', { detail: { screen: 'start' }, ...EVENT_INIT }),
    );
  }

  private clearAnswers(): void {
    this.pendingAnswers = undefined;
    this.flow?.clear();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.adoptDocumentStyles();
    this.applyLocale();
    // Without a lang of its own, the guide follows its ancestors' and the page's.
    this.stopWatchingPageLanguage?.();
    this.stopWatchingPageLanguage = watchPageLanguage(this.ownerDocument, () => {
      if (this.lang.trim()) return;
      this.applyLocale();
      this.requestUpdate(); // The region, and so the emergency number, may have changed alone.
    });
    if (this.remember && !this.restoredFromStorage && readStoredAnswers(this.storageKey()))
      this.restoring = true;
    this.loadFlow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingPageLanguage?.();
    this.stopWatchingPageLanguage = undefined;
    clearTimeout(this.localeWait);
  }

  /**
   * The shadow root with the guide's styles as a stylesheet constructed for the document the
   * element is in: a constructed stylesheet belongs to one document, and Lit's shared one
   * cannot be adopted inside a same-origin iframe (an editor canvas, a preview pane).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.adoptDocumentStyles(root);
    return root;
  }

  private adoptDocumentStyles(root = this.shadowRoot): void {
    if (!root) return;
    const doc = this.ownerDocument;
    if (this.styledFor === doc && root.adoptedStyleSheets.length > 0) return;
    this.styledFor = doc;
    const styles = (this.constructor as typeof LitElement).elementStyles;
    try {
      root.adoptedStyleSheets = [documentStyleSheet(doc, styles)];
      root.querySelector(':scope > style[data-bsg]')?.remove();
    } catch {
      // No constructed stylesheets in this document: a <style> element instead.
      let style = root.querySelector<HTMLStyleElement>(':scope > style[data-bsg]');
      if (!style) {
        style = doc.createElement('style');
        style.dataset['bsg'] = '';
        root.prepend(style);
      }
      style.textContent = cssTextOf(styles);
    }
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
    if (changed.has('lang') && this.hasUpdated) this.applyLocale();
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      this.warnOnce('theme', `unknown theme "${forWarning(this.theme)}"; using "auto"`);
      this.theme = 'auto';
    }
    if (changed.has('remember') && this.remember && !this.restoredFromStorage)
      this.restoreAnswers();
    if (changed.has('remember') && !this.remember && changed.get('remember'))
      forgetAnswers(this.storageKey());
  }

  protected override updated(): void {
    if (!this.focusHeadingAfterUpdate) return;
    const heading = this.renderRoot.querySelector<HTMLElement>('[data-screen-heading]');
    if (!heading) return; // Still loading: focus the heading once it is drawn.
    this.focusHeadingAfterUpdate = false;
    heading.focus();
  }

  protected override render() {
    // After a failure the boundary shows instead, until the reader presses its button.
    if (this.broken) return nothing;
    return withLocale(this.locale, () => this.renderCard());
  }

  private renderCard() {
    // Until the flow and its words arrive, the placeholder keeps the first screen's height.
    const reserve = this.screen === 'start' || !this.flowReady() ? 'reserve-first-screen' : '';
    return html`
      <div
        class="card screen-${this.screen} ${reserve}"
        part="card"
        dir=${directionOf(this.locale)}
        lang=${this.locale}
        aria-busy=${this.localeLoading ? 'true' : 'false'}
      >
        ${
          this.localeFailed
            ? html`<p class="muted locale-note" role="note">
                ${msg('This guide could not load your language, so it is shown in English.', {
                  id: 'locale.failed',
                })}
              </p>`
            : nothing
        }
        ${this.localeLoading ? html`<p class="loading">…</p>` : this.renderScreen()}
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
          ? html`<p class="emergency-note">
              ${words.emergency}
              <a class="call" part="call-link" href="tel:${words.phone}">${words.phone}</a>
            </p>`
          : nothing
      }
      <button part="button" @click=${() => this.retry()}>${words.retry}</button>`;
  }

  /** The boundary's words, in the reader's language when its words have loaded, else English. */
  private troubleWords(): { problem: string; emergency: string; retry: string; phone?: string } {
    const phone = this.safely(() => this.emergencyPhone(), undefined);
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
    return { ...this.safely(() => words(this.locale), words(SOURCE_LOCALE)), phone };
  }

  /** The boundary drawn with plain DOM (no templates, no innerHTML), so it works without Lit. */
  private showBoundary(): void {
    const root = this.shadowRoot;
    if (!root) return;
    this.adoptDocumentStyles(root);
    const doc = this.ownerDocument;
    const words = this.troubleWords();
    const box = doc.createElement('div');
    box.className = 'card trouble';
    box.setAttribute('part', 'card');
    box.setAttribute('role', 'alert');
    const lang = this.safely(
      () => (isLocaleReady(this.locale) ? this.locale : SOURCE_LOCALE),
      'en',
    );
    box.lang = lang;
    box.dir = directionOf(lang);
    const problem = doc.createElement('p');
    problem.textContent = words.problem;
    box.append(problem);
    if (words.phone) {
      const line = doc.createElement('p');
      line.className = 'emergency-note';
      line.textContent = `${words.emergency} `;
      const call = doc.createElement('a');
      call.className = 'call';
      call.setAttribute('part', 'call-link');
      call.href = `tel:${words.phone}`;
      call.textContent = words.phone;
      line.append(call);
      box.append(line);
    }
    const retry = doc.createElement('button');
    retry.setAttribute('part', 'button');
    retry.type = 'button';
    retry.textContent = words.retry;
    retry.addEventListener('click', () => this.retry());
    box.append(retry);
    this.boundary?.remove();
    this.boundary = box;
    // Before Lit's own content, which is cleared from its marker onwards.
    root.insertBefore(box, root.firstChild);
  }

  private safely<T>(fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch {
      return fallback;
    }
  }

  private renderScreen() {
    if (this.screen !== 'start' || this.restoring) {
      if (this.flowFailed) return this.renderTrouble();
      if (!this.flowReady()) return html`<p class="loading" aria-busy="true">…</p>`;
      const view = this.flow!.render(this.screen);
      if (view !== null) return view;
    }
    return startScreen({
      emergencyNumber: this.emergencyPhone(),
      onStart: () => this.goTo('red-flags'),
    });
  }

  private flowReady(): boolean {
    return this.flow !== undefined && isLocaleReady(this.locale, 'questions');
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
    if (this.pendingAnswers !== undefined) {
      flow.answers = this.pendingAnswers;
      this.pendingAnswers = undefined;
    }
    if (this.remember && !this.restoredFromStorage) this.restoreAnswers();
    this.restoring = false;
    if (this.screen !== 'start') flow.screenChanged(this.screen);
  }

  /**
   * After a failure: the first screen again, and another try at anything that failed to load.
   * The answers are kept, so walking on finds them as they were.
   */
  private retry(): void {
    this.broken = false;
    this.boundary?.remove();
    this.boundary = undefined;
    this.goTo('start');
    this.loadFlow();
    this.requestUpdate();
  }

  /** What the flow may use of this element (kept off its public API). */
  private readonly shell: GuideShell = {
    goTo: (screen) => this.goTo(screen),
    resume: (screen) => this.show(screen),
    reset: () => {
      // The reader's own "Start over" or "Forget": focus goes to the first screen's heading.
      this.clearAnswers();
      this.goTo('start');
    },
    locale: () => this.locale,
    dateLocale: () =>
      matchLocale(this.requestedTag) === this.locale ? this.requestedTag : this.locale,
    planWordsReady: () => isLocaleReady(this.locale, 'plan'),
    emergencyPhone: () => this.emergencyPhone(),
    urgentPhone: () => this.urgentPhone(),
    phoneCountry: (kind) => this.phoneCountry(kind),
    remembering: () => this.remember,
    storageKey: () => this.storageKey(),
    screen: () => this.screen,
    announce: (text) => (this.announcement = text),
    warnOnce: (key, message) => this.warnOnce(key, message),
  };

  /**
   * Fetches a stage of the reader's words in the background, ahead of the screens that show
   * them: the questions' as soon as the first screen is up, the plan's once the reader starts.
   */
  private prefetchWords(stage: WordsStage): void {
    if (isLocaleReady(this.locale, stage)) return;
    const locale = this.locale;
    loadLocale(locale, stage).then(
      () => this.requestUpdate(),
      () => {
        // The rest of the guide then shows in English, with the note that says so.
        if (this.locale !== locale) return;
        this.locale = SOURCE_LOCALE;
        this.localeFailed = true;
      },
    );
  }

  private goTo(screen: Screen): void {
    this.show(screen);
    this.focusHeadingAfterUpdate = true;
    this.dispatchEvent(new CustomEvent('bsg-screen-change', { detail: { screen }, ...EVENT_INIT }));
  }

  private show(screen: Screen): void {
    this.screen = screen;
    if (screen !== 'start') {
      this.planRequested = true;
      this.prefetchWords('questions');
      this.prefetchWords('plan');
    }
    this.flow?.screenChanged(screen);
  }

  private restoreAnswers(): void {
    if (!this.flow) return; // startFlow() restores once the flow has loaded.
    this.restoredFromStorage = true;
    this.flow.restore();
  }

  private showLocale(locale: SupportedLocale): void {
    clearTimeout(this.localeWait);
    this.locale = locale;
    this.localeLoading = false;
    this.localeFailed = false;
    this.prefetchWords('questions');
  }

  /** This guide's key for `remember`: its id, else its position among the page's guides. */
  private storageKey(): string {
    const id = this.safely(() => safeString(this.getAttribute('id')), '');
    const position = this.safely(
      () => [...this.ownerDocument.querySelectorAll(this.localName)].indexOf(this),
      0,
    );
    return storageKey(id, Math.max(0, position));
  }

  private applyLocale(): void {
    if (!this.isConnected) return;
    const resolved = resolveLocale(this, this.lang);
    if (resolved.unsupported) {
      this.warnOnce(
        'lang',
        `unsupported language "${forWarning(resolved.requestedTag)}"; using English`,
      );
    }
    this.requestedTag = resolved.requestedTag;
    const wanted = resolved.locale;
    this.localeFailed = false;
    // Once the reader has started, a new language brings every stage's words before it shows.
    const stages: WordsStage[] = this.planRequested ? ['first', 'questions', 'plan'] : ['first'];
    if (stages.every((stage) => isLocaleReady(wanted, stage))) {
      this.showLocale(wanted);
      return;
    }
    // First paint shows a quiet placeholder; a later change keeps the old words until the new arrive.
    this.localeLoading = !this.hasUpdated || this.localeLoading;
    if (this.localeLoading) {
      // Words that are very late: English (with the note) until they come, never only "…".
      clearTimeout(this.localeWait);
      this.localeWait = setTimeout(() => {
        if (!this.localeLoading) return;
        this.locale = SOURCE_LOCALE;
        this.localeLoading = false;
        this.localeFailed = true;
      }, LATE_WORDS_MS);
    }
    Promise.all(stages.map((stage) => loadLocale(wanted, stage))).then(
      () => {
        if (resolveLocale(this, this.lang).locale === wanted) this.showLocale(wanted);
      },
      () => {
        clearTimeout(this.localeWait);
        this.locale = SOURCE_LOCALE;
        this.localeLoading = false;
        this.localeFailed = true;
      },
    );
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
    return numbersRegion(this.requestedTag, readReaderSignals);
  }

  /** The country a number is for, named only when it was guessed from the reader's browser. */
  private phoneCountry(kind: 'emergency' | 'urgent'): string | undefined {
    const fromHost = sanitizePhoneNumber(
      kind === 'emergency' ? this.emergencyNumber : this.urgentNumber,
    );
    const region = this.numbersRegion();
    return !fromHost && region?.inferred ? regionName(region.region, this.locale) : undefined;
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
