/**
 * Clinical content v2 as the reader gets it: the pregnancy pathway, the accident route, the
 * when-to-get-help list made from the red-flag table, the content version, and Sources that
 * never show a file name or an internal id, on every route in every locale.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { CLINICAL_CONTENT } from '../../src/clinical/content-version.js';
import { SOURCE_IDS } from '../../src/clinical/sources.js';
import {
  EMERGENCY_FINDINGS,
  PREGNANCY_FINDINGS,
  URGENT_FINDINGS,
} from '../../src/clinical/types.js';
import { redFlagLabel } from '../../src/content/clinical-text.js';
import { SUPPORTED_LOCALES } from '../../src/i18n/locales.js';
import { goTo, guideIn, SCREEN_NAMES } from '../support/flow-driver.js';
import {
  choose,
  chooseInGroup,
  click,
  heading,
  makeGuide,
  root,
  stepIds,
  walk,
} from './helpers.js';

function listItems(el: HTMLElement, selector: string): string[] {
  const shadow = el.shadowRoot!;
  return [...shadow.querySelectorAll(`${selector} > li`)].map((li) =>
    li.textContent!.replace(/\s+/g, ' ').trim(),
  );
}

describe('clinical content v2 in the guide', function () {
  this.timeout(60_000);

  it('pregnancy: adapted plan, side-lying, no anti-inflammatory, its own get-help list', async () => {
    const el = await makeGuide('en-GB');
    const shown = oneEvent(el, 'bsg-plan-shown');
    await walk(el, { pregnant: true });
    const event = (await shown) as CustomEvent<{ contentVersion: string; stepIds: string[] }>;
    expect(event.detail.contentVersion).to.equal(CLINICAL_CONTENT.version);
    expect(root(el).querySelector('.tier .adapted')?.textContent).to.contain(
      'adapted for pregnancy',
    );
    const ids = stepIds(el);
    expect(ids).to.include.members(['position-side-lying-pregnancy', 'pregnancy-painkillers']);
    for (const id of ['position-legs-on-chair', 'position-pillows-under-knees'])
      expect(ids).to.not.include(id);
    expect(ids).to.not.include('nsaid-over-the-counter');
    const listed = listItems(el, '.get-help-list');
    for (const id of PREGNANCY_FINDINGS) expect(listed).to.include(redFlagLabel(id));
    expect(root(el).textContent).to.contain(
      'Call your midwife, maternity unit or a doctor now if:',
    );
    await expect(el).to.be.accessible();
  });

  it('pregnancy signs appear on the red-flag screen only after "yes", and send to the midwife', async () => {
    const el = await makeGuide('en-GB');
    await click(el, 'Start');
    const labels = () => [...root(el).querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels()).to.not.include(redFlagLabel('pregnancy-bleeding'));
    await chooseInGroup(el, 'pregnant', 'Yes');
    expect(labels()).to.include(redFlagLabel('pregnancy-bleeding'));
    await expect(el).to.be.accessible();
    await choose(el, redFlagLabel('pregnancy-bleeding'));
    await click(el, 'Continue');
    expect(root(el).textContent).to.contain('a doctor should check you today');
  });

  it('asks the pregnancy question before a plan, never before the emergency screen', async () => {
    const el = await makeGuide('en-GB');
    await click(el, 'Start');
    await choose(el, 'None of these');
    await click(el, 'Continue');
    expect(heading(el)).to.equal('First, a quick safety check');
    expect(root(el).querySelector('.form-error')?.textContent).to.contain('pregnant');
    await choose(el, 'None of these'); // untick, then an emergency sign alone is enough
    await choose(el, redFlagLabel('chest-pain'));
    await click(el, 'Continue');
    expect(heading(el)).to.equal('Call for emergency help now');
  });

  it('after a serious accident says only: call now, keep still', async () => {
    const el = await makeGuide('en-GB');
    await click(el, 'Start');
    await choose(el, redFlagLabel('serious-accident'));
    await click(el, 'Continue');
    const text = root(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('keep still');
    expect(text).to.not.contain('Stay in the position that hurts least');
    expect(text).to.not.contain('emergency department');
  });

  it('the plan lists every emergency and same-day sign in the words of the screen', async () => {
    const el = await makeGuide('en-GB');
    await walk(el, {});
    const listed = listItems(el, '.get-help-list');
    for (const id of [...EMERGENCY_FINDINGS, ...URGENT_FINDINGS]) {
      expect(listed, id).to.include(redFlagLabel(id));
    }
    for (const id of PREGNANCY_FINDINGS) expect(listed).to.not.include(redFlagLabel(id));
    const foot = root(el).querySelector('.content-version')!.textContent!;
    expect(foot).to.contain(`Clinical content version ${CLINICAL_CONTENT.version}`);
  });

  it('keeps a "+" number in place inside Arabic text', async () => {
    const el = await makeGuide('ar', { 'emergency-number': '+34112' });
    const start = root(el).querySelector('.emergency-note')!.textContent!;
    expect(start).to.contain('\u2066+34112\u2069');
  });

  it('the anti-inflammatory caution lists every medicine question', async () => {
    const el = await makeGuide('en-GB');
    await walk(el, {});
    const caution = root(el).querySelector('[data-step="nsaid-over-the-counter"] .step-warnings');
    expect(caution?.querySelectorAll('li > ul > li').length).to.equal(9);
    expect(caution?.textContent).to.contain('Taking other medicines every day');
  });

  it('Sources never show a file name, "seed" or an internal id, on any route in any locale', async () => {
    const forbidden = [/seed/i, /\.txt/i, /project/i, /[0-9a-f]{16}/, /oracle/i, /advisory board/i];
    for (const locale of SUPPORTED_LOCALES) {
      const el = await guideIn(locale);
      for (const screen of SCREEN_NAMES) {
        await goTo(el, screen);
        const texts = [...listItems(el, '.sources ul'), ...listItems(el, '.sources-list ul')];
        if (screen === 'plan' || screen === 'pregnancy-plan' || screen === 'urgent') {
          expect(texts.length, `${locale} ${screen}: no sources`).to.be.greaterThan(0);
        }
        for (const text of texts) {
          for (const pattern of forbidden)
            expect(text, `${locale} ${screen}`).to.not.match(pattern);
          for (const id of SOURCE_IDS) expect(text, `${locale} ${screen}`).to.not.contain(id);
          expect(text, `${locale} ${screen}: no year or "undated"`).to.match(
            /\b(19|20)\d\d\b|undated/,
          );
        }
      }
    }
  });
});
