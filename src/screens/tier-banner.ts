import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { isRedFlagId } from '../clinical/red-flags.js';
import type { Assessment, Tier } from '../clinical/types.js';
import { redFlagLabel, tierReasonText } from '../content/clinical-text.js';
import { tierHeading, tierInstruction } from '../content/tier-text.js';

/** Where to get help, first on the plan and on the emergency screen. */
export function tierBanner(
  tier: Tier,
  reasons: Assessment['tierReasons'],
  phone: string | undefined,
) {
  return html`
    <div class="tier tier-${tier}" part="tier-banner">
      <h2 tabindex="-1" data-screen-heading>${tierHeading(tier)}</h2>
      <p>${tierInstruction(tier, phone)}</p>
      ${
        phone && (tier === 'emergency' || tier === 'urgent')
          ? html`<a
              class="button primary call"
              part="button button-primary call-link"
              href="tel:${phone}"
              >${msg(str`Call ${phone}`, { id: 'tier.call.number' })}</a
            >`
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
