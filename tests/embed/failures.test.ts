import { withoutIsolates } from '../support/text.js';
import { expect } from '@open-wc/testing';
import { eventually } from '../support/eventually.js';
import { goTo } from '../support/flow-driver.js';
import { closeAll, openPage, renderedHeading, type Frame } from './frame.js';

/**
 * The built guide beside other code and on broken networks (issue 16). Every page here records
 * the page's uncaught errors, unhandled rejections and CSP violations through probe.js.
 */

const START_HEADING = 'Low back spasm: what to do now';

function hostApp(frame: Frame): string | undefined {
  return frame.document
    .querySelector('host-lit-app')
    ?.shadowRoot?.querySelector('#hello')
    ?.textContent?.trim();
}

function expectQuietPage(frame: Frame) {
  expect(frame.window.probe.errors, 'uncaught errors').to.deep.equal([]);
  expect(frame.window.probe.rejections, 'unhandled rejections').to.deep.equal([]);
}

/** The error boundary: what to do in an emergency, the number, and a way to try again. */
async function expectBoundary(frame: Frame, phone = '999') {
  const guide = frame.guide();
  await eventually(
    () => guide.shadowRoot?.textContent?.includes('Something went wrong with this guide'),
    'no error boundary',
    { timeout: 10_000 },
  );
  const root = guide.shadowRoot!;
  expect(root.textContent).to.contain('weakness in both legs');
  expect(withoutIsolates(root.textContent)).to.contain(`call ${phone} now`);
  expect(root.querySelector(`a[href="tel:${phone}"]`)).to.exist;
  expect(root.querySelector('button')?.textContent?.trim()).to.equal('Start over');
  expect(guide.getBoundingClientRect().height).to.be.greaterThan(80);
}

describe('beside another Lit under the README’s Content-Security-Policy (built files)', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  for (const [page, what] of [
    ['csp-other-lit-first', 'the host’s Lit app loads first'],
    ['csp-other-lit-after', 'the guide loads first'],
    ['csp-other-lit-both-builds', 'both builds and the host’s Lit app'],
  ] as const) {
    it(`runs both, with 0 violations and 0 errors, when ${what}`, async () => {
      const frame = await openPage(`/tests/embed/pages/${page}.html`);
      expect(await renderedHeading(frame)).to.equal(START_HEADING);
      await eventually(() => hostApp(frame), 'the host’s own Lit app never started');
      expect(hostApp(frame)).to.equal('Host app running');
      await goTo(frame.guide(), 'plan');
      expect(frame.guide().shadowRoot!.querySelector('[data-screen-heading]')).to.exist;
      expect(frame.window.probe.violations, 'CSP violations').to.deep.equal([]);
      expectQuietPage(frame);
    });
  }
});

describe('stricter Trusted Types than documented (built files)', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  for (const page of ['csp-tt-none-guide', 'csp-tt-none-classic', 'csp-tt-other-guide']) {
    it(`${page}: shows the emergency advice with the number and a retry, never an empty box`, async () => {
      const frame = await openPage(`/tests/embed/pages/${page}.html`);
      await expectBoundary(frame);
      // Trying again cannot succeed under this policy, but it must not break anything either.
      frame.guide().shadowRoot!.querySelector('button')!.click();
      await expectBoundary(frame);
      expectQuietPage(frame);
    });
  }
});

describe('a Trusted Types list without back-spasm-guide (built files)', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('the classic script with every language: English with the note, then the emergency advice on Start', async () => {
    const frame = await openPage('/tests/embed/pages/csp-tt-lit-only-classic.html');
    expect(await renderedHeading(frame)).to.equal(START_HEADING);
    const root = frame.guide().shadowRoot!;
    await eventually(() => root.querySelector('.locale-note'), 'no note for the German words', {
      timeout: 10_000,
    });
    expect(root.querySelector('.card')!.getAttribute('lang')).to.equal('en');
    expect(
      frame.window.probe.violations.some((violation) => violation.startsWith('trusted-types')),
      'the policy name was refused',
    ).to.equal(true);
    root.querySelector<HTMLButtonElement>('button.primary')!.click();
    await expectBoundary(frame, '112');
    expectQuietPage(frame);
  });
});

