import { SOURCES } from '../../src/clinical/sources.js';
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../../src/index.js';
import type { BackSpasmGuide } from '../../src/index.js';
import {
  AGE_BANDS,
  EMERGENCY_FINDINGS,
  HISTORIES,
  ONSET_SPANS,
  SEVERITIES,
  TRENDS,
  URGENT_FINDINGS,
} from '../../src/clinical/types.js';
import { goTo, SCREEN_NAMES } from '../support/flow-driver.js';

const ATTRIBUTES = ['lang', 'emergency-number', 'urgent-number', 'theme', 'compact', 'remember'];
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><b>bold</b>',
  'javascript:alert(1)',
  'tel:911<b>',
  '{{7*7}}',
  '${alert(1)}',
  '\u202e999',
  'x'.repeat(100_000),
  '',
  ' ',
  '12345678901234567890123',
  '999',
  'ar',
  'dark',
];
const attributeValue = fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom(...PAYLOADS));

const ALLOWED_TAGS = new Set([
  'div',
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'button',
  'label',
  'input',
  'span',
  'strong',
  'bdi',
  'fieldset',
  'legend',
  'section',
  'details',
  'summary',
  'a',
  'svg',
  'g',
  'path',
  'circle',
  'line',
  'rect',
  'ellipse',
  'polyline',
  'style',
]);

function expectNothingInjected(el: BackSpasmGuide) {
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    expect(ALLOWED_TAGS.has(node.localName), `<${node.localName}> rendered`).to.equal(true);
    for (const attr of node.getAttributeNames()) {
      expect(attr.startsWith('on'), `${attr} attribute rendered`).to.equal(false);
    }
  }
  // The only links: a phone number, or a source's own address from the source table.
  for (const link of el.shadowRoot!.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    if (SOURCE_URLS.has(href)) continue;
    expect(href).to.match(/^tel:\+?\d{2,15}$/);
  }
}

const SOURCE_URLS = new Set(
  (SOURCES as readonly { url?: string }[]).flatMap((source) => (source.url ? [source.url] : [])),
);

describe('bad input from the host', function () {
  this.timeout(120_000);
  let warn: sinon.SinonStub;
  let error: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
    error = sinon.stub(console, 'error');
  });
  afterEach(() => {
    warn.restore();
    error.restore();
    localStorage.clear();
  });

  it('renders no host text as HTML and never throws, for any attribute values', async () => {
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...ATTRIBUTES), attributeValue, { maxKeys: 6 }),
        fc.constantFrom(...SCREEN_NAMES),
        async (attributes, screen) => {
          const el = await fixture<BackSpasmGuide>(html`<back-spasm-guide></back-spasm-guide>`);
          for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
          await el.updateComplete;
          await goTo(el, screen);
          expect(el.shadowRoot!.querySelector('[data-screen-heading], .loading')).to.exist;
          expectNothingInjected(el);
          el.remove();
        },
      ),
      { numRuns: 60 },
    );
    window.removeEventListener('error', onError);
    expect(uncaught).to.deep.equal([]);
    expect(error.called).to.equal(false);
  });

  it('warns once per bad value and falls back to defaults', async () => {
    const el = await fixture<BackSpasmGuide>(html`<back-spasm-guide></back-spasm-guide>`);
    for (let i = 0; i < 3; i++) {
      el.setAttribute('theme', `neon-${i}`);
      el.setAttribute('emergency-number', `<b>${i}</b>`);
      el.setAttribute('lang', `zz-${i}`);
      await el.updateComplete;
      await goTo(el, 'emergency');
    }
    const messages = warn.getCalls().map((c) => String(c.args[0]));
    for (const key of ['theme', 'emergency-number', 'unsupported language']) {
      expect(
        messages.filter((m) => m.includes(key)),
        key,
      ).to.have.length(1);
    }
    expect(el.theme).to.equal('auto');
    expect(el.shadowRoot!.querySelector('a[href^="tel:"]')).to.equal(null);
  });

  it('ignores any answers value that is not well-formed, and keeps working', async () => {
    const el = await fixture<BackSpasmGuide>(html`<back-spasm-guide></back-spasm-guide>`);
    await fc.assert(
      fc.asyncProperty(
        fc.anything({ withNullPrototype: true, withBigInt: true }),
        async (value) => {
          expect(() => {
            el.answers = value as never;
          }).to.not.throw();
          expect(el.assessment === null || typeof el.assessment.tier === 'string').to.equal(true);
          await goTo(el, 'plan');
          expectNothingInjected(el);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('never renders markup from prefilled answers', async () => {
    const el = await fixture<BackSpasmGuide>(html`<back-spasm-guide></back-spasm-guide>`);
    el.answers = {
      version: 1,
      redFlags: {},
      noRedFlags: true,
      onset: { kind: 'date', date: '<img src=x onerror=alert(1)>' },
    } as never;
    expect(el.answers.onset).to.equal(undefined);
    expectNothingInjected(el);
  });
});

/*
 * The host-input fuzz suite (issue 16): random attributes, properties (any JavaScript value,
 * Symbols, proxies, getters that throw or change, frozen and circular objects), answers, lang
 * tags, method calls, reader clicks and DOM moves (into and out of a same-origin iframe), with a
 * fixed seed. It asserts 0 uncaught errors, 0 unhandled rejections, 0 blank renders, 0 nodes the
 * guide did not create, no error boundary (nothing ever failed to render) and no interval left
 * running once the guides are removed.
 */
const FUZZ_SEED = 16_2026;
const FUZZ_RUNS = 10_000;

const PROPERTIES = [
  'lang',
  'emergencyNumber',
  'urgentNumber',
  'theme',
  'compact',
  'remember',
  'answers',
] as const;

const throwingToString = {
  toString() {
    throw new Error('toString throws');
  },
};

function reactive<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      return value && typeof value === 'object' ? reactive(value) : value;
    },
  });
}

