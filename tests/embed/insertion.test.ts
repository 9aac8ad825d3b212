import { eventually } from '../support/eventually.js';
import { expect } from '@open-wc/testing';
import { closeAll, openPage, renderedHeading } from './frame.js';
import { goTo } from '../support/flow-driver.js';
import type { BackSpasmGuide } from '../../src/index.js';

const START_HEADING = 'Low back spasm: what to do now';

describe('insertion the way a CMS does it (built files)', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('upgrades a tag that comes before the module script', async () => {
    const frame = await openPage('/tests/embed/pages/before-script.html');
    expect(await renderedHeading(frame)).to.equal(START_HEADING);
    expect(frame.window.probe.errors).to.deep.equal([]);
  });

  it('upgrades a tag that comes after the classic script, in its language', async () => {
    const frame = await openPage('/tests/embed/pages/after-script.html');
    await renderedHeading(frame);
    await eventually(
      () => frame.guide().shadowRoot!.querySelector('.card')?.getAttribute('lang') === 'fr',
    );
    expect(frame.window.probe.errors).to.deep.equal([]);
  });

  it('defines the element once when both builds are included twice, without a warning', async () => {
    const frame = await openPage('/tests/embed/pages/twice.html');
    expect(await renderedHeading(frame)).to.equal(START_HEADING);
    expect(frame.window.probe.errors).to.deep.equal([]);
    expect(frame.window.probe.warnings.filter((w) => w.includes('version'))).to.deep.equal([]);
  });

  it('warns once when another version is already defined', async () => {
    const frame = await openPage('/tests/embed/pages/other-version.html');
    await eventually(() => frame.window.probe.warnings.length > 0, 'no warning');
    expect(frame.window.probe.warnings).to.have.length(1);
    expect(frame.window.probe.warnings[0]).to.contain('0.0.1');
    expect(frame.window.probe.errors).to.deep.equal([]);
  });

  it('works inside innerHTML, from createElement, when moved, and many times over', async () => {
    const frame = await openPage('/tests/embed/pages/before-script.html');
    await renderedHeading(frame);
    const doc = frame.document;
    const host = doc.createElement('div');
    doc.body.append(host);
    host.innerHTML = '<article><back-spasm-guide lang="es"></back-spasm-guide></article>';
    const created = doc.createElement('back-spasm-guide');
    created.setAttribute('lang', 'en');
    host.append(created);
    const many = Array.from({ length: 20 }, () => doc.createElement('back-spasm-guide'));
    many.forEach((el) => host.append(el));
    const all = [...doc.querySelectorAll('back-spasm-guide')] as BackSpasmGuide[];
    await eventually(() =>
      all.every((el) => el.shadowRoot?.querySelector('[data-screen-heading]')),
    );
    expect(all.length).to.equal(23);

    // Independent state: answering one leaves the others on their first screen.
    await goTo(created as BackSpasmGuide, 'onset');
    expect((created as BackSpasmGuide).answers.noRedFlags).to.equal(true);
    for (const other of many) expect(other.answers.noRedFlags).to.equal(undefined);

    // Moving keeps the answers and the screen.
    const heading = created.shadowRoot!.querySelector('[data-screen-heading]')!.textContent;
    doc.body.prepend(created);
    await (created as BackSpasmGuide).updateComplete;
    expect(created.shadowRoot!.querySelector('[data-screen-heading]')!.textContent).to.equal(
      heading,
    );
    expect((created as BackSpasmGuide).answers.noRedFlags).to.equal(true);
    expect(frame.window.probe.errors).to.deep.equal([]);
  });
});
