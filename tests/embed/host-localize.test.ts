import { eventually } from '../support/eventually.js';
import { expect } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import type { BackSpasmGuide } from '../../src/index.js';

/** A host page that uses @lit/localize itself, set to Spanish, with the built widget in German. */
describe('a host page with its own @lit/localize', function () {
  this.timeout(30_000);

  it('keeps its locale and messages, and the widget keeps its own', async () => {
    const hostStatusEvents: string[] = [];
    window.addEventListener('lit-localize-status', (event) =>
      hostStatusEvents.push((event as CustomEvent).detail.status),
    );
    const { getLocale, setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['es'],
      loadLocale: async () => ({ templates: { 'host.greeting': 'Hola desde la página' } }),
    });
    await setLocale('es');
    const eventsBeforeWidget = hostStatusEvents.length;

    const builtWidget = '/dist/back-spasm-guide.js';
    await import(/* @vite-ignore */ builtWidget);
    const guide = document.createElement('back-spasm-guide') as BackSpasmGuide;
    guide.setAttribute('lang', 'de');
    document.body.append(guide);
    await eventually(() => guide.shadowRoot?.querySelector('.card')?.getAttribute('lang') === 'de');
    await guide.updateComplete;

    expect(getLocale()).to.equal('es');
    expect(msg('Hello from the page', { id: 'host.greeting' })).to.equal('Hola desde la página');
    expect(hostStatusEvents.length, 'the widget fires no lit-localize-status events').to.equal(
      eventsBeforeWidget,
    );
    const germanHeading = guide.shadowRoot!.querySelector('[data-screen-heading]')!.textContent;
    expect(germanHeading).to.not.contain('Low back spasm');

    // The host switching its own language leaves the widget alone.
    await setLocale('en');
    guide.requestUpdate();
    await guide.updateComplete;
    expect(guide.shadowRoot!.querySelector('[data-screen-heading]')!.textContent).to.equal(
      germanHeading,
    );
    expect(msg('Hello from the page', { id: 'host.greeting' })).to.equal('Hello from the page');
    guide.remove();
  });
});
