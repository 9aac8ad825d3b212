import { withoutIsolates } from '../support/text.js';
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import { BackSpasmGuide } from '../../src/index.js';
import type { Answers } from '../../src/clinical/types.js';
import { validAnswers } from '../support/answers.js';
import { eventually } from '../support/eventually.js';
import { goTo } from '../support/flow-driver.js';
import { click, heading, makeGuide, root, walk } from './helpers.js';

/**
 * Ordinary host behaviour that used to break the guide or the page (issue 16): every test
 * records the page's uncaught errors and unhandled rejections and expects none.
 */

const complete: Answers = validAnswers();

const PLAN_HEADING = 'You can look after this at home';
const START_HEADING = 'Low back spasm: what to do now';

/** A Vue 3 `reactive()` look-alike: a Proxy over the data, with nested proxies on read. */
function reactive<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      return value && typeof value === 'object' ? reactive(value) : value;
    },
  });
}

describe('host behaviour that must not break the guide or the page', function () {
  this.timeout(30_000);
  const errors: unknown[] = [];
  const rejections: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  let warn: sinon.SinonStub;
  let consoleError: sinon.SinonStub;

  beforeEach(() => {
    errors.length = 0;
    rejections.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    warn = sinon.stub(console, 'warn');
    consoleError = sinon.stub(console, 'error');
    localStorage.clear();
  });

  afterEach(async () => {
    // Rejections are reported a task later.
    await new Promise((resolve) => setTimeout(resolve, 20));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    warn.restore();
    consoleError.restore();
    localStorage.clear();
    document.documentElement.removeAttribute('lang');
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    expect(errors, 'uncaught errors').to.deep.equal([]);
    expect(rejections, 'unhandled rejections').to.deep.equal([]);
  });

  describe('CMS language tags with underscores (en_GB)', () => {
    it('on the element: the plan and the same-day screen show, with dates and the UK numbers', async () => {
      const el = await makeGuide('en_GB');
      expect(withoutIsolates(root(el).textContent)).to.contain('call 999 now');
      await walk(el, {});
      expect(heading(el)).to.equal(PLAN_HEADING);
      expect(root(el).textContent).to.not.contain('Something went wrong');
      // en-GB date order: day before month.
      expect(root(el).textContent).to.match(/\d{1,2} [A-Z][a-z]+ \d{4}/);
      await goTo(el, 'urgent');
      expect(root(el).querySelector('.tier-urgent')).to.exist;
      expect(root(el).textContent).to.contain('111');
      expect(consoleError.called, 'no render failure').to.equal(false);
      expect(warn.getCalls().some((c) => String(c.args[0]).includes('unsupported'))).to.equal(
        false,
      );
    });

    it('on an ancestor or on <html>: the locale and region are read the same way', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="es_ES"><back-spasm-guide></back-spasm-guide></div>`,
      );
      const el = wrapper.querySelector('back-spasm-guide')!;
      await eventually(() => root(el).querySelector('.card')?.getAttribute('lang') === 'es');
      expect(root(el).textContent).to.contain('112');
      document.documentElement.setAttribute('lang', 'en_GB');
      const loose = await fixture<BackSpasmGuide>(html`<back-spasm-guide></back-spasm-guide>`);
      await walk(loose, {});
      expect(heading(loose)).to.equal(PLAN_HEADING);
      expect(consoleError.called).to.equal(false);
    });
  });

  it('removeAttribute("lang") and lang = null leave every guide following <html lang>', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <back-spasm-guide lang="de"></back-spasm-guide>
        <back-spasm-guide lang="es"></back-spasm-guide>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('back-spasm-guide')] as BackSpasmGuide[];
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    a!.removeAttribute('lang');
    (b as unknown as { lang: unknown }).lang = null;
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    expect(b!.lang).to.equal('');
    document.documentElement.setAttribute('lang', 'fr');
    await eventually(
      () => [a, b].every((el) => root(el!).querySelector('.card')?.getAttribute('lang') === 'fr'),
      'the guides stopped following the page language',
    );
    document.documentElement.setAttribute('lang', 'de');
    await eventually(() =>
      [a, b].every((el) => root(el!).querySelector('.card')?.getAttribute('lang') === 'de'),
    );
  });

  it('takes Vue-like reactive answers (a Proxy) before and after its questions load', async () => {
    const early = document.createElement('back-spasm-guide');
    const proxied = reactive(structuredClone(complete));
    expect(() => structuredClone(proxied), 'the proxy cannot be cloned').to.throw();
    expect(() => (early.answers = proxied)).to.not.throw();
    document.body.append(early);
    try {
      await early.updateComplete;
      expect(early.assessment?.tier).to.equal('self-care');
      expect(early.answers).to.deep.equal(complete);
      const late = await makeGuide('en', { remember: '' });
      expect(() => (late.answers = reactive(structuredClone(complete)))).to.not.throw();
      expect(late.assessment?.tier).to.equal('self-care');
      await late.updateComplete;
    } finally {
      early.remove();
    }
  });

  it('checks the answers it keeps: a getter that changes between reads cannot pass', async () => {
    const el = await makeGuide();
    let reads = 0;
    const shifty = {
      ...complete,
      get ageBand() {
        reads += 1;
        return reads === 1 ? '18-49' : '<img src=x onerror=alert(1)>';
      },
    };
    el.answers = shifty as unknown as Answers;
    expect(el.answers.ageBand).to.equal('18-49');
    await goTo(el, 'plan');
    expect(heading(el)).to.equal(PLAN_HEADING);
    for (const value of [
      Object.freeze({ ...complete }),
      (() => {
        const loop: Record<string, unknown> = { ...complete };
        loop['self'] = loop;
        return loop;
      })(),
      {
        ...complete,
        get history() {
          throw new Error('getter throws');
        },
      },
    ]) {
      expect(() => (el.answers = value as unknown as Answers)).to.not.throw();
    }
  });

  it('answers set before the element is defined reach the flow (the upgrade-property pattern)', async () => {
    const tag = `bsg-late-${Math.random().toString(36).slice(2, 8)}`;
    const el = document.createElement(tag) as BackSpasmGuide;
    el.answers = complete;
    document.body.append(el);
    try {
      customElements.define(tag, class extends BackSpasmGuide {});
      await el.updateComplete;
      expect(Object.prototype.hasOwnProperty.call(el, 'answers')).to.equal(false);
      expect(el.assessment?.tier).to.equal('self-care');
      el.answers.ageBand = '65-plus';
      expect(el.answers.ageBand, 'the getter is the element’s, returning a copy').to.equal('18-49');
    } finally {
      el.remove();
    }
  });

  it('reset() called by the host keeps the page’s focus and scroll position', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <input id="host-input" />
        <div style="height: 3000px"></div>
        <back-spasm-guide lang="en"></back-spasm-guide>
      </div>`,
    );
    const el = page.querySelector('back-spasm-guide')!;
    await el.updateComplete;
    await walk(el, {});
    const input = page.querySelector<HTMLInputElement>('#host-input')!;
    window.scrollTo(0, 0);
    input.focus();
    el.reset();
    await el.updateComplete;
    expect(heading(el)).to.equal(START_HEADING);
    expect(document.activeElement).to.equal(input);
    expect(window.scrollY).to.equal(0);
  });

  it('stops a running timer, without a word, when the host replaces the answers', async () => {
    const el = await makeGuide();
    await walk(el, {});
    const clock = sinon.useFakeTimers({
      now: Date.now(),
      toFake: ['setInterval', 'clearInterval', 'Date'],
    });
    try {
      root(el).querySelector<HTMLButtonElement>('[data-step="heat-pack"] button')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('.timer-active')).to.exist;
      el.answers = { ...complete, severity: 'mild' };
      await el.updateComplete;
      clock.tick(20 * 60_000);
      await el.updateComplete;
      const status = root(el).querySelector('[role="status"]')!.textContent!;
      expect(status).to.not.contain('Time is up');
      expect(root(el).querySelector('.timer-active')).to.equal(null);
      expect(clock.countTimers(), 'no interval left running').to.equal(0);
    } finally {
      clock.restore();
    }
  });

  describe('same-origin iframes (editor canvases, preview panes)', () => {
    async function blankFrame(): Promise<HTMLIFrameElement> {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      await new Promise((resolve) => setTimeout(resolve));
      return frame;
    }

    const styled = (el: BackSpasmGuide) => {
      const card = root(el).querySelector<HTMLElement>('.card')!;
      const view = el.ownerDocument.defaultView!;
      return view.getComputedStyle(card).borderTopStyle === 'solid';
    };

    it('renders with its styles when first connected inside one, and after moving out and back', async () => {
      const frame = await blankFrame();
      const doc = frame.contentDocument!;
      const el = document.createElement('back-spasm-guide');
      el.lang = 'en';
      doc.body.append(el);
      await el.updateComplete;
      expect(heading(el)).to.equal(START_HEADING);
      expect(styled(el), 'styled inside the iframe').to.equal(true);
      document.body.append(el);
      await el.updateComplete;
      expect(styled(el), 'styled back in the page').to.equal(true);
      doc.body.append(el);
      await el.updateComplete;
      expect(styled(el), 'styled in the iframe again').to.equal(true);
      await walk(el, {});
      expect(heading(el)).to.equal(PLAN_HEADING);
      el.remove();
    });

    it('a guide from the page moved into an iframe keeps its styles', async () => {
      const el = await makeGuide();
      expect(styled(el)).to.equal(true);
      const frame = await blankFrame();
      frame.contentDocument!.body.append(el);
      await el.updateComplete;
      expect(styled(el)).to.equal(true);
      el.remove();
    });
  });

  describe('values and pages a host should not produce, but does', () => {
    it('takes Symbols, objects with a throwing toString and null in every setting', async () => {
      const el = await makeGuide();
      const throwing = {
        toString() {
          throw new Error('no string');
        },
      };
      const settings = el as unknown as Record<string, unknown>;
      for (const value of [Symbol('x'), throwing, null, undefined, 42, {}, [], () => 1]) {
        for (const name of [
          'lang',
          'emergencyNumber',
          'urgentNumber',
          'theme',
          'compact',
          'remember',
        ]) {
          settings[name] = value;
        }
        await el.updateComplete;
        expect(heading(el)).to.equal(START_HEADING);
      }
      settings['remember'] = false;
      await el.updateComplete;
    });

    it('is a readable width inside a vertical writing-mode article', async () => {
      const article = await fixture<HTMLElement>(
        html`<article style="writing-mode: vertical-rl; block-size: 600px">
          <back-spasm-guide lang="en"></back-spasm-guide>
        </article>`,
      );
      const el = article.querySelector('back-spasm-guide')!;
      await el.updateComplete;
      const box = el.getBoundingClientRect();
      expect(box.width, 'width').to.be.greaterThan(280);
      expect(box.height, 'height').to.be.lessThan(2000);
    });

    it('works on a page without Intl, MutationObserver or a working navigator.languages', async () => {
      const saved = {
        Intl: window.Intl,
        MutationObserver: window.MutationObserver,
      };
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const doc = frame.contentDocument!;
      const frameWindow = frame.contentWindow as unknown as Record<string, unknown>;
      Object.defineProperty(navigator, 'languages', {
        configurable: true,
        get() {
          throw new Error('languages broken');
        },
      });
      (window as unknown as Record<string, unknown>)['Intl'] = undefined;
      (window as unknown as Record<string, unknown>)['MutationObserver'] = undefined;
      frameWindow['MutationObserver'] = undefined;
      try {
        const el = document.createElement('back-spasm-guide');
        doc.body.append(el);
        await el.updateComplete;
        expect(heading(el)).to.equal(START_HEADING);
        await walk(el, {});
        expect(heading(el)).to.equal(PLAN_HEADING);
        el.lang = 'en-GB';
        el.reset();
        await el.updateComplete;
        expect(
          withoutIsolates(root(el).textContent).includes('call 999 now'),
          'the UK number',
        ).to.equal(true);
        el.remove();
      } finally {
        window.Intl = saved.Intl;
        window.MutationObserver = saved.MutationObserver;
        delete (navigator as unknown as Record<string, unknown>)['languages'];
      }
    });
  });

  it('moves focus into the guide only for the reader’s own “Start over”', async () => {
    const el = await makeGuide();
    await walk(el, {});
    await click(el, 'Start over');
    expect(heading(el)).to.equal(START_HEADING);
    expect(root(el).activeElement?.hasAttribute('data-screen-heading')).to.equal(true);
  });
});
