import { eventually } from '../support/eventually.js';
import { expect } from '@open-wc/testing';
import { closeAll, openPage, renderedHeading, type Frame } from './frame.js';
import type { BackSpasmGuide } from '../../src/index.js';
import { goTo, SCREEN_NAMES } from '../support/flow-driver.js';
import { SUPPORTED_LOCALES } from '../../src/i18n/locales.js';

describe('flaky network (built files)', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('shows English with a short note when the locale file fails, never a blank box', async () => {
    const frame = await openPage('/tests/embed/pages/served.html?served=flaky-fail&lang=de');
    const guide = frame.guide();
    await eventually(() => guide.shadowRoot?.querySelector('.locale-note'), 'no fallback note', {
      timeout: 10_000,
    });
    expect(await renderedHeading(frame)).to.equal('Low back spasm: what to do now');
    expect(guide.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(frame.window.probe.rejections).to.deep.equal([]);
    expect(frame.window.probe.errors).to.deep.equal([]);
  });

  it('shows where to get help at once, then the plan in English with a note, when the plan words fail', async () => {
    const frame = await openPage('/tests/embed/pages/served.html?served=flaky-fail-plan&lang=de');
    const guide = frame.guide();
    await eventually(() => guide.shadowRoot?.querySelector('.card')?.getAttribute('lang') === 'de');
    await goTo(guide, 'urgent');
    const root = guide.shadowRoot!;
    expect(root.querySelector('.tier-urgent')).to.exist;
    expect(root.querySelector('.locale-note')).to.exist;
    expect(root.querySelectorAll('[data-step]').length).to.be.greaterThan(2);
    expect(frame.window.probe.rejections).to.deep.equal([]);
    expect(frame.window.probe.errors).to.deep.equal([]);
  });

  it('draws the first screen without the questions-and-plan chunk, and says what to do if it fails', async () => {
    const frame = await openPage('/tests/embed/pages/served.html?served=flaky-fail-flow');
    const guide = frame.guide();
    expect(await renderedHeading(frame)).to.equal('Low back spasm: what to do now');
    expect(guide.shadowRoot!.textContent).to.contain('call your local emergency number now');
    guide.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await eventually(
      () => guide.shadowRoot!.textContent?.includes('Something went wrong with this guide'),
      'no safe message after the chunk failed',
    );
    expect(guide.shadowRoot!.textContent).to.contain('weakness in both legs');
    // "Start over" tries the download again and comes back to a working first screen.
    guide.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    expect(await renderedHeading(frame)).to.equal('Low back spasm: what to do now');
    expect(frame.window.probe.rejections).to.deep.equal([]);
    expect(frame.window.probe.errors).to.deep.equal([]);
  });

  it('shows the first question’s frame the moment Start is pressed, then the question when a slow questions-and-plan chunk arrives', async () => {
    const frame = await openPage('/tests/embed/pages/served.html?served=flaky-slow-flow');
    const guide = frame.guide();
    expect(await renderedHeading(frame)).to.equal('Low back spasm: what to do now');
    const root = guide.shadowRoot!;
    const height = guide.getBoundingClientRect().height;
    root.querySelector<HTMLButtonElement>('button.primary')!.click();
    // Not updateComplete: that waits for the chunk as well. One update, not the 2 s chunk.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const heading = root.querySelector('[data-screen-heading]');
    expect(heading?.textContent?.trim(), 'the frame’s heading at once').to.equal(
      'First, a quick safety check',
    );
    expect(root.activeElement).to.equal(heading);
    expect(root.querySelector('.card')!.getAttribute('aria-busy')).to.equal('true');
    expect(root.querySelector('.loading'), 'a busy placeholder while the chunk is on its way').to
      .exist;
    expect(root.querySelector('input'), 'no options before the chunk').to.equal(null);
    expect(guide.getBoundingClientRect().height).to.equal(height);
    await eventually(
      () => root.querySelectorAll('input[type="checkbox"]').length > 0,
      'the red-flag questions never came',
      { timeout: 10_000 },
    );
    expect(root.querySelector('[data-screen-heading]')?.textContent?.trim()).to.equal(
      'First, a quick safety check',
    );
    expect(root.activeElement?.hasAttribute('data-screen-heading')).to.equal(true);
    expect(root.querySelector('.card')!.getAttribute('aria-busy')).to.equal('false');
    expect(frame.window.probe.rejections).to.deep.equal([]);
  });

  it('keeps its space while a locale file takes 10 seconds, and does not shift the page', async () => {
    const frame = await openPage('/tests/embed/pages/served.html?served=flaky-slow&lang=fr');
    const guide = frame.guide();
    const after = frame.document.getElementById('after')!;
    await eventually(() => guide.shadowRoot?.querySelector('.card'), 'nothing rendered');
    const loadingTop = after.getBoundingClientRect().top;
    expect(guide.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(guide.shadowRoot!.querySelector('.card')!.getAttribute('aria-busy')).to.equal('true');
    await eventually(
      () => guide.shadowRoot!.querySelector('.card')?.getAttribute('lang') === 'fr',
      'French never arrived',
      { timeout: 15_000 },
    );
    await guide.updateComplete;
    expect(after.getBoundingClientRect().top).to.equal(loadingTop);
    expect(frame.window.probe.rejections).to.deep.equal([]);
  });
});

describe('loading by stage (built files)', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  const fetchedIn = (frame: Frame) => () =>
    frame.window.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname.split('/').slice(-2).join('/'));
  const flowRequested = (frame: Frame) =>
    fetchedIn(frame)().some((f) => f.startsWith('chunks/guide-flow-'));

  it('fetches only the first screen and the questions’ words on a page view, the flow on intent, the plan after Start', async () => {
    const frame = await openPage('/tests/embed/pages/served.html?lang=de');
    const guide = frame.guide();
    const fetched = fetchedIn(frame);
    await eventually(() => guide.shadowRoot?.querySelector('.card')?.getAttribute('lang') === 'de');
    await guide.updateComplete;
    await eventually(() => fetched().some((f) => f.startsWith('locales/de.questions-')));
    // The page has settled (every word it asked for is here): still no questions-and-plan chunk.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const beforeStart = fetched();
    expect(beforeStart.filter((f) => f.startsWith('locales/'))).to.have.members([
      beforeStart.find((f) => f.startsWith('locales/de.first-')),
      beforeStart.find((f) => f.startsWith('locales/de.questions-')),
    ]);
    expect(flowRequested(frame), 'a page view without interaction').to.equal(false);
    expect(beforeStart.some((f) => f.startsWith('chunks/illustrations-'))).to.equal(false);
    guide.dispatchEvent(new PointerEvent('pointerenter'));
    await eventually(() => flowRequested(frame), 'no flow request on pointerenter');
    guide.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    // The plan's two files load side by side; either may finish first.
    await eventually(() =>
      ['locales/de.plan-', 'locales/de.howto-'].every((part) =>
        fetched().some((f) => f.startsWith(part)),
      ),
    );
  });

  it('starts the flow request when the reader tabs into the guide (focusin)', async () => {
    const frame = await openPage('/tests/embed/pages/served.html?lang=de');
    await renderedHeading(frame);
    const guide = frame.guide();
    expect(flowRequested(frame)).to.equal(false);
    guide.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.focus();
    await eventually(() => flowRequested(frame), 'no flow request on focusin');
    await guide.updateComplete;
    // Focus alone fetches; it does not start: the first screen stays, with focus where it was.
    const root = guide.shadowRoot!;
    expect(root.querySelector('[data-screen-heading]')?.textContent?.trim()).to.equal(
      'Hexenschuss: Was Sie jetzt tun können',
    );
    expect(root.activeElement).to.equal(root.querySelector('button.primary'));
  });

  it('a returning reader with remember loads the flow at once, without interaction', async () => {
    const frame = await openPage('/tests/embed/pages/served.html?lang=de');
    await renderedHeading(frame);
    const key = 'back-spasm-guide:answers#remembered';
    frame.window.localStorage.setItem(
      key,
      JSON.stringify({ answers: { version: 2, redFlags: {} }, screen: 'red-flags' }),
    );
    try {
      const returning = frame.document.createElement('back-spasm-guide');
      returning.id = 'remembered';
      returning.setAttribute('lang', 'en');
      returning.setAttribute('remember', '');
      frame.document.body.append(returning);
      await eventually(() => flowRequested(frame), 'no flow request for a returning reader');
      await (returning as BackSpasmGuide).updateComplete;
      expect(
        returning.shadowRoot!.querySelector('[data-screen-heading]')?.textContent?.trim(),
      ).to.equal('First, a quick safety check');
    } finally {
      frame.window.localStorage.removeItem(key);
    }
  });
});

