// Stands in for another copy of the widget, of an older version, already on the page.
customElements.define(
  'back-spasm-guide',
  class extends HTMLElement {
    static version = '0.0.1';
  },
);
