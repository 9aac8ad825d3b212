import { html } from 'lit';
import { msg } from '@lit/localize';
import type { Assessment } from '../clinical/types.js';
import { emergencyStepHowTo, emergencyStepTitle } from '../content/clinical-text.js';
import { tierBanner } from './tier-banner.js';

export interface EmergencyScreenProps {
  assessment: Assessment;
  phone: string | undefined;
  /** The country of that number, when it was guessed from the reader's browser. */
  phoneCountry?: string;
  onBack: () => void;
}

/** The end of the flow when an emergency sign is ticked: call now, then what to do while waiting. */
export function emergencyScreen({ assessment, phone, phoneCountry, onBack }: EmergencyScreenProps) {
  const waiting = assessment.steps.filter((step) => step.group === 'while-waiting');
  return html`
    ${tierBanner(assessment, phone, phoneCountry)}
    ${
      waiting.length
        ? html`<section class="result-section">
            <h3>${msg('While you wait for help', { id: 'emergency.waiting' })}</h3>
            <ul class="steps">
              ${waiting.map(
                (step) =>
                  html`<li class="step">
                    <div class="step-text">
                      <h4>${emergencyStepTitle(step.id) ?? step.id}</h4>
                      <p>${emergencyStepHowTo(step.id) ?? ''}</p>
                    </div>
                  </li>`,
              )}
            </ul>
          </section>`
        : ''
    }
    <div class="actions no-print">
      <button part="button" @click=${onBack}>
        <span class="arrow-back" aria-hidden="true">←</span>${msg('I ticked a sign by mistake', {
          id: 'emergency.back',
        })}
      </button>
    </div>
  `;
}