const RED_FLAGS = [...EMERGENCY_FINDINGS, ...URGENT_FINDINGS];

const answersArb = fc.record(
  {
    version: fc.constantFrom(1, 1, 1, 0, 2, '1'),
    redFlags: fc.dictionary(fc.constantFrom(...RED_FLAGS), fc.boolean(), { maxKeys: 4 }),
    noRedFlags: fc.boolean(),
    onset: fc.oneof(
      fc.record({ kind: fc.constant('span'), span: fc.constantFrom(...ONSET_SPANS) }),
      fc.record({
        kind: fc.constant('duration'),
        value: fc.integer({ min: -3, max: 400 }),
        unit: fc.constantFrom('hours', 'days', 'weeks', 'years'),
      }),
      fc.record({
        kind: fc.constant('date'),
        date: fc.oneof(
          fc.constantFrom('2026-11-01', '2099-01-01', '2026-02-30', 'yesterday'),
          fc.string({ maxLength: 12 }),
        ),
      }),
    ),
    history: fc.constantFrom(...HISTORIES, 'never'),
    ageBand: fc.constantFrom(...AGE_BANDS, '200'),
    severity: fc.constantFrom(...SEVERITIES),
    trend: fc.constantFrom(...TRENDS),
    medicineFacts: fc.constantFrom({ none: true }, { pregnant: true }, {}),
    heatMadeWorse: fc.boolean(),
  },
  { requiredKeys: ['version', 'redFlags'] },
);

/** Stands for a revoked proxy, made when the command runs (fast-check cannot hold one). */
const REVOKED_PROXY = { revokedProxy: true };
function revokedProxy(): unknown {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Any JavaScript value a host might pass, and some it never should. */
const anyValue = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.anything({
      withBigInt: true,
      withNullPrototype: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
    }),
  },
  { weight: 3, arbitrary: answersArb },
  { weight: 2, arbitrary: answersArb.map((answers) => reactive(answers)) },
  { weight: 1, arbitrary: answersArb.map((answers) => Object.freeze(answers)) },
  {
    weight: 1,
    arbitrary: answersArb.map((answers) => {
      const loop = answers as Record<string, unknown>;
      loop['redFlags'] = { ...answers.redFlags, loop };
      return loop;
    }),
  },
  {
    weight: 1,
    arbitrary: answersArb.map((answers) => {
      let reads = 0;
      return Object.defineProperty({ ...answers }, 'ageBand', {
        enumerable: true,
        get: () => (++reads % 2 ? '18-49' : { toString: throwingToString.toString }),
      });
    }),
  },
  {
    // Made fresh for each case: fast-check itself cannot look inside a revoked proxy.
    weight: 1,
    arbitrary: fc.constant(REVOKED_PROXY),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      Symbol('host'),
      Symbol.iterator,
      throwingToString,
      Object.defineProperty({}, 'redFlags', {
        enumerable: true,
        get() {
          throw new Error('getter throws');
        },
      }),
      () => 'a function',
      NaN,
      -0,
      Infinity,
      10n,
      [],
      new Date(NaN),
      document.createElement('img'),
    ),
  },
);

