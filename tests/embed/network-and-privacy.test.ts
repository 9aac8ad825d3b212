import { eventually } from '../support/eventually.js';
import { expect } from '@open-wc/testing';
import { closeAll, openPage, renderedHeading } from './frame.js';
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

  it('goes on to the questions once a slow questions-and-plan chunk arrives', async () => {
    const frame = await openPage('/tests/embed/pages/served.html?served=flaky-slow-flow');
    const guide = frame.guide();
    expect(await renderedHeading(frame)).to.equal('Low back spasm: what to do now');
    const root = guide.shadowRoot!;
    const height = guide.getBoundingClientRect().height;
    root.querySelector<HTMLButtonElement>('button.primary')!.click();
    // Not updateComplete: that waits for the chunk as well.
    await eventually(() => root.querySelector('.loading'), 'no placeholder', { timeout: 1000 });
    expect(root.querySelector('.loading'), 'a placeholder while the chunk is on its way').to.exist;
    expect(guide.getBoundingClientRect().height).to.equal(height);
    await eventually(
      () =>
        root.querySelector('[data-screen-heading]')?.textContent?.includes('quick safety check'),
      'the red-flag screen never came',
      { timeout: 10_000 },
    );
    expect(root.activeElement?.hasAttribute('data-screen-heading')).to.equal(true);
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

  it('fetches only the first screen and the questions before the reader starts, the plan after', async () => {
    const frame = await openPage('/tests/embed/pages/served.html?lang=de');
    const guide = frame.guide();
    await eventually(() => guide.shadowRoot?.querySelector('.card')?.getAttribute('lang') === 'de');
    await guide.updateComplete;
    const fetched = () =>
      frame.window.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname.split('/').slice(-2).join('/'));
    await eventually(() => fetched().some((f) => f.startsWith('locales/de.questions-')));
    const beforeStart = fetched();
    expect(beforeStart.filter((f) => f.startsWith('locales/'))).to.have.members([
      beforeStart.find((f) => f.startsWith('locales/de.first-')),
      beforeStart.find((f) => f.startsWith('locales/de.questions-')),
    ]);
    expect(beforeStart.some((f) => f.startsWith('chunks/guide-flow-'))).to.equal(true);
    expect(beforeStart.some((f) => f.startsWith('chunks/illustrations-'))).to.equal(false);
    guide.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    // The plan's two files load side by side; either may finish first.
    await eventually(() =>
      ['locales/de.plan-', 'locales/de.howto-'].every((part) =>
        fetched().some((f) => f.startsWith(part)),
      ),
    );
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
