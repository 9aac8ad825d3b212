import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isLocaleReady,
  loadLocale,
  matchLocale,
  resolveLocale,
  SOURCE_LOCALE,
  type SupportedLocale,
  type WordsStage,
} from '../i18n/index.js';
import { forWarning } from '../i18n/tags.js';
import { watchPageLanguage } from '../i18n/watch-page-language.js';

/** How long the first screen waits for the reader's words before it shows in English. */
const LATE_WORDS_MS = 3000;

export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
}

/**
 * One guide's language: resolved from its own `lang`, its ancestors', the page's or the
 * browser's; followed when the page changes it; its words loaded by stage; English with a
 * note when they cannot be had.
 */
export class LocaleController implements ReactiveController {
  /** The locale shown now. */
  locale: SupportedLocale = SOURCE_LOCALE;
  /** The first words are on their way: a quiet placeholder shows. */
  loading = false;
  /** The reader's words could not be had: English, with a note. */
  failed = false;
  /** The normalised tag asked for, kept for its region and its date order. */
  requestedTag = SOURCE_LOCALE;
  /** Once the reader has started, a new language brings every stage's words before it shows. */
  private readerStarted = false;
  private stopWatching: (() => void) | undefined;
  private lateWords: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: LocaleHost,
    private readonly warnOnce: (key: string, message: string) => void,
  ) {
    host.addController(this);
  }

  /** The reader's own tag when it matches the shown locale (dates in en-GB, not en). */
  get dateLocale(): string {
    return matchLocale(this.requestedTag) === this.locale ? this.requestedTag : this.locale;
  }

  wordsReady(stage: WordsStage): boolean {
    return isLocaleReady(this.locale, stage);
  }

  hostConnected(): void {
    this.resolve();
    // Without a lang of its own, the guide follows its ancestors' and the page's.
    this.stopWatching?.();
    this.stopWatching = watchPageLanguage(this.host.ownerDocument, () => {
      if (this.host.lang.trim()) return;
      this.resolve();
      this.host.requestUpdate(); // The region, and so the emergency number, may have changed alone.
    });
  }

  hostDisconnected(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
    clearTimeout(this.lateWords);
  }

  /** The reader has left the first screen: fetch the questions' and the plan's words. */
  startReading(): void {
    if (this.readerStarted) return;
    this.readerStarted = true;
    this.prefetch('questions');
    this.prefetch('plan');
  }

  /** Resolves the language again (the host's `lang` or the page's changed). */
  resolve(): void {
    if (!this.host.isConnected) return;
    const resolved = resolveLocale(this.host, this.host.lang);
    if (resolved.unsupported) {
      this.warnOnce(
        'lang',
        `unsupported language "${forWarning(resolved.requestedTag)}"; using English`,
      );
    }
    this.requestedTag = resolved.requestedTag;
    const wanted = resolved.locale;
    this.failed = false;
    const stages: WordsStage[] = this.readerStarted ? ['first', 'questions', 'plan'] : ['first'];
    if (stages.every((stage) => isLocaleReady(wanted, stage))) {
      this.show(wanted);
      return;
    }
    // First paint shows a quiet placeholder; a later change keeps the old words until the new arrive.
    this.loading = !this.host.hasUpdated || this.loading;
    if (this.loading) {
      // Words that are very late: English (with the note) until they come, never only "…".
      clearTimeout(this.lateWords);
      this.lateWords = setTimeout(() => {
        if (this.loading) this.fallBackToEnglish();
      }, LATE_WORDS_MS);
    }
    this.host.requestUpdate();
    Promise.all(stages.map((stage) => loadLocale(wanted, stage))).then(
      () => {
        if (resolveLocale(this.host, this.host.lang).locale === wanted) this.show(wanted);
      },
      () => this.fallBackToEnglish(),
    );
  }

  private show(locale: SupportedLocale): void {
    clearTimeout(this.lateWords);
    this.locale = locale;
    this.loading = false;
    this.failed = false;
    this.host.requestUpdate();
    this.prefetch('questions');
  }

  private fallBackToEnglish(): void {
    clearTimeout(this.lateWords);
    this.locale = SOURCE_LOCALE;
    this.loading = false;
    this.failed = true;
    this.host.requestUpdate();
  }

  /** Fetches a stage of the reader's words in the background, ahead of the screens that show them. */
  private prefetch(stage: WordsStage): void {
    if (isLocaleReady(this.locale, stage)) return;
    const locale = this.locale;
    loadLocale(locale, stage).then(
      () => this.host.requestUpdate(),
      () => {
        // The rest of the guide then shows in English, with the note that says so.
        if (this.locale === locale) this.fallBackToEnglish();
      },
    );
  }
}