describe('files that answer 200 but are empty or cut off (built files)', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  for (const page of [
    'broken-empty-flow',
    'broken-truncated-flow',
    'broken-empty-flow-classic',
    'broken-truncated-flow-classic',
  ]) {
    it(`${page}: Start shows the emergency advice and a retry, not "…" forever`, async () => {
      const classic = page.endsWith('-classic');
      const served = classic ? page.slice(0, -'-classic'.length) : page;
      const frame = await openPage(
        `/tests/embed/pages/served.html?served=${served}&page-lang=en-GB${classic ? '&script=classic' : ''}`,
      );
      expect(await renderedHeading(frame)).to.equal(START_HEADING);
      const root = frame.guide().shadowRoot!;
      root.querySelector<HTMLButtonElement>('button.primary')!.click();
      await eventually(
        () => root.textContent?.includes('Something went wrong with this guide'),
        'no safety message after the chunk broke',
        { timeout: 10_000 },
      );
      expect(withoutIsolates(root.textContent)).to.contain('call 999 now');
      expect(root.querySelector('a[href="tel:999"]')).to.exist;
      expect(root.querySelector('.loading')).to.equal(null);
      if (page === 'broken-truncated-flow-classic') {
        // A cut-off classic script is a syntax error the browser reports on the page itself.
        expect(frame.window.probe.errors).to.have.length(1);
        expect(frame.window.probe.errors[0]).to.match(/SyntaxError/);
        expect(frame.window.probe.rejections).to.deep.equal([]);
      } else {
        expectQuietPage(frame);
      }
    });
  }

  it('an empty drawings chunk leaves the plan whole, without drawings', async () => {
    const frame = await openPage(
      '/tests/embed/pages/served.html?served=broken-empty-drawings&page-lang=en-GB',
    );
    await renderedHeading(frame);
    const guide = frame.guide();
    await goTo(guide, 'plan');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await guide.updateComplete;
    const root = guide.shadowRoot!;
    expect(root.textContent).to.not.contain('Something went wrong');
    expect(root.querySelector('[data-screen-heading]')?.textContent?.trim()).to.equal(
      'You can look after this at home',
    );
    expect(root.querySelectorAll('[data-step]').length).to.be.greaterThan(5);
    expectQuietPage(frame);
  });

  it('first-screen words 8 s late: English with the emergency number within a few seconds, then French', async () => {
    const frame = await openPage(
      '/tests/embed/pages/served.html?served=late-first-words&lang=fr-FR&page-lang=en-GB',
    );
    const guide = frame.guide();
    const after = frame.document.getElementById('after')!;
    await eventually(() => guide.shadowRoot?.querySelector('.card'), 'nothing rendered');
    const top = after.getBoundingClientRect().top;
    await eventually(
      () => guide.shadowRoot!.querySelector('[data-screen-heading]'),
      'only "…" after 4.5 s',
      { timeout: 4_500 },
    );
    const root = guide.shadowRoot!;
    expect(root.querySelector('[data-screen-heading]')!.textContent!.trim()).to.equal(
      START_HEADING,
    );
    expect(withoutIsolates(root.textContent)).to.contain('call 112 now');
    expect(after.getBoundingClientRect().top, 'nothing below moved').to.equal(top);
    await eventually(
      () => root.querySelector('.card')?.getAttribute('lang') === 'fr',
      'French never arrived',
      { timeout: 15_000 },
    );
    expect(root.querySelector('.locale-note')).to.equal(null);
    expectQuietPage(frame);
  });
});

describe('embedded exactly as the README shows (built files)', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('every module script in the README is async, and a late chunk does not delay the page’s DOMContentLoaded', async () => {
    const readme = await (await fetch('/README.md')).text();
    const snippets = [...readme.matchAll(/<script type="module"[^>]*><\/script>/g)].map(
      (match) => match[0],
    );
    expect(snippets.length).to.be.greaterThan(0);
    for (const snippet of snippets) expect(snippet, snippet).to.match(/\sasync[\s>]/);
    // The README's first snippet, pointed at a server that holds the shared chunk back 4 s.
    const snippet = snippets[0]!.replace(
      /src="[^"]*"/,
      'src="/late-shared/dist/back-spasm-guide.js"',
    );
    const iframe = document.createElement('iframe');
    const loaded = new Promise((resolve) =>
      iframe.addEventListener('load', resolve, { once: true }),
    );
    iframe.srcdoc = `<!doctype html><html lang="en-GB"><head>${snippet}</head><body>
      <p>Host article</p><back-spasm-guide></back-spasm-guide><p>More of the article</p>
      </body></html>`;
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow!;
    const navigation = win.performance.getEntriesByType(
      'navigation',
    )[0] as PerformanceNavigationTiming;
    expect(navigation.domContentLoadedEventStart, 'DOMContentLoaded, ms').to.be.lessThan(2_000);
    const guide = iframe.contentDocument!.querySelector('back-spasm-guide')!;
    await eventually(() => guide.shadowRoot?.querySelector('[data-screen-heading]'), 'no guide', {
      timeout: 10_000,
    });
  });
});
