import { html, nothing, svg, type LitElement, type ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import { flowStyles } from '../styles/flow-layer.js';
import { assess } from '../clinical/assess.js';
import { isAsked, withoutUnasked } from '../clinical/asked-questions.js';
import { askedRedFlags, isEmergencyFinding, RED_FLAG_IDS } from '../clinical/red-flags.js';
import { readPartialAnswers, validateAnswers } from '../clinical/validate.js';
import {
  emptyAnswers,
  PREGNANCY_FINDINGS,
  type Answers,
  type AssessResult,
  type Assessment,
  type EmergencyFinding,
} from '../clinical/types.js';
import { timerAnnouncementText } from '../content/timer-text.js';
import { formatCount, localIsoDate } from '../i18n/format.js';
import { withLocale } from '../i18n/localization.js';
import { SOURCE_LOCALE } from '../i18n/locales.js';
import { fillPrintDocument, type PrintPlanInput } from '../plan/print-document.js';
import { printInFrame } from '../plan/print-frame.js';
import { downloadReminders } from '../plan/reminders.js';
import { parseRememberedAnswers } from '../plan/remember.js';
import type { RememberedState } from '../shell/remember-controller.js';
import { plainCopy, tryPlainCopy } from './plain-data.js';
import { aboutScreen } from '../screens/about-screen.js';
import { emergencyScreen } from '../screens/emergency-screen.js';
import { onsetScreen } from '../screens/onset-screen.js';
import { planScreen } from '../screens/plan-screen.js';
import { redFlagsScreen } from '../screens/red-flags-screen.js';
import { tierBanner } from '../screens/tier-banner.js';
import { TimerCallBack } from '../timer/call-back.js';
import { StepTimer, type HoldSet } from '../timer/step-timer.js';
import type { QuestionError } from '../screens/controls.js';
import type { FlowScreen, GuideSettings, GuideShell } from './shell.js';

export { flowStyles };

/** The question screens: red flags, when it started, about you. */
const QUESTION_SCREENS = 3;

type IllustrationModule = typeof import('../illustrations/index.js');

/**
 * Everything after the start screen: the screens and the moves between them, the answers,
 * the assessment and the plan. It is a chunk of its own, fetched once the reader shows intent,
 * so the first screen renders without it. The element passes its settings down with every
 * render; the flow asks the element only for intents (GuideShell).
 */
export class GuideFlow implements ReactiveController {
  private current: FlowScreen = 'start';
  private draft: Answers = emptyAnswers();
  /** The one clock of the flow: read once per change of answers or of screen. */
  private today = new Date();
  /** The one assessment of the answers: made whenever they (or the clock) change. */
  private result: AssessResult = assess(this.draft, this.today);
  private settings: GuideSettings | undefined;
  private formError: QuestionError | undefined;
  /** A new message beside a question: focus goes to it after the next update. */
  private focusFormError = false;
  private illustrations: IllustrationModule | undefined;
  private warnedMalformed = false;
  private readonly timer: StepTimer;
  private readonly callBack = new TimerCallBack();
  /** The reader's own press of the mute control, else what the device kept. */
  private mutedChoice: boolean | undefined;
  /** The step whose timer control should have focus after the next update. */
  private focusTimerOf: string | undefined;

  constructor(
    private readonly host: LitElement,
    private readonly shell: GuideShell,
  ) {
    host.addController(this);
    this.timer = new StepTimer(
      host,
      (announcement) => {
        const locale = this.settings?.locale ?? SOURCE_LOCALE;
        shell.announce(withLocale(locale, () => timerAnnouncementText(locale, announcement)));
      },
      () => this.callBack.ring(this.muted),
    );
  }

  private openedForPrint: HTMLDetailsElement[] = [];

  /** Every collapsed section opens on paper (the sources print as one list of their own). */
  private readonly openForPrint = (): void => {
    const root = this.host.renderRoot as ShadowRoot;
    this.openedForPrint = [
      ...root.querySelectorAll<HTMLDetailsElement>('details:not([open]):not(.sources)'),
    ];
    for (const details of this.openedForPrint) details.open = true;
  };

  private readonly closeAfterPrint = (): void => {
    for (const details of this.openedForPrint) details.open = false;
    this.openedForPrint = [];
  };

  hostConnected(): void {
    window.addEventListener('beforeprint', this.openForPrint);
    window.addEventListener('afterprint', this.closeAfterPrint);
  }

  hostDisconnected(): void {
    this.callBack.close();
    window.removeEventListener('beforeprint', this.openForPrint);
    window.removeEventListener('afterprint', this.closeAfterPrint);
  }

  hostUpdated(): void {
    this.focusTimer();
    if (this.focusFormError) {
      this.focusFormError = false;
      (this.host.renderRoot as ShadowRoot).querySelector<HTMLElement>('[data-form-error]')?.focus();
    }
  }

  /** The screen shown now. */
  get screen(): FlowScreen {
    return this.current;
  }

  /** What `remember` keeps on the device. */
  get state(): RememberedState {
    return { answers: this.draft, screen: this.current, muted: this.muted };
  }

  get answers(): Answers {
    return plainCopy(this.draft) as Answers;
  }

  /**
   * Malformed answers are ignored with one warning. The value is copied by walking it first
   * (never cloned: a framework proxy cannot be), and the copy is what is checked and kept.
   */
  set answers(value: unknown) {
    const today = new Date();
    const copied = tryPlainCopy(value);
    const answers = copied.ok ? readPartialAnswers(copied.value, today) : undefined;
    if (!answers) {
      if (!this.warnedMalformed) console.warn('<back-spasm-guide>: ignoring malformed answers');
      this.warnedMalformed = true;
      return;
    }
    // New answers make a running timer's step meaningless: stop it without a word.
    this.timer.stop();
    this.setDraft(answers, today);
  }

  /** A copy for the host: what it does with it cannot change the plan shown. */
  get assessment(): Assessment | null {
    const assessed = this.assessed;
    return assessed && (plainCopy(assessed) as Assessment);
  }

  /** The one assessment of the answers as they are now. */
  private get assessed(): Assessment | null {
    return this.result.ok ? this.result.assessment : null;
  }

  /** Clears the answers and shows the first screen, without moving focus or firing an event. */
  reset(): void {
    this.timer.stop();
    this.setDraft(emptyAnswers());
    this.show('start');
  }

  /** Moves to a screen as the reader does: focus on its heading, and the event. */
  goTo(screen: FlowScreen): void {
    this.show(screen);
    this.shell.focusHeading();
    this.shell.emit('bsg-screen-change', { screen });
  }

  /** Shows a screen without moving focus or firing an event (a returning reader's plan). */
  show(screen: FlowScreen): void {
    this.current = screen;
    this.timer.cancel();
    this.formError = undefined;
    if (screen !== 'start') this.loadIllustrations();
    this.setDraft(this.draft); // The clock moves on with the reader.
  }

  /**
   * Shows a returning reader (the `remember` attribute) the screen they left, with their
   * answers: the plan or the emergency screen once there is one, else the question they were
   * on. False if the stored record is not usable.
   */
  restore(storedJson: string): boolean {
    const stored = parseRememberedAnswers(storedJson, new Date());
    if (!stored) return false;
    this.timer.stop();
    this.setDraft(stored.answers);
    const screen = this.resumeScreen(stored.screen);
    if (screen !== 'start') this.show(screen);
    return true;
  }

  /** Where a returning reader lands: a screen the stored answers can show. */
  private resumeScreen(screen: FlowScreen): FlowScreen {
    const tier = this.assessed?.tier;
    if (tier === 'emergency') return 'emergency';
    if (screen === 'plan' || screen === 'emergency') return tier ? 'plan' : 'red-flags';
    return screen;
  }

  private get muted(): boolean {
    return this.mutedChoice ?? this.settings?.timerMuted ?? false;
  }

  /** A timer press redraws its controls: focus stays on the timer's first control. */
  private focusTimer(): void {
    const stepId = this.focusTimerOf;
    if (stepId === undefined) return;
    this.focusTimerOf = undefined;
    const root = this.host.renderRoot as ShadowRoot;
    const step = [...root.querySelectorAll<HTMLElement>('[data-step]')].find(
      (node) => node.dataset.step === stepId,
    );
    step?.querySelector<HTMLElement>('.timer button')?.focus();
  }

  private timerAction(stepId: string, action: () => void): void {
    action();
    this.focusTimerOf = stepId;
    this.host.requestUpdate();
  }

  private toggleMute(): void {
    this.mutedChoice = !this.muted;
    this.host.requestUpdate();
  }

  /** "Step 2 of 3" above a question screen; its heading is described by it when focused. */
  private progress(step: number, settings: GuideSettings) {
    const n = formatCount(settings.locale, step);
    const total = formatCount(settings.locale, QUESTION_SCREENS);
    return html`<p class="progress muted" id="bsg-progress">
      ${msg(str`Step ${n} of ${total}`, { id: 'flow.progress' })}
    </p>`;
  }

  /** The shown screen's view, or null where the element's start screen belongs. */
  render(settings: GuideSettings) {
    this.settings = settings;
    switch (this.current) {
      case 'start':
        return null;
      case 'red-flags':
        return html`${this.progress(1, settings)}${redFlagsScreen({
          checked: new Set(RED_FLAG_IDS.filter((id) => this.draft.redFlags[id] === true)),
          none: this.draft.noRedFlags === true,
          pregnant: this.draft.pregnant,
          error: this.formError,
          onToggle: (id, checked) =>
            this.change({
              redFlags: { ...this.draft.redFlags, [id]: checked },
              noRedFlags: false,
            }),
          onToggleNone: (checked) =>
            this.change({
              noRedFlags: checked,
              redFlags: checked
                ? Object.fromEntries(
                    askedRedFlags(this.draft.pregnant === true).map((id) => [id, false]),
                  )
                : {},
            }),
          onPregnant: (pregnant) => this.changePregnancy(pregnant),
          onBack: () => this.goTo('start'),
          onNext: () => this.submitRedFlags(),
        })}`;
      case 'onset':
        return html`${this.progress(2, settings)}${this.urgentNotice()}${onsetScreen({
          onset: this.draft.onset,
          history: this.draft.history,
          today: localIsoDate(this.today),
          error: this.formError,
          onOnset: (onset) => this.change({ onset }),
          onHistory: (history) => this.change({ history }),
          onBack: () => this.goTo('red-flags'),
          onNext: () => this.submitOnset(),
        })}`;
      case 'about':
        return html`${this.progress(3, settings)}${this.urgentNotice()}${aboutScreen({
          answers: this.draft,
          askTrend: isAsked('trend', this.draft, this.today),
          error: this.formError,
          onChange: (patch) => this.change(patch),
          onBack: () => this.goTo('onset'),
          onNext: () => this.submitAbout(),
        })}`;
      case 'plan':
      case 'emergency':
        return this.renderResult(settings);
    }
  }

  /** The end of the flow, chosen by the assessment's tier alone. */
  private renderResult(settings: GuideSettings) {
    const assessment = this.assessed;
    // Answers changed under us (e.g. a host set new ones): ask again from the start.
    if (!assessment) return null;
    if (assessment.tier === 'emergency') {
      return emergencyScreen({
        assessment,
        phone: settings.emergencyPhone,
        phoneCountry: settings.emergencyCountry,
        onBack: () => this.goTo('red-flags'),
      });
    }
    const urgent = assessment.tier === 'urgent';
    const phone = urgent ? settings.urgentPhone : settings.emergencyPhone;
    const phoneCountry = urgent ? settings.urgentCountry : settings.emergencyCountry;
    if (!settings.planWordsReady) {
      // Where to get help never waits for a download; the steps follow in a moment.
      return html`${tierBanner(assessment, phone, phoneCountry)}
        <p class="loading" aria-busy="true">…</p>`;
    }
    return planScreen({
      assessment,
      locale: settings.locale,
      dateLocale: settings.dateLocale,
      phone,
      phoneCountry,
      timer: {
        active: this.timer.active,
        muted: this.muted,
        start: (stepId, seconds, set?: HoldSet) =>
          this.timerAction(stepId, () => {
            this.callBack.prepare(this.muted);
            this.timer.start(stepId, seconds, set);
          }),
        pause: (stepId) => this.timerAction(stepId, () => this.timer.pause()),
        resume: (stepId) => this.timerAction(stepId, () => this.timer.resume()),
        cancel: (stepId) => this.timerAction(stepId, () => this.timer.cancel()),
        toggleMute: () => this.toggleMute(),
      },
      illustration: (name, label) => this.illustration(name, label),
      remember: settings.remember,
      onPrint: () =>
        this.print({
          assessment,
          answers: this.draft,
          locale: settings.locale,
          dateLocale: settings.dateLocale,
          phone,
          today: this.today,
        }),
      onDownloadReminders: () =>
        downloadReminders(this.host.renderRoot as ShadowRoot, assessment, settings.locale),
      onStartOver: () => this.startOver(),
      onForget: () => {
        this.shell.forget();
        this.startOver();
      },
      onBack: () => this.goTo('about'),
    });
  }

  /** Built here, with no download, so a reader who has gone offline can still print. */
  private print(input: PrintPlanInput): void {
    printInFrame(this.host.renderRoot as ShadowRoot, (doc) => fillPrintDocument(doc, input));
  }

  /** The reader's own "Start over": focus goes to the first screen's heading. */
  private startOver(): void {
    this.reset();
    this.goTo('start');
  }

  private illustration(name: string, label: string) {
    let art: ReturnType<IllustrationModule['illustrationArt']> | undefined;
    try {
      art = this.illustrations?.illustrationArt(name, svg);
    } catch {
      art = undefined; // A drawing is a nicety: the step reads fine without it.
    }
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

  private loadIllustrations(): void {
    if (this.illustrations) return;
    import('../illustrations/index.js').then(
      (module) => {
        // An empty or cut-off drawings file (a broken CDN edge) leaves the plan without drawings.
        if (typeof module?.illustrationArt !== 'function') return;
        this.illustrations = module;
        this.host.requestUpdate();
      },
      () => undefined, // Drawings are a nicety: the plan reads fine without them.
    );
  }

  private urgentNotice() {
    // Every red flag that is not an emergency means "get seen today".
    const urgent = RED_FLAG_IDS.some(
      (id) => !isEmergencyFinding(id) && this.draft.redFlags[id] === true,
    );
    if (!urgent) return nothing;
    return html`<p class="notice notice-urgent" role="note">
      ${msg(
        'From what you ticked, a doctor should check you today. Answer a few more questions to see what is safe to do until then.',
        { id: 'notice.urgent' },
      )}
    </p>`;
  }

  /** Every change of answers: one reading of the clock, one assessment. */
  private setDraft(draft: Answers, today = new Date()): void {
    this.draft = draft;
    this.today = today;
    this.result = assess(draft, today);
    this.host.requestUpdate();
  }

  private change(patch: Partial<Answers>): void {
    this.formError = undefined;
    this.setDraft({ ...this.draft, ...patch });
  }

  /** New pregnancy signs appear or go: "None of these" must be answered again. */
  private changePregnancy(pregnant: boolean): void {
    const redFlags = { ...this.draft.redFlags };
    if (!pregnant) for (const id of PREGNANCY_FINDINGS) delete redFlags[id];
    this.change({ pregnant, redFlags, noRedFlags: false });
  }

  private showFormError(question: string, message: string): void {
    this.formError = { question, message };
    this.focusFormError = true;
    this.host.requestUpdate();
  }

  private submitRedFlags(): void {
    const anyTicked = RED_FLAG_IDS.some((id) => this.draft.redFlags[id] === true);
    if (!anyTicked && !this.draft.noRedFlags) {
      this.showFormError(
        'signs',
        msg('Please tick any sign that is true for you, or tick "None of these".', {
          id: 'redflags.error',
        }),
      );
      return;
    }
    // An emergency never waits for the pregnancy answer: the core says so before anything else.
    const emergency = this.assessed?.tier === 'emergency';
    if (!emergency && this.draft.pregnant === undefined) {
      this.showFormError(
        'pregnant',
        msg('Please say whether you are pregnant or might be.', { id: 'redflags.pregnant.error' }),
      );
      return;
    }
    const redFlags = Object.fromEntries(
      askedRedFlags(this.draft.pregnant === true).map((id) => [
        id,
        this.draft.redFlags[id] === true,
      ]),
    ) as Answers['redFlags'];
    this.setDraft({ ...this.draft, redFlags, noRedFlags: !anyTicked });
    if (this.assessed?.tier === 'emergency') {
      this.goTo('emergency');
      // In an emergency the tier's reasons are the emergency findings ticked.
      const findings = this.assessed.tierReasons as EmergencyFinding[];
      this.shell.emit('bsg-emergency-shown', { findings });
      return;
    }
    this.goTo('onset');
  }

  private submitOnset(): void {
    if (!this.draft.onset || !this.draft.history) {
      this.showFormError(
        this.draft.onset ? 'history' : 'onset',
        msg('Please choose when it started and whether it has happened before.', {
          id: 'onset.error',
        }),
      );
      return;
    }
    const onsetIssues = validateAnswers(this.draft, this.today).filter(
      (issue) => issue.question === 'onset' && issue.problem !== 'missing',
    );
    if (onsetIssues.length > 0) {
      this.showFormError(
        'onset-date',
        msg('Please choose a start date that is not in the future.', { id: 'onset.date.error' }),
      );
      return;
    }
    this.setDraft(withoutUnasked(this.draft, this.today), this.today);
    this.goTo('about');
  }

  private submitAbout(): void {
    if (!this.draft.ageBand) {
      this.showFormError('age', msg('Please choose your age group.', { id: 'about.error' }));
      return;
    }
    // How bad it is and the one-leg question decide "see a doctor soon" and the exercises.
    const assessment = this.assessed;
    if (
      this.draft.severity === undefined ||
      this.draft.oneLegSymptoms === undefined ||
      !assessment
    ) {
      this.showFormError(
        this.draft.severity === undefined ? 'severity' : 'one-leg',
        msg('Some answers are missing. Please check each question.', { id: 'about.incomplete' }),
      );
      return;
    }
    this.goTo('plan');
    const { tier, phase, steps, clinicalContent } = assessment;
    this.shell.emit('bsg-plan-shown', {
      tier,
      phase: phase!,
      stepIds: steps.map((step) => step.id),
      contentVersion: clinicalContent.version,
    });
  }
}
