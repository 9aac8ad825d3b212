import { html } from 'lit';
import { msg } from '@lit/localize';
import {
  AGE_BANDS,
  MEDICINE_FACTS,
  SEVERITIES,
  TRENDS,
  type Answers,
  type MedicineFact,
} from '../clinical/types.js';
import {
  ageBandLabel,
  medicineFactLabel,
  severityLabel,
  trendLabel,
} from '../content/question-text.js';
import { checkbox, errorFor, radioGroup, yesNoGroup, type QuestionError } from './controls.js';
import { navButtons } from './navigation.js';

export interface AboutScreenProps {
  answers: Answers;
  /** Ask whether it is getting better only once it has lasted a few days. */
  askTrend: boolean;
  /** `age`, `severity` or `one-leg`. */
  error: QuestionError | undefined;
  onChange: (patch: Partial<Answers>) => void;
  onBack: () => void;
  onNext: () => void;
}

export function aboutScreen({
  answers,
  askTrend,
  error,
  onChange,
  onBack,
  onNext,
}: AboutScreenProps) {
  const facts = answers.medicineFacts ?? {};
  const toggleFact = (fact: MedicineFact, checked: boolean) =>
    onChange({ medicineFacts: { ...facts, [fact]: checked, none: false } });
  const toggleNoFacts = (checked: boolean) =>
    onChange({
      medicineFacts: checked
        ? { ...Object.fromEntries(MEDICINE_FACTS.map((fact) => [fact, false])), none: true }
        : { none: false },
    });
  const yes = msg('Yes', { id: 'answer.yes' });
  const no = msg('No', { id: 'answer.no' });
  return html`
    <h2 tabindex="-1" data-screen-heading aria-describedby="bsg-progress">
      ${msg('About you', { id: 'about.title' })}
    </h2>
    ${radioGroup({
      name: 'age',
      legend: msg('How old are you?', { id: 'age.legend' }),
      choices: AGE_BANDS.map((value) => ({ value, label: ageBandLabel(value) })),
      selected: answers.ageBand,
      error: errorFor(error, 'age'),
      onSelect: (ageBand) => onChange({ ageBand }),
    })}
    <fieldset>
      <legend>${msg('Do any of these apply to you?', { id: 'medfact.legend' })}</legend>
      <p class="hint">
        ${msg('Your answers change what we say about pain medicines.', { id: 'medfact.hint' })}
      </p>
      ${MEDICINE_FACTS.map((fact) =>
        checkbox({
          label: medicineFactLabel(fact),
          checked: facts[fact] === true,
          onToggle: (checked) => toggleFact(fact, checked),
        }),
      )}
      ${checkbox({
        variant: 'none',
        label: msg('None of these', { id: 'medfact.none' }),
        checked: facts.none === true,
        onToggle: toggleNoFacts,
      })}
    </fieldset>
    ${radioGroup({
      name: 'severity',
      legend: msg('How bad is the pain?', { id: 'severity.legend' }),
      choices: SEVERITIES.map((value) => ({ value, label: severityLabel(value) })),
      selected: answers.severity,
      error: errorFor(error, 'severity'),
      onSelect: (severity) => onChange({ severity }),
    })}
    ${yesNoGroup({
      name: 'one-leg',
      legend: msg(
        'Do you have numbness, tingling or weakness in one leg that is not getting worse?',
        {
          id: 'one-leg.legend',
        },
      ),
      yes,
      no,
      value: answers.oneLegSymptoms,
      error: errorFor(error, 'one-leg'),
      onSelect: (oneLegSymptoms) => onChange({ oneLegSymptoms }),
    })}
    ${yesNoGroup({
      name: 'daily',
      optional: true,
      legend: msg('Does the pain stop you doing your usual daily activities?', {
        id: 'daily.legend',
      }),
      yes,
      no,
      value: answers.stopsDailyActivities,
      onSelect: (stopsDailyActivities) => onChange({ stopsDailyActivities }),
    })}
    ${
      askTrend
        ? radioGroup({
            name: 'trend',
            optional: true,
            legend: msg('Since it started, is it…', { id: 'trend.legend' }),
            choices: TRENDS.map((value) => ({ value, label: trendLabel(value) })),
            selected: answers.trend,
            onSelect: (trend) => onChange({ trend }),
          })
        : ''
    }
    ${yesNoGroup({
      name: 'heat',
      optional: true,
      legend: msg('Have you tried heat, and did it make the pain worse?', { id: 'heat.legend' }),
      yes: msg('Yes, heat made it worse', { id: 'heat.worse' }),
      no: msg('No, or I have not tried heat', { id: 'heat.not-worse' }),
      value: answers.heatMadeWorse,
      onSelect: (heatMadeWorse) => onChange({ heatMadeWorse }),
    })}
    ${yesNoGroup({
      name: 'coping',
      optional: true,
      legend: msg('Are you finding it hard to cope with the pain?', { id: 'coping.legend' }),
      yes,
      no,
      value: answers.strugglingToCope,
      onSelect: (strugglingToCope) => onChange({ strugglingToCope }),
    })}
    ${navButtons({
      onBack,
      onNext,
      nextLabel: msg('Show my plan', { id: 'about.show-plan' }),
    })}
  `;
}
