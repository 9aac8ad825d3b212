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

/** Paths the page fetched from the built files, in order. */
function distRequests(frame: Awaited<ReturnType<typeof openPage>>, prefix = '/dist/'): string[] {
  return frame.window.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(prefix))
    .map((path) => path.slice(prefix.length));
}

describe('classic script with every language (built files)', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('shows German and Arabic by loading only their words, and the questions and plan on demand', async () => {
    const frame = await openPage('/tests/embed/pages/classic-every-language.html');
    const byId = (id: string) => frame.document.getElementById(id) as BackSpasmGuide;
    const [german, arabic] = [byId('german'), byId('arabic')];
    const card = (guide: BackSpasmGuide) => guide.shadowRoot?.querySelector('.card');
    await eventually(() => card(german)?.getAttribute('lang') === 'de', 'German never came');
    await eventually(() => card(arabic)?.getAttribute('lang') === 'ar', 'Arabic never came');
    expect(card(arabic)!.getAttribute('dir')).to.equal('rtl');
    await goTo(german, 'plan');
    await goTo(arabic, 'plan');
    for (const guide of [german, arabic]) {
      expect(guide.shadowRoot!.querySelectorAll('[data-step]').length).to.be.greaterThan(3);
      expect(guide.shadowRoot!.querySelector('.locale-note')).to.equal(null);
    }

    const requests = distRequests(frame);
    expect(requests[0], 'the script itself comes first').to.equal('back-spasm-guide.classic.js');
    const words = requests.filter((path) => path.startsWith('classic/locales/'));
    const languagesFetched = new Set(
      words.map((path) => /^classic\/locales\/([\w-]+)\./.exec(path)?.[1]),
    );
    expect([...languagesFetched].sort()).to.deep.equal(['ar', 'de']);
    for (const stage of ['first', 'questions', 'plan', 'howto']) {
      expect(words.filter((path) => path.includes(`/de.${stage}-`))).to.have.length(1);
    }
    const flow = requests.filter((path) => path.startsWith('classic/chunks/guide-flow-'));
    expect(flow, 'one download of the flow for both guides').to.have.length(1);
    const others = requests.filter(
      (path) =>
        path !== 'back-spasm-guide.classic.js' &&
        !/^classic\/(locales|chunks)\/[\w.-]+-[\w-]+\.js$/.test(path),
    );
    expect(others, 'nothing but the classic files').to.deep.equal([]);
    expect(
      frame.document.querySelectorAll('script[src*="/classic/"]').length,
      'the added script tags are removed once run',
    ).to.equal(0);
    expect(frame.window.probe.errors).to.deep.equal([]);
    expect(frame.window.probe.rejections).to.deep.equal([]);
    expect(frame.window.probe.warnings).to.deep.equal([]);
  });

  it('shows English with the note when the language file fails, as the module build does, and the questions still load', async () => {
    const frame = await openPage('/tests/embed/pages/flaky-fail-classic.html');
    const guide = frame.guide();
    await eventually(() => guide.shadowRoot?.querySelector('.locale-note'), 'no fallback note', {
      timeout: 10_000,
    });
    const root = guide.shadowRoot!;
    expect(root.querySelector('.card')!.getAttribute('lang')).to.equal('en');
    expect(root.querySelector('[data-screen-heading]')!.textContent!.trim()).to.equal(
      'Low back spasm: what to do now',
    );
    // The note says it on the screen; the browser's console already shows the failed request.
    expect(frame.window.probe.warnings).to.deep.equal([]);
    await goTo(guide, 'plan');
    expect(root.querySelectorAll('[data-step]').length).to.be.greaterThan(3);
    expect(
      distRequests(frame, '/flaky-fail/dist/').some((path) =>
        path.startsWith('classic/chunks/guide-flow-'),
      ),
    ).to.equal(true);
    expect(frame.window.probe.errors).to.deep.equal([]);
    expect(frame.window.probe.rejections).to.deep.equal([]);
  });
});
