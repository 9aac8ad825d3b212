import { html, nothing } from 'lit';
import { msg } from '@lit/localize';

export function navButtons(opts: { onBack?: () => void; onNext: () => void; nextLabel?: string }) {
  return html`
    <div class="actions nav">
      ${
        opts.onBack
          ? html`<button part="button" @click=${opts.onBack}>
              <span class="arrow-back" aria-hidden="true">←</span>${msg('Back', { id: 'nav.back' })}
            </button>`
          : nothing
      }
      <button class="primary" part="button button-primary" @click=${opts.onNext}>
        ${opts.nextLabel ?? msg('Continue', { id: 'nav.continue' })}
      </button>
    </div>
  `;
}
