import { eventually } from '../support/eventually.js';
import { expect } from '@open-wc/testing';
import type { BackSpasmGuide } from '../../src/index.js';
import { closeAll, openPage } from './frame.js';
import { goTo } from '../support/flow-driver.js';

describe('single-language classic script (built files)', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('shows its own language through to the plan, and any other in English with a note', async () => {
    const frame = await openPage('/tests/embed/pages/classic-one-language.html');
    const byId = (id: string) => frame.document.getElementById(id) as BackSpasmGuide;
    const [french, german] = [byId('french'), byId('german')];
    await eventually(
      () => french.shadowRoot?.querySelector('.card')?.getAttribute('lang') === 'fr',
    );
    await goTo(french, 'plan');
    const root = french.shadowRoot!;
    expect(root.querySelector('.card')!.getAttribute('lang')).to.equal('fr');
    expect(root.querySelectorAll('[data-step]').length).to.be.greaterThan(3);
    expect(root.querySelector('.locale-note')).to.equal(null);

    await eventually(() => german.shadowRoot?.querySelector('.locale-note'), 'no note for German');
    expect(german.shadowRoot!.querySelector('.card')!.getAttribute('lang')).to.equal('en');
    expect(german.shadowRoot!.querySelector('[data-screen-heading]')!.textContent!.trim()).to.equal(
      'Low back spasm: what to do now',
    );
    const requests = frame.window.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/'));
    expect(requests, 'one file, nothing fetched after it').to.deep.equal([
      '/dist/classic/back-spasm-guide.fr.js',
    ]);
    expect(frame.window.probe.errors).to.deep.equal([]);
    expect(frame.window.probe.rejections).to.deep.equal([]);
  });
});
