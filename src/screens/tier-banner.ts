import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { isRedFlagId } from '../clinical/red-flags.js';
import type { Assessment } from '../clinical/types.js';
import { redFlagLabel, tierReasonText } from '../content/clinical-text.js';
import { isolateLtr } from '../i18n/bidi.js';
import {
  pregnancyAdaptedNote,
  tierHeading,
  tierInstruction,
  type BannerVariant,
} from '../content/tier-text.js';

type BannerFacts = Pick<Assessment, 'tier' | 'tierReasons' | 'pregnancy'>;

/** After a serious accident the banner says only "call now, keep still"; in pregnancy, the midwife. */
export function bannerVariant({ tier, tierReasons, pregnancy }: BannerFacts): BannerVariant {
  if (tier === 'emergency' && tierReasons.includes('serious-accident')) return 'accident';
  if (tier === 'urgent' && pregnancy) return 'pregnancy';
  return undefined;
}

function callLabel(phone: string, country: string | undefined): string {
  return country
    ? msg(str`Call ${phone} (${country})`, { id: 'tier.call.number.country' })
    : msg(str`Call ${phone}`, { id: 'tier.call.number' });
}

/** Where to get help, first on the plan and on the emergency screen. */
/** `phoneCountry`: named beside a number guessed from the reader's browser, so a reader elsewhere knows. */
export function tierBanner(facts: BannerFacts, phone: string | undefined, phoneCountry?: string) {
  const { tier, tierReasons: reasons } = facts;
  const variant = bannerVariant(facts);
  return html`
    <div class="tier tier-${tier}" part="tier-banner">
      <h2 tabindex="-1" data-screen-heading>${tierHeading(tier, variant)}</h2>
      <p>${tierInstruction(tier, phone, variant)}</p>
      ${facts.pregnancy ? html`<p class="adapted">${pregnancyAdaptedNote()}</p>` : nothing}
      ${
        phone && (tier === 'emergency' || tier === 'urgent')
          ? html`<a
                class="button primary call"
                part="button button-primary call-link"
                href="tel:${phone}"
                >${callLabel(isolateLtr(phone), phoneCountry)}</a
              >${
                phoneCountry
                  ? html`<p class="call-elsewhere">
                      ${msg('If you are in another country, call the local number there.', {
                        id: 'tier.call.elsewhere',
                      })}
                    </p>`
                  : nothing
              }`
          : nothing
      }
      ${
        reasons.length
          ? html`<p class="reasons-label">${msg('Because you told us:', { id: 'tier.because' })}</p>
              <ul class="reasons">
                ${reasons.map(
                  (reason) =>
                    html`<li>
                      ${isRedFlagId(reason) ? redFlagLabel(reason) : tierReasonText(reason)}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </div>
  `;
}
