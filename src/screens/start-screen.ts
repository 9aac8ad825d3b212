import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { isolateLtr } from '../i18n/bidi.js';

/**
 * The first question's frame (progress, heading and a busy placeholder), drawn the moment Start
 * is pressed when the questions have not arrived yet; the red-flag screen replaces it.
 */
export function questionFrame(step: string, total: string) {
  return html`
    <p class="progress muted" id="bsg-progress">
      ${msg(str`Step ${step} of ${total}`, { id: 'flow.progress' })}
    </p>
    <h2 tabindex="-1" data-screen-heading aria-describedby="bsg-progress">
      ${msg('First, a quick safety check', { id: 'redflags.title' })}
    </h2>
    <p class="loading" aria-busy="true">…</p>
  `;
}

export interface StartScreenProps {
  emergencyNumber: string | undefined;
  onStart: () => void;
}

/** The fine print closes the screen, at the foot of the height the first screen reserves. */
export function startScreen({ emergencyNumber: number, onStart }: StartScreenProps) {
  const emergencyNumber = number && isolateLtr(number);
  return html`
    <h2 tabindex="-1" data-screen-heading>
      ${msg('Low back spasm: what to do now', { id: 'start.title' })}
    </h2>
    <p>
      ${msg(
        'Answer a few short questions. You will get a self-care plan that fits how long the spasm has lasted, and clear advice on when to get medical help.',
        { id: 'start.purpose' },
      )}
    </p>
    <p class="emergency-note emergency-frame emergency-mark" part="emergency-note">
      ${
        emergencyNumber
          ? msg(
              str`If you cannot control your bladder or bowels, or both legs feel weak or numb, call ${emergencyNumber} now.`,
              {
                id: 'start.emergency.number',
              },
            )
          : msg(
              'If you cannot control your bladder or bowels, or both legs feel weak or numb, call your local emergency number now.',
              { id: 'start.emergency.generic' },
            )
      }
    </p>
    <div class="actions">
      <button class="primary" part="button button-primary" @click=${onStart}>
        ${msg('Start', { id: 'start.button' })}
      </button>
    </div>
    <p class="muted start-footnote">
      ${msg(
        'This guide gives general health information. It cannot tell you what is causing your pain and it does not replace a doctor.',
        { id: 'start.disclaimer' },
      )}
    </p>
  `;
}
