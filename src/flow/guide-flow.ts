import { html, nothing, svg, type LitElement, type ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import { assess, trendIsAsked } from '../clinical/assess.js';
import { askedRedFlags, isEmergencyFinding, RED_FLAG_IDS } from '../clinical/red-flags.js';
import { readPartialAnswers, validateAnswers } from '../clinical/validate.js';
import {
  emptyAnswers,
  PREGNANCY_FINDINGS,
  type Answers,
  type Assessment,
} from '../clinical/types.js';
import { timerAnnouncementText } from '../content/timer-text.js';
import { formatCount, localIsoDate } from '../i18n/format.js';
import { withLocale } from '../i18n/localization.js';
import type { SupportedLocale } from '../i18n/locales.js';
import { fillPrintDocument, type PrintPlanInput } from '../plan/print-document.js';
import { printInFrame } from '../plan/print-frame.js';
import { downloadReminders } from '../plan/reminders.js';
import { loadRememberedAnswers } from '../plan/remember.js';
import {
  forgetAnswers,
  readTimerMuted,
  rememberAnswers,
  writeTimerMuted,
} from '../plan/storage.js';
import { plainCopy, tryPlainCopy } from './plain-data.js';
import { aboutScreen } from '../screens/about-screen.js';
import { emergencyScreen } from '../screens/emergency-screen.js';
import { onsetScreen } from '../screens/onset-screen.js';
import { planScreen } from '../screens/plan-screen.js';
import { redFlagsScreen } from '../screens/red-flags-screen.js';
import { tierBanner } from '../screens/tier-banner.js';
import { TimerCallBack } from '../timer/call-back.js';
import { StepTimer, type HoldSet } from '../timer/step-timer.js';
import type { FlowScreen, GuideShell } from './shell.js';

const EVENT_INIT = { bubbles: true, composed: true } as const;
/** The question screens: red flags, when it started, about you. */
const QUESTION_SCREENS = 3;

type IllustrationModule = typeof import('../illustrations/index.js');

/**
 * Everything after the start screen: the questions, the answers, the assessment and the plan.
 * It is a chunk of its own, fetched as soon as a guide is on the page, so the first screen
 * renders without it.
 */
export class GuideFlow implements ReactiveController {
  private draft: Answers = emptyAnswers();
  private formError: string | undefined;
  private illustrations: IllustrationModule | undefined;
  private rememberedJson = JSON.stringify({ answers: emptyAnswers(), screen: 'start' });
  private readonly timer: StepTimer;
  private readonly callBack = new TimerCallBack();
  /** The tone is off; kept on the device only with `remember`. */
  private muted = false;
  private mutedRead = false;
  /** The step whose timer control should have focus after the next update. */
  private focusTimerOf: string | undefined;

  constructor(
    private readonly host: LitElement,
    private readonly shell: GuideShell,
  ) {
    host.addController(this);
    this.timer = new StepTimer(
      host,
      (announcement) =>
        shell.announce(
          withLocale(shell.locale(), () => timerAnnouncementText(shell.locale(), announcement)),
        ),
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

  get answers(): Answers {
    return plainCopy(this.draft) as Answers;
  }

  /**
   * Malformed answers are ignored with one warning. The value is copied by walking it first
   * (never cloned: a framework proxy cannot be), and the copy is what is checked and kept.
   */
  set answers(value: unknown) {
    const copied = tryPlainCopy(value);
    const answers = copied.ok ? readPartialAnswers(copied.value, new Date()) : undefined;
    if (!answers) {
      this.shell.warnOnce('answers', 'ignoring malformed answers');
      return;
    }
    // New answers make a running timer's step meaningless: stop it without a word.
    this.timer.stop();
    this.setDraft(answers);
  }

  get assessment(): Assessment | null {
    const result = assess(this.draft, new Date());
    return result.ok ? result.assessment : null;
  }

  clear(): void {
    this.timer.stop();
    this.setDraft(emptyAnswers());
  }

  /** Called by the shell on every move between screens. */
  screenChanged(screen: FlowScreen): void {
    this.timer.cancel();
    this.formError = undefined;
    if (screen !== 'start') this.loadIllustrations();
  }

  /**
   * Shows a returning reader (the `remember` attribute) the screen they left, with their
   * answers: the plan or the emergency screen once there is one, else the question they were
   * on. True if anything was stored.
   */
  restore(): boolean {
    const key = this.shell.storageKey();
    const stored = loadRememberedAnswers(key, new Date());
    if (!stored) return false;
    this.timer.stop();
    this.setDraft(stored.answers);
    const screen = this.resumeScreen(stored.answers, stored.screen);
    this.rememberedJson = JSON.stringify({ answers: stored.answers, screen });
    if (screen !== 'start') this.shell.resume(screen);
    return true;
  }

  /** Where a returning reader lands: a screen the stored answers can show. */
  private resumeScreen(answers: Answers, screen: FlowScreen): FlowScreen {
    const result = assess(answers, new Date());
    const emergency = RED_FLAG_IDS.some((id) => answers.redFlags[id] && isEmergencyFinding(id));
    if (result.ok && result.assessment.tier === 'emergency') return 'emergency';
    if (screen === 'plan' || screen === 'emergency') {
      if (result.ok) return 'plan';
      return emergency ? 'emergency' : 'red-flags';
    }
    return screen;
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
    this.muted = !this.muted;
    if (this.shell.remembering()) writeTimerMuted(this.shell.storageKey(), this.muted);
    this.host.requestUpdate();
  }

  /** Keeps this guide's answers and screen on the device while `remember` is on. */
  hostUpdated(): void {
    this.focusTimer();
    if (!this.shell.remembering()) return;
    const screen = this.shell.screen();
    const empty = JSON.stringify(this.draft) === JSON.stringify(emptyAnswers());
    const json = JSON.stringify({ answers: this.draft, screen });
    if (json === this.rememberedJson) return;
    this.rememberedJson = json;
    const key = this.shell.storageKey();
    if (empty && screen === 'start') forgetAnswers(key);
    else rememberAnswers(key, { answers: this.draft, screen });
  }

  /** "Step 2 of 3" above a question screen; its heading is described by it when focused. */
  private progress(step: number) {
    const locale = this.shell.locale();
    const n = formatCount(locale, step);
    const total = formatCount(locale, QUESTION_SCREENS);
    return html`<p class="progress muted" id="bsg-progress">
      ${msg(str`Step ${n} of ${total}`, { id: 'flow.progress' })}
    </p>`;
  }

  /** The screen's view, or null where the shell's start screen belongs. */
  render(screen: FlowScreen) {
    switch (screen) {
      case 'start':
        return null;
      case 'red-flags':
        return html`${this.progress(1)}${redFlagsScreen({
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
          onBack: () => this.shell.goTo('start'),
          onNext: () => this.submitRedFlags(),
        })}`;
      case 'onset':
        return html`${this.progress(2)}${this.urgentNotice()}${onsetScreen({
          onset: this.draft.onset,
          history: this.draft.history,
          today: localIsoDate(new Date()),
          error: this.formError,
          onOnset: (onset) => this.change({ onset }),
          onHistory: (history) => this.change({ history }),
          onBack: () => this.shell.goTo('red-flags'),
          onNext: () => this.submitOnset(),
        })}`;
      case 'about':
        return html`${this.progress(3)}${this.urgentNotice()}${aboutScreen({
          answers: this.draft,
          askTrend: this.askTrend(),
          error: this.formError,
          onChange: (patch) => this.change(patch),
          onBack: () => this.shell.goTo('onset'),
          onNext: () => this.submitAbout(),
        })}`;
      case 'plan':
      case 'emergency':
        return this.renderResult();
    }
  }

  private renderResult() {
    const result = assess(this.draft, new Date());
    // Answers changed under us (e.g. a host set new ones): ask again from the start.
    if (!result.ok) return null;
    const assessment = result.assessment;
    if (assessment.tier === 'emergency') {
      return emergencyScreen({
        assessment,
        phone: this.shell.emergencyPhone(),
        onBack: () => this.shell.goTo('red-flags'),
      });
    }
    const phone =
      assessment.tier === 'urgent' ? this.shell.urgentPhone() : this.shell.emergencyPhone();
    const locale: SupportedLocale = this.shell.locale();
    if (!this.shell.planWordsReady()) {
      // Where to get help never waits for a download; the steps follow in a moment.
      return html`${tierBanner(assessment, phone)}
        <p class="loading" aria-busy="true">…</p>`;
    }
    if (!this.mutedRead && this.shell.remembering()) {
      this.mutedRead = true;
      this.muted = readTimerMuted(this.shell.storageKey());
    }
    return planScreen({
      assessment,
      locale,
      dateLocale: this.shell.dateLocale(),
      phone,
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
      remember: this.shell.remembering(),
      onPrint: () =>
        this.print({
          assessment,
          answers: this.draft,
          locale,
          dateLocale: this.shell.dateLocale(),
          phone,
          today: new Date(),
        }),
      onDownloadReminders: () =>
        downloadReminders(this.host.renderRoot as ShadowRoot, assessment, locale),
      onStartOver: () => this.shell.reset(),
      onForget: () => {
        forgetAnswers(this.shell.storageKey());
        forgetAnswers(`${this.shell.storageKey()}:muted`);
        this.shell.reset();
      },
      onBack: () => this.shell.goTo('about'),
    });
  }

  /** Built here, with no download, so a reader who has gone offline can still print. */
  private print(input: PrintPlanInput): void {
    printInFrame(this.host.renderRoot as ShadowRoot, (doc) => fillPrintDocument(doc, input));
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

  private setDraft(draft: Answers): void {
    this.draft = draft;
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

  private showFormError(message: string): void {
    this.formError = message;
    this.host.requestUpdate();
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
    const emergency = RED_FLAG_IDS.filter(
      (id) => this.draft.redFlags[id] === true && isEmergencyFinding(id),
    );
    // An emergency never waits for the pregnancy answer.
    if (emergency.length === 0 && this.draft.pregnant === undefined) {
      this.showFormError(
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
    if (emergency.length > 0) {
      this.shell.goTo('emergency');
      this.host.dispatchEvent(
        new CustomEvent('bsg-emergency-shown', { detail: { findings: emergency }, ...EVENT_INIT }),
      );
      return;
    }
    this.shell.goTo('onset');
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
    if (!this.askTrend()) this.setDraft({ ...this.draft, trend: undefined });
    this.shell.goTo('about');
  }

  private submitAbout(): void {
    if (!this.draft.ageBand) {
      this.showFormError(msg('Please choose your age group.', { id: 'about.error' }));
      return;
    }
    // How bad it is and the one-leg question decide "see a doctor soon" and the exercises.
    if (this.draft.severity === undefined || this.draft.oneLegSymptoms === undefined) {
      this.showFormError(
        msg('Some answers are missing. Please check each question.', { id: 'about.incomplete' }),
      );
      return;
    }
    const result = assess(this.draft, new Date());
    if (!result.ok) {
      this.showFormError(
        msg('Some answers are missing. Please check each question.', { id: 'about.incomplete' }),
      );
      return;
    }
    this.shell.goTo('plan');
    const { tier, phase, steps, clinicalContent } = result.assessment;
    const stepIds = steps.map((step) => step.id);
    const contentVersion = clinicalContent.version;
    this.host.dispatchEvent(
      new CustomEvent('bsg-plan-shown', {
        detail: { tier, phase, stepIds, contentVersion },
        ...EVENT_INIT,
      }),
    );
  }

  /** Whether to ask "is it getting better?": a rule of the core (trendIsAsked). */
  private askTrend(): boolean {
    return this.draft.onset !== undefined && trendIsAsked(this.draft.onset, new Date());
  }
}
