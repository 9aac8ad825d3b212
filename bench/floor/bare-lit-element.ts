import { LitElement, css, html } from 'lit';

/**
 * The floor: a bare Lit element that renders the guide's English first screen and, on click,
 * a second screen, with no localization, clinical core or state. The benchmark sets the
 * widget's figures beside this one's.
 */
class BareLitFloor extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: inherit;
    }
    .card {
      max-inline-size: 40em;
      padding: 1.25em;
      border: 1px solid #c9d0d8;
      border-radius: 0.75em;
    }
  `;

  static override properties = { screen: { state: true } };
  declare screen: number;

  constructor() {
    super();
    this.screen = 0;
  }

  override render() {
    return this.screen === 0
      ? html`<div class="card">
          <h2>Low back spasm: what to do now</h2>
          <p>
            Answer a few short questions. You will get a self-care plan that fits how long the spasm
            has lasted, and clear advice on when to get medical help.
          </p>
          <p>
            This guide gives general health information. It cannot tell you what is causing your
            pain and it does not replace a doctor.
          </p>
          <p>
            If you cannot control your bladder or bowels, or both legs feel weak or numb, call your
            local emergency number now.
          </p>
          <button class="primary" @click=${() => (this.screen = 1)}>Start</button>
        </div>`
      : html`<div class="card">
          <h2>First, a quick safety check</h2>
          <button class="primary" @click=${() => (this.screen = 0)}>Back</button>
        </div>`;
  }
}

customElements.define('bare-lit-floor', BareLitFloor);
