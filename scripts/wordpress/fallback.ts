/**
 * The plain-HTML fallback the WordPress plugin puts inside each <back-spasm-guide>: what a
 * reader without JavaScript, a feed reader or a search engine sees, and what the element hides
 * once it upgrades (it renders in shadow DOM with no <slot>).
 *
 * Every word comes from the widget's own messages in the locale asked for: the red-flag lists,
 * the get-help steps, and the steps of a typical self-care plan from the clinical core (an adult,
 * first episode, 3–7 days, no red flags, no medicine cautions), without the medicines group so
 * the fallback stays with non-drug advice. Text only: every message is escaped, and the markup
 * is plain headings, paragraphs and lists, with no styles or scripts.
 */
import { msg } from '@lit/localize';
import { assess } from '../../src/clinical/index.js';
import {
  EMERGENCY_FINDINGS,
  URGENT_FINDINGS,
  PREGNANCY_FINDINGS,
  type RedFlagId,
  type StepGroup,
} from '../../src/clinical/types.js';
import { redFlagLabel } from '../../src/content/clinical-text.js';
import { groupHeading, stepHowTo, stepTitle } from '../../src/content/plan-text.js';
import { directionOf, type SupportedLocale } from '../../src/i18n/locales.js';
import { loadLocale, withLocale, type WordsStage } from '../../src/i18n/localization.js';

/** The typical self-care case whose plan the fallback shows. */
const TYPICAL_ANSWERS = {
  version: 2,
  redFlags: {},
  noRedFlags: true,
  pregnant: false,
  oneLegSymptoms: false,
  onset: { kind: 'span', span: '3-7-days' },
  history: 'first-time',
  ageBand: '18-49',
  medicineFacts: { none: true },
  severity: 'moderate',
};
/** Any fixed date: the steps of this case do not depend on it, and the build stays repeatable. */
const TODAY = '2026-01-15';
const LEFT_OUT: readonly StepGroup[] = ['get-help', 'while-waiting', 'medicines'];

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const element = (tag: string, text: string) => `<${tag}>${escapeHtml(text)}</${tag}>`;

function stepList(ids: readonly string[]): string {
  const items = ids.map((id) => `${element('dt', stepTitle(id))}\n${element('dd', stepHowTo(id))}`);
  return `<dl>\n${items.join('\n')}\n</dl>`;
}

/** Groups of the typical plan, in the order the plan shows them. */
function typicalPlan(): Map<StepGroup, string[]> {
  const result = assess(TYPICAL_ANSWERS, TODAY);
  if (!result.ok || result.assessment.tier !== 'self-care') {
    throw new Error('The typical self-care case no longer gives a self-care plan.');
  }
  const groups = new Map<StepGroup, string[]>();
  for (const step of result.assessment.steps) {
    if (LEFT_OUT.includes(step.group)) continue;
    groups.set(step.group, [...(groups.get(step.group) ?? []), step.id]);
  }
  return groups;
}

/** The fallback fragment for one shipped locale. */
export async function renderFallback(locale: SupportedLocale): Promise<string> {
  const stages: WordsStage[] = ['first', 'questions', 'plan'];
  await Promise.all(stages.map((stage) => loadLocale(locale, stage)));
  const plan = typicalPlan();
  return withLocale(locale, () => {
    // Existing messages of the start and red-flag screens (same ids, same English text).
    const title = msg('Low back spasm: what to do now', { id: 'start.title' });
    const disclaimer = msg(
      'This guide gives general health information. It cannot tell you what is causing your pain and it does not replace a doctor.',
      { id: 'start.disclaimer' },
    );
    const emergencyLegend = msg('Signs that need emergency help', {
      id: 'redflags.emergency.legend',
    });
    const urgentLegend = msg('Signs that need a doctor today', { id: 'redflags.urgent.legend' });
    const pregnancyLegend = msg('Signs in pregnancy that need your midwife or maternity unit now', {
      id: 'redflags.pregnancy.legend',
    });
    const list = (ids: readonly RedFlagId[]) =>
      `<ul>\n${ids.map((id) => element('li', redFlagLabel(id))).join('\n')}\n</ul>`;

    const parts = [
      `<div class="back-spasm-guide-fallback" lang="${locale}" dir="${directionOf(locale)}">`,
      element('h2', title),
      element('p', disclaimer),
      element('h3', emergencyLegend),
      list(EMERGENCY_FINDINGS),
      stepList(['get-help-emergency']),
      element('h3', urgentLegend),
      list(URGENT_FINDINGS),
      stepList(['get-help-today']),
      element('h3', pregnancyLegend),
      list(PREGNANCY_FINDINGS),
      stepList(['get-help-maternity']),
    ];
    for (const [group, ids] of plan) {
      parts.push(element('h3', groupHeading(group)), stepList(ids));
    }
    parts.push('</div>');
    return `${parts.join('\n')}\n`;
  });
}