describe('privacy (built files)', function () {
  this.timeout(120_000);
  afterEach(closeAll);

  it('requests only its own files, sets no cookie and stores nothing, in every locale', async () => {
    const frame = await openPage('/tests/embed/pages/privacy.html');
    await renderedHeading(frame);
    const guide = frame.guide();
    for (const locale of SUPPORTED_LOCALES) {
      guide.setAttribute('lang', locale);
      await eventually(
        () => guide.shadowRoot!.querySelector('.card')?.getAttribute('lang') === locale,
      );
      for (const screen of SCREEN_NAMES) await goTo(guide, screen);
    }
    const origin = frame.window.location.origin;
    const requests = frame.window.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name);
    const foreign = requests.filter((url) => !url.startsWith(origin));
    expect(foreign).to.deep.equal([]);
    const notOurs = requests
      .map((url) => new URL(url).pathname)
      .filter((path) => !path.startsWith('/dist/') && !path.startsWith('/tests/embed/pages/'))
      // The test server injects its own reload socket into every page it serves.
      .filter((path) => path !== '/__web-dev-server__web-socket.js');
    expect(notOurs).to.deep.equal([]);
    expect(frame.document.cookie).to.equal('');
    expect(frame.window.probe.storageWrites).to.deep.equal([]);
    expect(frame.window.localStorage.length + frame.window.sessionStorage.length).to.equal(0);
  });
});
