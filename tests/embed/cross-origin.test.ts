import { expect } from '@open-wc/testing';
import { eventually } from '../support/eventually.js';
import { closeAll, openPage, renderedHeading } from './frame.js';
import { goTo } from '../support/flow-driver.js';

/**
 * The module build served from a second loopback origin (tests/embed/second-origin.mjs), as
 * from a CDN: with `Access-Control-Allow-Origin` it renders, lazy chunks and a language
 * included; without it the browser blocks the module script, the element is never defined,
 * and the fallback content inside the tag stays in view.
 */
describe('the module build from another origin', function () {
  this.timeout(60_000);
  afterEach(closeAll);
  let origin = '';
  before(async () => {
    ({ origin } = (await (await fetch('/__second-origin')).json()) as { origin: string });
    expect(new URL(origin).origin).not.to.equal(location.origin);
  });

  it('renders, in its language, when every file has Access-Control-Allow-Origin', async () => {
    const src = `${origin}/cors/back-spasm-guide.js`;
    const frame = await openPage(
      `/tests/embed/pages/cross-origin.html?src=${encodeURIComponent(src)}`,
    );
    await renderedHeading(frame, 15_000);
    await eventually(
      () => frame.guide().shadowRoot!.querySelector('.card')?.getAttribute('lang') === 'es',
      'the Spanish words did not load from the other origin',
      { timeout: 15_000 },
    );
    // The questions arrive in a chunk of their own, from the same origin.
    await frame.guide().updateComplete;
    const loaded = frame.window.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.startsWith(origin));
    expect(loaded.some((name) => name.includes('/chunks/guide-flow-'))).to.equal(true);
    expect(loaded.some((name) => name.includes('/locales/es.'))).to.equal(true);
    const fallback = frame.document.getElementById('fallback')!;
    expect(fallback.getClientRects().length, 'the fallback is hidden once defined').to.equal(0);
    expect((frame.window as unknown as { moduleScript: string }).moduleScript).to.equal('load');
    expect(frame.window.probe.errors).to.deep.equal([]);
  });

  it('is blocked without the header, and the fallback content stays in view', async () => {
    const src = `${origin}/plain/back-spasm-guide.js`;
    const frame = await openPage(
      `/tests/embed/pages/cross-origin.html?src=${encodeURIComponent(src)}`,
    );
    await eventually(
      () => (frame.window as unknown as { moduleScript?: string }).moduleScript === 'error',
      'the blocked module script fired no error event',
      { timeout: 15_000 },
    );
    expect(frame.window.customElements.get('back-spasm-guide')).to.equal(undefined);
    const fallback = frame.document.getElementById('fallback')!;
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
    expect(fallback.textContent).to.contain('Fallback content');
  });

  it('the classic script needs no header from the other origin', async () => {
    const frame = await openPage('/tests/embed/pages/classic-cross-origin.html');
    const script = frame.document.createElement('script');
    script.src = `${origin}/plain/classic/back-spasm-guide.es.js`;
    frame.document.head.append(script);
    await renderedHeading(frame, 15_000);
    expect(frame.guide().shadowRoot!.querySelector('.card')?.getAttribute('lang')).to.equal('es');
  });

  it('the classic script with every language loads its other files from its own origin and folder', async () => {
    const frame = await openPage('/tests/embed/pages/classic-cross-origin.html');
    const script = frame.document.createElement('script');
    script.src = `${origin}/plain/back-spasm-guide.classic.js?ver=1`;
    frame.document.head.append(script);
    await renderedHeading(frame, 15_000);
    const guide = frame.guide();
    await eventually(
      () => guide.shadowRoot!.querySelector('.card')?.getAttribute('lang') === 'es',
      'the Spanish words did not load from the other origin',
      { timeout: 15_000 },
    );
    await goTo(guide, 'plan');
    expect(guide.shadowRoot!.querySelectorAll('[data-step]').length).to.be.greaterThan(3);
    const fetched = frame.window.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.startsWith(origin));
    expect(
      fetched.some((name) => name.startsWith(`${origin}/plain/classic/chunks/guide-flow-`)),
    ).to.equal(true);
    expect(
      fetched.some((name) => name.startsWith(`${origin}/plain/classic/locales/es.first-`)),
    ).to.equal(true);
    expect(frame.window.probe.errors).to.deep.equal([]);
    expect(frame.window.probe.rejections).to.deep.equal([]);
  });
});