/** Language tags the way hosts and CMSs write them, and the way they should not. */
const tagArb = fc.oneof(
  fc.constantFrom(
    'en_GB',
    'es_ES',
    'pt_BR',
    'zh_Hant_TW',
    'ar-EG',
    'EN-gb',
    'de-CH-1996',
    'x-private',
    'en-x-foo',
    'en-u-ca-buddhist-nu-thai',
    'i-klingon',
    'root',
    'und',
    '',
    ' ',
    'fr ',
    '_',
    '--',
    'ar-u-nu-arab',
    'hi-IN',
    'zh-Hans-CN',
    'a'.repeat(1_000),
    `en-${'x'.repeat(999)}`,
  ),
  fc.string({ maxLength: 20 }),
  fc
    .tuple(
      fc.constantFrom('en', 'es', 'fr', 'de', 'pt', 'zh', 'ar', 'hi', 'sw', 'qq'),
      fc.constantFrom('', '_', '-'),
      fc.constantFrom('', 'GB', 'MX', 'br', 'Hans', '419', 'u-nu-latn', 'x-a'),
    )
    .map(([a, b, c]) => (c ? `${a}${b || '-'}${c}` : a)),
);

type Command =
  | { kind: 'attribute'; name: string; value: string }
  | { kind: 'remove-attribute'; name: string }
  | { kind: 'property'; name: (typeof PROPERTIES)[number]; value: unknown }
  | { kind: 'lang'; where: 'self' | 'ancestor' | 'html'; value: string }
  | { kind: 'call'; method: 'reset' | 'read' | 'requestUpdate' }
  | { kind: 'click'; index: number }
  | { kind: 'move'; to: 'page' | 'other-parent' | 'iframe' | 'remove-and-back' };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('attribute' as const),
    name: fc.constantFrom(...ATTRIBUTES),
    value: fc.oneof(attributeValue, tagArb),
  }),
  fc.record({
    kind: fc.constant('remove-attribute' as const),
    name: fc.constantFrom(...ATTRIBUTES),
  }),
  fc.record({
    kind: fc.constant('property' as const),
    name: fc.constantFrom(...PROPERTIES),
    value: anyValue,
  }),
  fc.record({
    kind: fc.constant('lang' as const),
    where: fc.constantFrom('self' as const, 'ancestor' as const, 'html' as const),
    value: tagArb,
  }),
  fc.record({
    kind: fc.constant('call' as const),
    method: fc.constantFrom('reset' as const, 'read' as const, 'requestUpdate' as const),
  }),
  { arbitrary: fc.record({ kind: fc.constant('click' as const), index: fc.nat(40) }), weight: 3 },
  fc.record({
    kind: fc.constant('move' as const),
    to: fc.constantFrom(
      'page' as const,
      'other-parent' as const,
      'iframe' as const,
      'remove-and-back' as const,
    ),
  }),
);

