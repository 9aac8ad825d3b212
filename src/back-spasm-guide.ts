import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { guideStyles } from './back-spasm-guide.styles.js';
import { assess } from './clinical/assess.js';
import { isEmergencyFinding } from './clinical/red-flags.js';
import { validateAnswers } from './clinical/validate.js';
import {
  ANSWERS_VERSION,
  EMERGENCY_FINDINGS,
  URGENT_FINDINGS,
  type Answers,
  type Assessment,
  type RedFlagId,
} from './clinical/types.js';
import {
  directionOf,
  isLocaleReady,
  loadLocale,
  matchLocale,
  regionOf,
  resolveLocale,
  withLocale,
  SOURCE_LOCALE,
  type SupportedLocale,
} from './i18n/index.js';
import { numbersForRegion, sanitizePhoneNumber } from './i18n/emergency-numbers.js';
import { localIsoDate } from './i18n/format.js';
import { forgetAnswers, loadRememberedAnswers, rememberAnswers } from './plan/remember.js';
import { aboutScreen } from './screens/about-screen.js';
import { emergencyScreen } from './screens/emergency-screen.js';
import { onsetScreen } from './screens/onset-screen.js';
import { tierBanner } from './screens/tier-banner.js';
import { planScreen } from './screens/plan-screen.js';
import { downloadReminders } from './plan/reminders.js';
import { timerAnnouncementText } from './content/timer-text.js';
import { redFlagsScreen } from './screens/red-flags-screen.js';
import { startScreen } from './screens/start-screen.js';
import { StepTimer, type TimerAnnouncement } from './timer/step-timer.js';
import { VERSION } from './version.js';

export type Theme = 'light' | 'dark' | 'auto';
export type Screen = 'start' | 'red-flags' | 'onset' | 'about' | 'plan' | 'emergency';

const THEMES: readonly string[] = ['light', 'dark', 'auto'];
/** Our events cross the shadow boundary so hosts can listen on the element or above it. */
const EVENT_INIT = { bubbles: true, composed: true } as const;
const RED_FLAG_IDS: readonly RedFlagId[] = [...EMERGENCY_FINDINGS, ...URGENT_FINDINGS];

type IllustrationModule = typeof import('./illustrations/index.js');

