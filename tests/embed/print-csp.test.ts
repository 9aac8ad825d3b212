/**
 * The printed plan under the README's strict policy (Trusted Types, `style-src 'self'`), in the
 * module build and the classic build, in German and in Arabic.
 */
import { expect } from '@open-wc/testing';
import { goTo } from '../support/flow-driver.js';
import { eventually } from '../support/eventually.js';
import { catchPrint, printedText } from '../support/print-frame.js';
import { closeAll, openPage, renderedHeading, type Frame } from './frame.js';

async function printFrom(frame: Frame) {
  await renderedHeading(frame);
  const guide = frame.guide();
  await goTo(guide, 'plan');
  const caught = catchPrint(guide.shadowRoot!);
  guide.shadowRoot!.querySelector<HTMLButtonElement>('button.print-plan')!.click();
  return caught;
}

/** An inline `<style>` in the print document is refused: the policy really holds there. */
async function expectInlineStyleRefused(doc: Document, violations: string[]) {
  const h1 = doc.querySelector('h1')!;
  const before = doc.defaultView!.getComputedStyle(h1).fontSize;
  const style = doc.createElement('style');
  style.textContent = 'h1 { font-size: 60px }';
  doc.head.append(style);
  await eventually(() => violations.some((v) => v.startsWith('style-src')), 'no style violation');
  expect(doc.defaultView!.getComputedStyle(h1).fontSize).to.equal(before);
  style.remove();
}

describe('printing under the strict Content-Security-Policy (built files)', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('module build, German: the print document is styled and breaks no rule', async () => {
    const frame = await openPage('/tests/embed/pages/csp-strict.html');
    await eventually(
      () => frame.guide().shadowRoot?.querySelector('.card')?.getAttribute('lang') === 'de',
    );
    const { document: doc, violations } = await printFrom(frame);
    expect(doc.documentElement.lang).to.equal('de');
    expect(doc.documentElement.dir).to.equal('ltr');
    expect(printedText(doc)).to.include('Mein Plan bei Rückenkrampf');
    // The constructed stylesheet applies under style-src 'self'.
    expect(doc.defaultView!.getComputedStyle(doc.querySelector('h1')!).fontSize).to.equal('20px');
    // Reports come in order: once the test's own refused style is reported, any earlier one would be too.
    await expectInlineStyleRefused(doc, violations);
    expect(violations, "in the print document: only the test's own style").to.have.length(1);
    expect(frame.window.probe.violations, 'in the host page').to.deep.equal([]);
    expect(frame.window.probe.errors).to.deep.equal([]);
  });

  it('classic build, Arabic: right to left, only the plan, breaks no rule', async () => {
    const frame = await openPage('/tests/embed/pages/csp-print-classic.html');
    const { document: doc, violations } = await printFrom(frame);
    expect(doc.documentElement.lang).to.equal('ar');
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(doc.defaultView!.getComputedStyle(doc.body).direction).to.equal('rtl');
    const text = printedText(doc);
    expect(text).to.include('خطتي للتعامل مع تشنج الظهر');
    expect(text).to.not.include('wellness blog');
    expect(text).to.not.include('host');
    expect(doc.defaultView!.getComputedStyle(doc.querySelector('h1')!).fontSize).to.equal('20px');
    // Reports come in order: once the test's own refused style is reported, any earlier one would be too.
    await expectInlineStyleRefused(doc, violations);
    expect(violations, "in the print document: only the test's own style").to.have.length(1);
    expect(frame.window.probe.violations, 'in the host page').to.deep.equal([]);
    expect(frame.window.probe.errors).to.deep.equal([]);
  });
});
