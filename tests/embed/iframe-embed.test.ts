import { expect } from '@open-wc/testing';
import { eventually } from '../support/eventually.js';
import { goTo } from '../support/flow-driver.js';
import type { BackSpasmGuide } from '../../src/index.js';

/**
 * The iframe embed (dist/embed.html, embed/embed.js): settings from the query string checked
 * like attributes, the height posted to the parent and applied by dist/embed-host.js, right to
 * left, a strict CSP on the frame, sandbox="allow-scripts" without allow-same-origin, and a
 * parent that learns nothing but the height.
 */
interface Sized {
  frame: HTMLIFrameElement;
  heights: number[];
}
const messages: { source: MessageEventSource | null; data: unknown }[] = [];
window.addEventListener('message', (event) =>
  messages.push({ source: event.source, data: event.data }),
);

async function embed(
  query: string,
  options: { sandbox?: string; path?: string } = {},
): Promise<Sized> {
  const frame = document.createElement('iframe');
  frame.setAttribute('data-back-spasm-guide', '');
  frame.style.cssText = 'width: 420px; height: 150px; border: 0';
  if (options.sandbox !== undefined) frame.setAttribute('sandbox', options.sandbox);
  frame.src = `${options.path ?? '/dist/embed.html'}${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return {
    frame,
    get heights() {
      return messages
        .filter((m) => m.source === frame.contentWindow)
        .filter((m) => (m.data as { type: string }).type === 'back-spasm-guide:height')
        .map((m) => (m.data as { height: number }).height);
    },
  };
}
const guideOf = (frame: HTMLIFrameElement) =>
  frame.contentDocument!.querySelector('back-spasm-guide') as BackSpasmGuide;
async function rendered(frame: HTMLIFrameElement) {
  await eventually(
    () => guideOf(frame)?.shadowRoot?.querySelector('[data-screen-heading]'),
    'the embed did not render',
    { timeout: 15_000 },
  );
  return guideOf(frame);
}

describe('the iframe embed', function () {
  this.timeout(60_000);
  before(async () => {
    const host = document.createElement('script');
    host.src = '/dist/embed-host.js';
    const loaded = new Promise((resolve) => host.addEventListener('load', resolve));
    document.head.append(host);
    await loaded;
  });
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    messages.length = 0;
  });

  it('takes its settings from the query string', async () => {
    const { frame } = await embed('?lang=es&emergency-number=112&theme=dark&compact&unknown=1');
    const guide = await rendered(frame);
    expect(guide.getAttribute('lang')).to.equal('es');
    expect(guide.emergencyNumber).to.equal('112');
    expect(guide.theme).to.equal('dark');
    expect(guide.compact).to.equal(true);
    expect(guide.remember).to.equal(false);
    expect(guide.hasAttribute('unknown')).to.equal(false);
    await eventually(() => guide.shadowRoot!.querySelector('.card')?.getAttribute('lang') === 'es');
  });

  it('checks each setting exactly as the attribute is checked', async () => {
    const { frame } = await embed(
      `?theme=neon&emergency-number=${encodeURIComponent('<b>call</b>')}&compact=false&remember=0`,
    );
    const guide = await rendered(frame);
    await guide.updateComplete;
    expect(guide.theme).to.equal('auto');
    expect(guide.compact).to.equal(false);
    expect(guide.remember).to.equal(false);
    expect(guide.shadowRoot!.innerHTML).to.not.contain('<b>call');
    expect(frame.contentDocument!.querySelector('b')).to.equal(null);
  });

  it('is right to left in Arabic', async () => {
    const { frame } = await embed('?lang=ar');
    const guide = await rendered(frame);
    await eventually(() => guide.shadowRoot!.querySelector('.card')?.getAttribute('dir') === 'rtl');
  });

  it('reports its height, and embed-host.js sizes the frame to it as the content changes', async () => {
    const sized = await embed('?lang=en');
    const guide = await rendered(sized.frame);
    await eventually(() => sized.heights.length > 0, 'no height message');
    await eventually(
      () => Math.abs(sized.frame.getBoundingClientRect().height - sized.heights.at(-1)!) < 1,
      'the frame was not sized to the reported height',
    );
    const first = sized.heights.at(-1)!;
    expect(first).to.be.greaterThan(300);
    await goTo(guide, 'plan');
    await eventually(() => sized.heights.at(-1)! > first, 'the plan did not grow the frame', {
      timeout: 15_000,
    });
    await eventually(
      () => Math.abs(sized.frame.getBoundingClientRect().height - sized.heights.at(-1)!) < 1,
    );
  });

  it('works under a strict Content-Security-Policy on the frame', async () => {
    const { frame } = await embed('?lang=fr', { path: '/csp-frame/dist/embed.html' });
    const response = await fetch('/csp-frame/dist/embed.html');
    expect(response.headers.get('content-security-policy')).to.contain("script-src 'self'");
    const guide = await rendered(frame);
    await eventually(() => guide.shadowRoot!.querySelector('.card')?.getAttribute('lang') === 'fr');
    // The classic script with every language brings the questions and only French words.
    await goTo(guide, 'plan');
    expect(guide.shadowRoot!.querySelectorAll('[data-step]').length).to.be.greaterThan(3);
    const fetched = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname.replace('/csp-frame/dist/', ''));
    expect(fetched.some((path) => path.startsWith('classic/chunks/guide-flow-'))).to.equal(true);
    const words = fetched.filter((path) => path.startsWith('classic/locales/'));
    expect(words.length).to.be.greaterThan(0);
    expect(words.filter((path) => !path.startsWith('classic/locales/fr.'))).to.deep.equal([]);
  });

  it('works in sandbox="allow-scripts" without allow-same-origin, and the parent cannot look in', async () => {
    const sized = await embed('?lang=de&theme=light', { sandbox: 'allow-scripts' });
    await eventually(
      () => (sized.heights.at(-1) ?? 0) > 300,
      'the sandboxed guide did not render',
      {
        timeout: 15_000,
      },
    );
    expect(sized.frame.contentDocument).to.equal(null);
    expect(() => sized.frame.contentWindow!.document).to.throw();
    await eventually(
      () => Math.abs(sized.frame.getBoundingClientRect().height - sized.heights.at(-1)!) < 1,
    );
  });

  it('still renders in a sandbox with remember on, where the frame has no storage', async () => {
    const sized = await embed('?lang=en&remember', { sandbox: 'allow-scripts' });
    await eventually(
      () => (sized.heights.at(-1) ?? 0) > 300,
      'the sandboxed guide did not render',
      {
        timeout: 15_000,
      },
    );
  });

  it("sends the parent nothing but its height (ours and AMP's message), through the whole flow", async () => {
    const { frame } = await embed('?lang=en');
    const guide = await rendered(frame);
    for (const screen of ['red-flags', 'onset', 'about', 'plan', 'emergency'] as const) {
      await goTo(guide, screen);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    const fromFrame = messages.filter((m) => m.source === frame.contentWindow).map((m) => m.data);
    expect(fromFrame.length).to.be.greaterThan(0);
    for (const data of fromFrame as Record<string, unknown>[]) {
      const ours = data.type === 'back-spasm-guide:height';
      expect(Object.keys(data).sort()).to.deep.equal(
        ours ? ['height', 'type'] : ['height', 'sentinel', 'type'],
      );
      if (!ours) expect([data.sentinel, data.type]).to.deep.equal(['amp', 'embed-size']);
      expect(Number.isInteger(data.height)).to.equal(true);
    }
  });
});