function emptyAnswers(): Answers {
  return { version: ANSWERS_VERSION, redFlags: {} };
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

  @state() private screen: Screen = 'start';
  @state() private draft: Answers = emptyAnswers();
  @state() private formError: string | undefined;
  @state() private locale: SupportedLocale = SOURCE_LOCALE;
  @state() private localeLoading = false;
  @state() private localeFailed = false;
  @state() private announcement = '';
  @state() private illustrations: IllustrationModule | undefined;

  private requestedTag = SOURCE_LOCALE;
  private readonly warned = new Set<string>();
  private focusHeadingAfterUpdate = false;
  private restoredFromStorage = false;
  private planRequested = false;
  private readonly timer = new StepTimer(this, (announcement) => this.announceTimer(announcement));

  /** The answers so far; set it to resume or prefill. Malformed values are ignored with a warning. */
  get answers(): Answers {
    return structuredClone(this.draft);
  }

  set answers(value: Answers) {
    const issues = validateAnswers(value, new Date()).filter(
      (issue) => issue.problem !== 'missing',
    );
    if (issues.length > 0 || typeof value !== 'object' || value === null) {
      this.warnOnce('answers', 'ignoring malformed answers');
      return;
    }
    this.draft = { ...emptyAnswers(), ...structuredClone(value) };
  }

  /** The current assessment, or null while the answers are incomplete. */
  get assessment(): Assessment | null {
    const result = assess(this.draft, new Date());
    return result.ok ? result.assessment : null;
  }

  /** Clears the answers and returns to the first screen. */
  reset(): void {
    this.timer.cancel();
    this.draft = emptyAnswers();
    this.formError = undefined;
    this.goTo('start');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyLocale();
    if (this.remember && !this.restoredFromStorage) this.restoreAnswers();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') && this.hasUpdated) this.applyLocale();
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      this.warnOnce('theme', `unknown theme "${String(this.theme)}"; using "auto"`);
      this.theme = 'auto';
    }
    if (changed.has('remember') && this.remember && !this.restoredFromStorage)
      this.restoreAnswers();
    if (changed.has('remember') && !this.remember && changed.get('remember')) forgetAnswers();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.focusHeadingAfterUpdate) {
      this.focusHeadingAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('[data-screen-heading]')?.focus();
    }
    const draftChanged = (changed as Map<string, unknown>).get('draft') !== undefined;
    if (draftChanged && this.remember) {
      const empty = JSON.stringify(this.draft) === JSON.stringify(emptyAnswers());
      if (empty) forgetAnswers();
      else rememberAnswers(this.draft);
    }
  }

  protected override render() {
    return withLocale(this.locale, () => {
      try {
        return this.renderCard();
      } catch (error) {
        console.error('<back-spasm-guide>: could not render', error);
        return this.renderFallback();
      }
    });
  }

  private renderCard() {
    return html`
      <div
        class="card screen-${this.screen}"
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

  private renderFallback() {
    return html`<div class="card" part="card">
      <p>
        ${msg(
          'Something went wrong with this guide. If you have numbness between your legs, new problems passing urine or controlling your bowels, or weakness in both legs, call your local emergency number now.',
          { id: 'fallback.error' },
        )}
      </p>
      <button part="button" @click=${() => this.reset()}>
        ${msg('Start over', { id: 'plan.start-over' })}
      </button>
    </div>`;
  }

  private renderScreen() {
    switch (this.screen) {
      case 'start':
        return startScreen({
          emergencyNumber: this.emergencyPhone(),
          onStart: () => this.goTo('red-flags'),
        });
      case 'red-flags':
        return redFlagsScreen({
          checked: new Set(RED_FLAG_IDS.filter((id) => this.draft.redFlags[id] === true)),
          none: this.draft.noRedFlags === true,
          error: this.formError,
          onToggle: (id, checked) =>
            this.update_({
              redFlags: { ...this.draft.redFlags, [id]: checked },
              noRedFlags: false,
            }),
          onToggleNone: (checked) =>
            this.update_({
              noRedFlags: checked,
              redFlags: checked ? Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])) : {},
            }),
          onBack: () => this.goTo('start'),
          onNext: () => this.submitRedFlags(),
        });
      case 'onset':
        return html`${this.urgentNotice()}${onsetScreen({
          onset: this.draft.onset,
          history: this.draft.history,
          today: localIsoDate(new Date()),
          error: this.formError,
          onOnset: (onset) => this.update_({ onset }),
          onHistory: (history) => this.update_({ history }),
          onBack: () => this.goTo('red-flags'),
          onNext: () => this.submitOnset(),
        })}`;
      case 'about':
        return html`${this.urgentNotice()}${aboutScreen({
          answers: this.draft,
          askTrend: this.askTrend(),
          error: this.formError,
          onChange: (patch) => this.update_(patch),
          onBack: () => this.goTo('onset'),
          onNext: () => this.submitAbout(),
        })}`;
      case 'plan':
      case 'emergency':
        return this.renderResult();
    }
  }

  private renderResult() {
    const result = assess(this.draft, new Date());
    if (!result.ok) {
      // Answers changed under us (e.g. a host set new ones): ask again from the start.
      return startScreen({
        emergencyNumber: this.emergencyPhone(),
        onStart: () => this.goTo('red-flags'),
      });
    }
    const assessment = result.assessment;
    if (assessment.tier === 'emergency') {
      return emergencyScreen({
        assessment,
        phone: this.emergencyPhone(),
        onBack: () => this.goTo('red-flags'),
      });
    }
    const phone = assessment.tier === 'urgent' ? this.urgentPhone() : this.emergencyPhone();
    if (!isLocaleReady(this.locale, 'plan')) {
      // Where to get help never waits for a download; the steps follow in a moment
      // (goTo() and restoreAnswers() already started fetching them).
      return html`${tierBanner(assessment.tier, assessment.tierReasons, phone)}
        <p class="loading" aria-busy="true">…</p>`;
    }
    return planScreen({
      assessment,
      locale: this.locale,
      dateLocale: matchLocale(this.requestedTag) === this.locale ? this.requestedTag : this.locale,
      phone,
      timer: {
        active: this.timer.active,
        start: (stepId, seconds) => this.timer.start(stepId, seconds),
        pause: () => this.timer.pause(),
        resume: () => this.timer.resume(),
        cancel: () => this.timer.cancel(),
      },
      illustration: (name, label) => this.illustration(name, label),
      remember: this.remember,
      onPrint: () => window.print(),
      onDownloadReminders: () =>
        downloadReminders(this.renderRoot as ShadowRoot, assessment, this.locale),
      onStartOver: () => this.reset(),
      onForget: () => {
        forgetAnswers();
        this.reset();
      },
      onBack: () => this.goTo('about'),
    });
  }

  private illustration(name: string, label: string) {
    const art = this.illustrations?.illustrationArt(name, svg);
    if (!art) return nothing;
    return html`<svg
      class="illustration"
      viewBox=${this.illustrations!.ILLUSTRATION_VIEWBOX}
      role="img"
      aria-label=${label}
    >
      ${art}
    </svg>`;
  }

  private urgentNotice() {
    const urgent = URGENT_FINDINGS.some((id) => this.draft.redFlags[id] === true);
    if (!urgent) return nothing;
    return html`<p class="notice notice-urgent" role="note">
      ${msg(
        'From what you ticked, a doctor should check you today. Answer a few more questions to see what is safe to do until then.',
        { id: 'notice.urgent' },
      )}
    </p>`;
  }

  private update_(patch: Partial<Answers>): void {
    this.draft = { ...this.draft, ...patch };
    this.formError = undefined;
  }

  private submitRedFlags(): void {
    const anyTicked = RED_FLAG_IDS.some((id) => this.draft.redFlags[id] === true);
    if (!anyTicked && !this.draft.noRedFlags) {
      this.showFormError(
        msg('Please tick any sign that is true for you, or tick "None of these".', {
          id: 'redflags.error',
        }),
      );
      return;
    }
    const redFlags = Object.fromEntries(
      RED_FLAG_IDS.map((id) => [id, this.draft.redFlags[id] === true]),
    ) as Answers['redFlags'];
    this.draft = { ...this.draft, redFlags, noRedFlags: !anyTicked };
    const emergency = RED_FLAG_IDS.filter((id) => redFlags[id] && isEmergencyFinding(id));
    if (emergency.length > 0) {
      this.goTo('emergency');
      this.dispatchEvent(
        new CustomEvent('bsg-emergency-shown', { detail: { findings: emergency }, ...EVENT_INIT }),
      );
      return;
    }
    this.goTo('onset');
  }

  private submitOnset(): void {
    if (!this.draft.onset || !this.draft.history) {
      this.showFormError(
        msg('Please choose when it started and whether it has happened before.', {
          id: 'onset.error',
        }),
      );
      return;
    }
    const onsetIssues = validateAnswers(this.draft, new Date()).filter(
      (issue) => issue.question === 'onset' && issue.problem !== 'missing',
    );
    if (onsetIssues.length > 0) {
      this.showFormError(
        msg('Please choose a start date that is not in the future.', { id: 'onset.date.error' }),
      );
      return;
    }
    if (!this.askTrend()) this.draft = { ...this.draft, trend: undefined };
    this.goTo('about');
  }

  private submitAbout(): void {
    if (!this.draft.ageBand) {
      this.showFormError(msg('Please choose your age group.', { id: 'about.error' }));
      return;
    }
    const result = assess(this.draft, new Date());
    if (!result.ok) {
      this.showFormError(
        msg('Some answers are missing. Please check each question.', { id: 'about.incomplete' }),
      );
      return;
    }
    this.goTo('plan');
    const { tier, phase, steps } = result.assessment;
    const stepIds = steps.map((step) => step.id);
    this.dispatchEvent(
      new CustomEvent('bsg-plan-shown', { detail: { tier, phase, stepIds }, ...EVENT_INIT }),
    );
  }

  /**
   * Loads the plan's words in the reader's language and the drawings, in the background from
   * the moment the reader starts, so the plan is ready when they reach it.
   */
  private preparePlan(): void {
    this.planRequested = true;
    if (!isLocaleReady(this.locale, 'plan')) {
      const locale = this.locale;
      loadLocale(locale, 'plan').then(
        () => this.requestUpdate(),
        () => {
          // The plan then shows in English, with the note that says so.
          if (this.locale !== locale) return;
          this.locale = SOURCE_LOCALE;
          this.localeFailed = true;
        },
      );
    }
    if (!this.illustrations) {
      import('./illustrations/index.js').then(
        (module) => (this.illustrations = module),
        () => undefined, // Drawings are a nicety: the plan reads fine without them.
      );
    }
  }

  /** Whether to ask "is it getting better?": only once it has lasted a few days. */
  private askTrend(): boolean {
    const onset = this.draft.onset;
    if (!onset) return false;
    if (onset.kind === 'span') return !['today', '1-2-days'].includes(onset.span);
    if (onset.kind === 'duration') {
      const hours = { hours: 1, days: 24, weeks: 168 }[onset.unit] * onset.value;
      return hours >= 48;
    }
    const [year, month, day] = onset.date.split('-').map(Number);
    const now = new Date();
    const days =
      (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) -
        Date.UTC(year!, month! - 1, day!)) /
      86_400_000;
    return days >= 2;
  }

  private showFormError(message: string): void {
    this.formError = message;
  }

  private goTo(screen: Screen): void {
    if (screen !== this.screen) this.timer.cancel();
    this.screen = screen;
    this.formError = undefined;
    this.focusHeadingAfterUpdate = true;
    if (screen !== 'start') this.preparePlan();
    this.dispatchEvent(new CustomEvent('bsg-screen-change', { detail: { screen }, ...EVENT_INIT }));
  }

  private restoreAnswers(): void {
    this.restoredFromStorage = true;
    const stored = loadRememberedAnswers(new Date());
    if (!stored) return;
    this.draft = stored;
    const result = assess(stored, new Date());
    if (result.ok) this.screen = result.assessment.tier === 'emergency' ? 'emergency' : 'plan';
    if (this.screen === 'plan') this.preparePlan();
  }

  private applyLocale(): void {
    if (!this.isConnected) return;
    const resolved = resolveLocale(this, this.lang);
    if (resolved.unsupported) {
      this.warnOnce('lang', `unsupported language "${resolved.requestedTag}"; using English`);
    }
    this.requestedTag = resolved.requestedTag;
    const wanted = resolved.locale;
    this.localeFailed = false;
    // Once the plan is on its way, a new language brings the plan's words too.
    const parts = this.planRequested ? (['questions', 'plan'] as const) : (['questions'] as const);
    if (parts.every((part) => isLocaleReady(wanted, part))) {
      this.locale = wanted;
      this.localeLoading = false;
      return;
    }
    // First paint shows a quiet placeholder; a later change keeps the old words until the new arrive.
    this.localeLoading = !this.hasUpdated || this.localeLoading;
    Promise.all(parts.map((part) => loadLocale(wanted, part))).then(
      () => {
        if (resolveLocale(this, this.lang).locale !== wanted) return;
        this.locale = wanted;
        this.localeLoading = false;
      },
      () => {
        this.locale = SOURCE_LOCALE;
        this.localeLoading = false;
        this.localeFailed = true;
      },
    );
  }

  private announceTimer(announcement: TimerAnnouncement): void {
    this.announcement = withLocale(this.locale, () =>
      timerAnnouncementText(this.locale, announcement),
    );
  }

  private emergencyPhone(): string | undefined {
    return (
      this.hostNumber('emergency-number', this.emergencyNumber) ??
      numbersForRegion(regionOf(this.requestedTag))?.emergency
    );
  }

  private urgentPhone(): string | undefined {
    return (
      this.hostNumber('urgent-number', this.urgentNumber) ??
      numbersForRegion(regionOf(this.requestedTag))?.sameDay
    );
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
