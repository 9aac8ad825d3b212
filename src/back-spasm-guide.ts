import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { guideStyles } from './back-spasm-guide.styles.js';
import {
  directionOf,
  isLocaleReady,
  loadLocale,
  resolveLocale,
  withLocale,
  SOURCE_LOCALE,
  type SupportedLocale,
} from './i18n/index.js';
import { numbersForRegion, sanitizePhoneNumber } from './i18n/emergency-numbers.js';
import { regionOf } from './i18n/locales.js';
import { startScreen } from './screens/start-screen.js';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/**
 * A guide for a low back muscle spasm: red-flag screen first, then a self-care plan.
 *
 * @element back-spasm-guide
 * @attr lang - Language of the guide (BCP 47); falls back to ancestors, the page, the browser, then English.
 * @attr emergency-number - Number to call in an emergency; overrides the one derived from the locale's region.
 * @attr theme - `light`, `dark` or `auto` (follows the reader's system setting).
 * @attr compact - Tighter spacing for narrow columns.
 */
export class BackSpasmGuide extends LitElement {
  static override styles = guideStyles;

  @property({ reflect: true }) override lang = '';
  @property({ attribute: 'emergency-number', reflect: true }) emergencyNumber = '';
  @property({ reflect: true }) theme: Theme = 'auto';
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private locale: SupportedLocale = SOURCE_LOCALE;
  @state() private localeFailed = false;
  private requestedTag = SOURCE_LOCALE;
  private readonly warned = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyLocale();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.applyLocale();
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      this.warnOnce('theme', `unknown theme "${String(this.theme)}"; using "auto"`);
      this.theme = 'auto';
    }
    this.dataset.theme = this.effectiveTheme();
  }

  protected override render() {
    return withLocale(
      this.locale,
      () => html`
        <div class="card" part="card" dir=${directionOf(this.locale)} lang=${this.locale}>
          ${
            this.localeFailed
              ? html`<p class="muted" role="note">
                  ${msg('This guide could not load your language, so it is shown in English.', {
                    id: 'locale.failed',
                  })}
                </p>`
              : ''
          }
          ${startScreen({ emergencyNumber: this.emergencyNumberToShow(), onStart: () => {} })}
        </div>
      `,
    );
  }

  private applyLocale(): void {
    if (!this.isConnected) return;
    const resolved = resolveLocale(this);
    if (resolved.unsupported) {
      this.warnOnce('lang', `unsupported language "${resolved.requestedTag}"; using English`);
    }
    this.requestedTag = resolved.requestedTag;
    const wanted = resolved.locale;
    this.localeFailed = false;
    if (isLocaleReady(wanted)) {
      this.locale = wanted;
      return;
    }
    loadLocale(wanted).then(
      () => {
        if (resolveLocale(this).locale === wanted) this.locale = wanted;
      },
      () => {
        this.locale = SOURCE_LOCALE;
        this.localeFailed = true;
      },
    );
  }

  private emergencyNumberToShow(): string | undefined {
    if (this.emergencyNumber) {
      const fromHost = sanitizePhoneNumber(this.emergencyNumber);
      if (fromHost) return fromHost;
      this.warnOnce('emergency-number', 'emergency-number must be digits only; ignoring it');
    }
    return numbersForRegion(regionOf(this.requestedTag))?.emergency;
  }

  private effectiveTheme(): 'light' | 'dark' {
    if (this.theme === 'light' || this.theme === 'dark') return this.theme;
    return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<back-spasm-guide>: ${message}`);
  }
}
