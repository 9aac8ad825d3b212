import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import {
  EMERGENCY_FINDINGS,
  PREGNANCY_FINDINGS,
  URGENT_FINDINGS,
  type RedFlagId,
} from '../clinical/types.js';
import { redFlagLabel } from '../content/clinical-text.js';
import { checkbox, errorFor, formError, yesNoGroup, type QuestionError } from './controls.js';
import { navButtons } from './navigation.js';

export interface RedFlagsScreenProps {
  checked: ReadonlySet<RedFlagId>;
  none: boolean;
  /** Asked here, after the general signs, so that pregnancy brings its own signs at once. */
  pregnant: boolean | undefined;
  /** `signs` (nothing ticked, not even "None of these") or `pregnant`. */
  error: QuestionError | undefined;
  onToggle: (id: RedFlagId, checked: boolean) => void;
  onToggleNone: (checked: boolean) => void;
  onPregnant: (pregnant: boolean) => void;
  onBack: () => void;
  onNext: () => void;
}

export function redFlagsScreen(props: RedFlagsScreenProps) {
  const signsError = errorFor(props.error, 'signs');
  const describedBy = signsError ? 'redflags-error' : nothing;
  const findingBox = (id: RedFlagId) =>
    checkbox({
      name: id,
      label: redFlagLabel(id),
      checked: props.checked.has(id),
      onToggle: (checked) => props.onToggle(id, checked),
    });
  // On one line with its mark: a space after the mark would move the words.
  const emergencyLegend = msg('Signs that need emergency help', {
    id: 'redflags.emergency.legend',
  });
  return html`
    <h2 tabindex="-1" data-screen-heading aria-describedby="bsg-progress">
      ${msg('First, a quick safety check', { id: 'redflags.title' })}
    </h2>
    <p>
      ${msg(
        'Tick each sign you have now. A few items are about your past, such as having had cancer: tick those if they have ever been true. If none apply, tick "None of these".',
        { id: 'redflags.intro' },
      )}
    </p>
    ${formError('redflags-error', signsError)}
    <fieldset class="signs-emergency emergency-frame" aria-describedby=${describedBy}>
      <legend class="emergency-mark">${emergencyLegend}</legend>
      ${EMERGENCY_FINDINGS.map(findingBox)}
    </fieldset>
    <fieldset class="signs-urgent" aria-describedby=${describedBy}>
      <legend>${msg('Signs that need a doctor today', { id: 'redflags.urgent.legend' })}</legend>
      ${URGENT_FINDINGS.map(findingBox)}
    </fieldset>
    ${yesNoGroup({
      name: 'pregnant',
      legend: msg('Are you pregnant, or might you be?', { id: 'pregnant.legend' }),
      yes: msg('Yes', { id: 'answer.yes' }),
      no: msg('No', { id: 'answer.no' }),
      value: props.pregnant,
      onSelect: props.onPregnant,
      error: errorFor(props.error, 'pregnant'),
    })}
    ${
      props.pregnant
        ? html`<fieldset class="signs-urgent signs-pregnancy" aria-describedby=${describedBy}>
            <legend>
              ${msg('Signs in pregnancy that need your midwife or maternity unit now', {
                id: 'redflags.pregnancy.legend',
              })}
            </legend>
            ${PREGNANCY_FINDINGS.map(findingBox)}
          </fieldset>`
        : nothing
    }
    ${checkbox({
      name: 'none',
      variant: 'none',
      label: msg('None of these', { id: 'redflags.none' }),
      checked: props.none,
      onToggle: props.onToggleNone,
    })}
    ${navButtons({ onBack: props.onBack, onNext: props.onNext })}
  `;
}
