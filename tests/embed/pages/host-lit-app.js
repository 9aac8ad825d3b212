// The host page's own Lit app (its own copy of Lit from node_modules, not the guide's bundle):
// one element that renders a template, so its lit-html needs its Trusted Types policy.
import { LitElement, html } from 'lit';

class HostLitApp extends LitElement {
  static properties = { clicks: { type: Number } };
  constructor() {
    super();
    this.clicks = 0;
  }
  render() {
    return html`<p id="hello">Host app running</p>
      <button @click=${() => this.clicks++}>Clicked ${this.clicks}</button>`;
  }
}
customElements.define('host-lit-app', HostLitApp);
