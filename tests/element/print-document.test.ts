/**
 * "Print" prints a document of the guide's own, in a frame inside its shadow root: the plan with
 * a summary of the answers, and nothing of the host page around it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { Answers } from '../../src/clinical/types.js';
import type { BackSpasmGuide } from '../../src/index.js';
import { goTo, guideIn } from '../support/flow-driver.js';
import { catchPrint, printedText } from '../support/print-frame.js';
import { eventually } from '../support/eventually.js';
import { walk } from './helpers.js';

const HOST_TEXT = 'Ten tips from our wellness blog';

async function guideInArticle(lang: string): Promise<BackSpasmGuide> {
  const article = await fixture<HTMLElement>(html`
    <article>
      <h1>${HOST_TEXT}</h1>
      <p>The host's own words, which must not reach the printed plan.</p>
      <back-spasm-guide lang=${lang}></back-spasm-guide>
    </article>
  `);
  const el = article.querySelector('back-spasm-guide')!;
  await eventually(() => el.shadowRoot?.querySelector('[data-screen-heading]'), 'no guide');
  return el;
}

function printButton(el: BackSpasmGuide): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('button.print-plan')!;
}

describe('the printed plan', () => {
  afterEach(() => sinon.restore());

  it('prints only the plan with what the reader answered, not the host page', async () => {
    const pagePrint = sinon.stub(window, 'print');
    const el = await guideInArticle('en-GB');
    await walk(el, {
      onset: '1 to 2 weeks ago',
      history: 'It has happened a few times before',
      facts: ['Asthma, or allergies', 'Taking other medicines every day'],
      severity: 'Severe',
      trend: 'Getting worse',
    });
    const caught = catchPrint(el.shadowRoot!);
    printButton(el).click();
    const { frame, document: doc } = await caught;
    const text = printedText(doc);
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.documentElement.dir).to.equal('ltr');
    expect(doc.title).to.equal('My back spasm plan');
    expect(text).to.include('My back spasm plan');
    expect(text).to.match(/Printed on \d{1,2} [A-Z][a-z]+ 20\d\d/);
    for (const fact of [
      'What you told the guide',
      'Started',
      '1 to 2 weeks ago',
      'It has happened a few times before',
      'Asthma, or allergies such as hay fever',
      'Taking other medicines every day',
      'Severe: it is hard to move at all',
      'Getting worse',
      'Pregnant, or might be',
      'Under 4 weeks (acute)',
      // Severe pain and getting worse: "see a doctor soon", with the reasons.
      'Book a visit to a doctor soon',
      'Because you told us:',
      'Do this now',
      'Keep moving gently',
      'Call for emergency help now if:',
      'Get medical help today if:',
      'When to check again',
      'Sources',
      'Clinical content version',
    ]) {
      expect(text, fact).to.include(fact);
    }
    expect(text).to.not.include('Crohn');
    // Every sign of the screen's list is on paper, and every re-check date.
    for (const li of el.shadowRoot!.querySelectorAll('.all-signs li')) {
      expect(text).to.include(li.textContent!.trim());
    }
    for (const date of el.shadowRoot!.querySelectorAll('.recheck strong')) {
      expect(text).to.include(date.textContent!.trim());
    }
    expect(text).to.not.include(HOST_TEXT);
    expect(text).to.not.include('host');
    expect(pagePrint.called, 'the host page is not printed').to.equal(false);
    // Its stylesheet applies (a constructed sheet), and it is hidden on the screen.
    expect(getComputedStyle(doc.querySelector('h1')!).fontSize).to.equal('20px');
    expect(getComputedStyle(frame).visibility).to.equal('hidden');
    expect(frame.getBoundingClientRect().width).to.equal(0);
    // The frame goes once the print is done.
    frame.contentWindow!.dispatchEvent(new Event('afterprint'));
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
  });

  it('is in the reader’s language and direction: Arabic right to left, Hindi', async () => {
    for (const [lang, dir, title] of [
      ['ar', 'rtl', 'My back spasm plan'],
      ['hi', 'ltr', 'My back spasm plan'],
    ] as const) {
      const el = await guideIn(lang);
      await goTo(el, 'pregnancy-plan');
      const caught = catchPrint(el.shadowRoot!);
      printButton(el).click();
      const { document: doc } = await caught;
      expect(doc.documentElement.lang, lang).to.equal(lang);
      expect(doc.documentElement.dir, lang).to.equal(dir);
      expect(getComputedStyle(doc.body).direction, lang).to.equal(dir);
      expect(doc.title, `${lang}: translated title`).to.not.equal(title);
      const text = printedText(doc);
      // The screen's own words in that language are on paper: the banner and the sign lists.
      const banner = el.shadowRoot!.querySelector('.tier h2')!.textContent!.trim();
      expect(text, lang).to.include(banner);
      for (const li of el.shadowRoot!.querySelectorAll('.all-signs li')) {
        expect(text, lang).to.include(li.textContent!.trim());
      }
      expect(text, `${lang}: no English labels`).to.not.include('What you told the guide');
    }
  });

  it('says when it started as the reader gave it: a number of days, or a date', async () => {
    const el = await guideInArticle('en-GB');
    await walk(el, {});
    const started = async (onset: Answers['onset']) => {
      el.answers = { ...el.answers, onset };
      await el.updateComplete;
      const caught = catchPrint(el.shadowRoot!);
      printButton(el).click();
      const { document: doc } = await caught;
      return doc.querySelector('dt + dd')!.textContent!.trim();
    };
    expect(await started({ kind: 'duration', value: 3, unit: 'days' })).to.equal('3 days ago');
    const fiveDaysAgo = new Date(Date.now() - 5 * 86_400_000);
    const iso = fiveDaysAgo.toISOString().slice(0, 10);
    const expected = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));
    expect(await started({ kind: 'date', date: iso })).to.equal(expected);
  });

  it('falls back to the page’s print stylesheet when the frame cannot be made, without an error', async () => {
    const pagePrint = sinon.stub(window, 'print');
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const el = await guideInArticle('en-GB');
    await walk(el, {});
    sinon.stub(HTMLIFrameElement.prototype, 'contentDocument').get(() => null);
    printButton(el).click();
    await eventually(() => pagePrint.called, 'the page was not printed');
    window.removeEventListener('error', onError);
    expect(pagePrint.calledOnce).to.equal(true);
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
    expect(errors).to.deep.equal([]);
  });
});
