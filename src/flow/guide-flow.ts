import { html, nothing, svg, type LitElement, type ReactiveController } from 'lit';
import { msg } from '@lit/localize';
import { assess, trendIsAsked } from '../clinical/assess.js';
import {
  askedRedFlags,
  isEmergencyFinding,
  isPregnancyFinding,
  isUrgentFinding,
  RED_FLAG_IDS,
} from '../clinical/red-flags.js';
import { validateAnswers } from '../clinical/validate.js';
import { emptyAnswers, type Answers, type Assessment } from '../clinical/types.js';
import { timerAnnouncementText } from '../content/timer-text.js';
import { localIsoDate } from '../i18n/format.js';
import { withLocale } from '../i18n/localization.js';
import type { SupportedLocale } from '../i18n/locales.js';
import { downloadReminders } from '../plan/reminders.js';
import { loadRememberedAnswers } from '../plan/remember.js';
import { forgetAnswers, rememberAnswers } from '../plan/storage.js';
import { aboutScreen } from '../screens/about-screen.js';
import { emergencyScreen } from '../screens/emergency-screen.js';
import { onsetScreen } from '../screens/onset-screen.js';
import { planScreen } from '../screens/plan-screen.js';
import { redFlagsScreen } from '../screens/red-flags-screen.js';
import { tierBanner } from '../screens/tier-banner.js';
import { StepTimer } from '../timer/step-timer.js';
import type { FlowScreen, GuideShell } from './shell.js';

const EVENT_INIT = { bubbles: true, composed: true } as const;

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
  private rememberedJson = JSON.stringify(emptyAnswers());
  private readonly timer: StepTimer;

  constructor(
    private readonly host: LitElement,
    private readonly shell: GuideShell,
  ) {
    host.addController(this);
    this.timer = new StepTimer(host, (announcement) =>
      shell.announce(
        withLocale(shell.locale(), () => timerAnnouncementText(shell.locale(), announcement)),
      ),
    );
  }

  get answers(): Answers {
    return structuredClone(this.draft);
  }

  /** Malformed answers are ignored with one warning. */
  set answers(value: unknown) {
    const issues = validateAnswers(value, new Date()).filter(
      (issue) => issue.problem !== 'missing',
    );
    if (issues.length > 0 || typeof value !== 'object' || value === null) {
      this.shell.warnOnce('answers', 'ignoring malformed answers');
      return;
    }
    this.setDraft({ ...emptyAnswers(), ...structuredClone(value as Answers) });
  }

  get assessment(): Assessment | null {
    const result = assess(this.draft, new Date());
    return result.ok ? result.assessment : null;
  }

  clear(): void {
    this.timer.cancel();
    this.setDraft(emptyAnswers());
  }

  /** Called by the shell on every move between screens. */
  screenChanged(screen: FlowScreen): void {
    this.timer.cancel();
    this.formError = undefined;
    if (screen !== 'start') this.loadIllustrations();
  }

  /** Shows the stored plan of a returning reader (the `remember` attribute); true if there was one. */
  restore(): boolean {
    const stored = loadRememberedAnswers(new Date());
    if (!stored) return false;
    this.setDraft(stored);
    this.rememberedJson = JSON.stringify(stored);
    const result = assess(stored, new Date());
    if (!result.ok) return false;
    this.shell.resume(result.assessment.tier === 'emergency' ? 'emergency' : 'plan');
    return true;
  }

  hostUpdated(): void {
    if (!this.shell.remembering()) return;
    const json = JSON.stringify(this.draft);
    if (json === this.rememberedJson) return;
    this.rememberedJson = json;
    if (json === JSON.stringify(emptyAnswers())) forgetAnswers();
    else rememberAnswers(this.draft);
  }

  /** The screen's view, or null where the shell's start screen belongs. */
  render(screen: FlowScreen) {
    switch (screen) {
      case 'start':
        return null;
      case 'red-flags':
        return redFlagsScreen({
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
        });
      case 'onset':
        return html`${this.urgentNotice()}${onsetScreen({
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
        return html`${this.urgentNotice()}${aboutScreen({
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
    return planScreen({
      assessment,
      locale,
      dateLocale: this.shell.dateLocale(),
      phone,
      timer: {
        active: this.timer.active,
        start: (stepId, seconds) => this.timer.start(stepId, seconds),
        pause: () => this.timer.pause(),
        resume: () => this.timer.resume(),
        cancel: () => this.timer.cancel(),
      },
      illustration: (name, label) => this.illustration(name, label),
      remember: this.shell.remembering(),
      onPrint: () => window.print(),
      onDownloadReminders: () =>
        downloadReminders(this.host.renderRoot as ShadowRoot, assessment, locale),
      onStartOver: () => this.shell.reset(),
      onForget: () => {
        forgetAnswers();
        this.shell.reset();
      },
      onBack: () => this.shell.goTo('about'),
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

  private loadIllustrations(): void {
    if (this.illustrations) return;
    import('../illustrations/index.js').then(
      (module) => {
        this.illustrations = module;
        this.host.requestUpdate();
      },
      () => undefined, // Drawings are a nicety: the plan reads fine without them.
    );
  }

  private urgentNotice() {
    const urgent = RED_FLAG_IDS.some(
      (id) => (isUrgentFinding(id) || isPregnancyFinding(id)) && this.draft.redFlags[id] === true,
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
    if (!pregnant) for (const id of RED_FLAG_IDS) if (isPregnancyFinding(id)) delete redFlags[id];
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