/** A task later: unhandled rejections and errors from timers are reported by then. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

describe(`host-input fuzz suite (seed ${FUZZ_SEED}, ${FUZZ_RUNS} cases)`, function () {
  this.timeout(300_000);

  it('0 uncaught errors, 0 unhandled rejections, 0 blank renders, 0 foreign nodes', async () => {
    const warn = sinon.stub(console, 'warn');
    const error = sinon.stub(console, 'error');
    const uncaught: string[] = [];
    const rejections: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(String(event.error ?? event.message));
    const onRejection = (event: PromiseRejectionEvent) => {
      rejections.push(String(event.reason));
      event.preventDefault();
    };
    // Intervals the guide starts (its step timers) must all be stopped once it is gone.
    const liveIntervals = new Set<number>();
    const { setInterval: realSetInterval, clearInterval: realClearInterval } = window;
    window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
      const id = realSetInterval(handler, timeout, ...args);
      liveIntervals.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) liveIntervals.delete(id);
      realClearInterval(id);
    }) as typeof window.clearInterval;
    const frame = document.createElement('iframe');
    document.body.append(frame);
    await nextTask();
    const frameWindow = frame.contentWindow!;
    for (const target of [window, frameWindow]) {
      target.addEventListener('error', onError);
      target.addEventListener('unhandledrejection', onRejection as EventListener);
    }
    const pageHost = document.createElement('div');
    const otherParent = document.createElement('section');
    document.body.append(pageHost, otherParent);
    const frameHost = frame.contentDocument!.createElement('div');
    frame.contentDocument!.body.append(frameHost);
    const pool: BackSpasmGuide[] = Array.from({ length: 4 }, () =>
      document.createElement('back-spasm-guide'),
    );
    for (const el of pool) pageHost.append(el);
    let blank = 0;
    let foreign = 0;
    let leftoverIntervals = -1;
    let cases = 0;
    const started = performance.now();
    console.log(`fuzz: seed ${FUZZ_SEED}, ${FUZZ_RUNS} cases`);

    const run = async (which: number, commands: Command[]) => {
      cases += 1;
      const el = pool[which]!;
      if (!el.isConnected) pageHost.append(el);
      for (const command of commands) {
        switch (command.kind) {
          case 'attribute':
            el.setAttribute(command.name, command.value);
            break;
          case 'remove-attribute':
            el.removeAttribute(command.name);
            break;
          case 'property':
            (el as unknown as Record<string, unknown>)[command.name] =
              command.value === REVOKED_PROXY ? revokedProxy() : command.value;
            break;
          case 'lang': {
            const target =
              command.where === 'self'
                ? el
                : command.where === 'ancestor'
                  ? el.parentElement
                  : el.ownerDocument.documentElement;
            target?.setAttribute('lang', command.value);
            break;
          }
          case 'call':
            if (command.method === 'reset') el.reset();
            else if (command.method === 'requestUpdate') el.requestUpdate();
            else void [el.answers, el.assessment];
            break;
          case 'click': {
            const controls = el.shadowRoot?.querySelectorAll<HTMLElement>('button, input') ?? [];
            const control = controls[command.index % Math.max(1, controls.length)];
            // Downloads and printing would leave the page: the clicks a reader makes in the flow.
            if (control && !/Print|calendar/.test(control.textContent ?? '')) control.click();
            break;
          }
          case 'move':
            if (command.to === 'page') pageHost.append(el);
            else if (command.to === 'other-parent') otherParent.append(el);
            else if (command.to === 'iframe') frameHost.append(el);
            else {
              el.remove();
              pageHost.append(el);
            }
            break;
        }
      }
      await el.updateComplete;
      const root = el.shadowRoot!;
      const text = root.textContent?.replace(/\s+/g, '') ?? '';
      if (!text || !root.querySelector('[data-screen-heading], .loading, .trouble')) blank += 1;
      if (cases % 100 === 0 && el.getBoundingClientRect().height < 50) blank += 1;
      try {
        expectNothingInjected(el);
        if (el.childNodes.length > 0) throw new Error('light DOM changed');
      } catch {
        foreign += 1;
      }
      await nextTask();
      return uncaught.length === 0 && rejections.length === 0 && blank === 0 && foreign === 0;
    };

    try {
      await fc.assert(
        fc.asyncProperty(
          fc.nat(pool.length - 1),
          fc.array(commandArb, { minLength: 1, maxLength: 4 }),
          run,
        ),
        { seed: FUZZ_SEED, numRuns: FUZZ_RUNS, endOnFailure: true },
      );
    } finally {
      for (const el of pool) el.remove();
      frame.remove();
      pageHost.remove();
      otherParent.remove();
      document.documentElement.removeAttribute('lang');
      await nextTask();
      leftoverIntervals = liveIntervals.size;
      window.setInterval = realSetInterval;
      window.clearInterval = realClearInterval;
      for (const target of [window, frameWindow]) {
        target.removeEventListener('error', onError);
        target.removeEventListener('unhandledrejection', onRejection as EventListener);
      }
      warn.restore();
      error.restore();
      localStorage.clear();
      console.log(
        `fuzz: seed ${FUZZ_SEED}: ${cases} cases in ${Math.round(performance.now() - started)} ms; ` +
          `${uncaught.length} uncaught errors, ${rejections.length} unhandled rejections, ` +
          `${blank} blank renders, ${foreign} foreign nodes, ${error.callCount} render failures, ` +
          `${leftoverIntervals} intervals left running`,
      );
    }
    expect(cases).to.be.at.least(FUZZ_RUNS);
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
    expect(rejections, 'unhandled rejections').to.deep.equal([]);
    expect(blank, 'blank renders').to.equal(0);
    expect(foreign, 'foreign nodes').to.equal(0);
    expect(error.callCount, 'screens that failed to render').to.equal(0);
    expect(leftoverIntervals, 'intervals left running after every guide was removed').to.equal(0);
  });
});
