import { msg } from '@lit/localize';
import type {
  AgeBand,
  History,
  MedicineFact,
  OnsetSpan,
  Severity,
  Trend,
} from '../clinical/types.js';

/** Words for the questions the guide asks and their answer options. */

export function onsetSpanLabel(span: OnsetSpan): string {
  switch (span) {
    case 'today':
      return msg('Today', { id: 'onset.span.today' });
    case '1-2-days':
      return msg('1 to 2 days ago', { id: 'onset.span.1-2-days' });
    case '3-7-days':
      return msg('3 to 7 days ago', { id: 'onset.span.3-7-days' });
    case '1-2-weeks':
      return msg('1 to 2 weeks ago', { id: 'onset.span.1-2-weeks' });
    case '2-4-weeks':
      return msg('2 to 4 weeks ago', { id: 'onset.span.2-4-weeks' });
    case '4-12-weeks':
      return msg('4 to 12 weeks ago', { id: 'onset.span.4-12-weeks' });
    case 'longer':
      return msg('More than 12 weeks ago', { id: 'onset.span.longer' });
  }
}

export function historyLabel(history: History): string {
  switch (history) {
    case 'first-time':
      return msg('This is the first time', { id: 'history.first-time' });
    case 'a-few-times':
      return msg('It has happened a few times before', { id: 'history.a-few-times' });
    case 'often':
      return msg('It happens often', { id: 'history.often' });
  }
}

export function ageBandLabel(band: AgeBand): string {
  switch (band) {
    case 'under-16':
      return msg('Under 16', { id: 'age.under-16' });
    case '16-17':
      return msg('16 or 17', { id: 'age.16-17' });
    case '18-49':
      return msg('18 to 49', { id: 'age.18-49' });
    case '50-64':
      return msg('50 to 64', { id: 'age.50-64' });
    case '65-plus':
      return msg('65 or older', { id: 'age.65-plus' });
  }
}

export function medicineFactLabel(fact: MedicineFact): string {
  switch (fact) {
    case 'nsaid-reaction':
      return msg(
        'A bad reaction in the past to ibuprofen, aspirin or another anti-inflammatory painkiller, such as wheezing, a runny nose or a rash',
        { id: 'medfact.nsaid-reaction' },
      );
    case 'stomach-ulcer-or-bleeding':
      return msg(
        'A stomach ulcer, bleeding in the stomach or gut, or a hole in the stomach, now or in the past',
        { id: 'medfact.stomach-ulcer-or-bleeding' },
      );
    case 'heart-kidney-liver-or-blood-pressure':
      return msg('A heart, kidney, liver or blood-pressure problem, or a past stroke', {
        id: 'medfact.heart-kidney-liver-or-blood-pressure',
      });
    case 'asthma-or-allergies':
      return msg('Asthma, or allergies such as hay fever', { id: 'medfact.asthma-or-allergies' });
    case 'bleeds-easily':
      return msg('A condition that makes you bleed more easily', { id: 'medfact.bleeds-easily' });
    case 'crohns-or-colitis':
      return msg('Crohn’s disease or ulcerative colitis', { id: 'medfact.crohns-or-colitis' });
    case 'chickenpox':
      return msg('Chickenpox at the moment', { id: 'medfact.chickenpox' });
    case 'trying-to-get-pregnant':
      return msg('Trying to get pregnant', { id: 'medfact.trying-to-get-pregnant' });
    case 'daily-medicines':
      return msg('Taking other medicines every day', { id: 'medfact.daily-medicines' });
  }
}

export function severityLabel(severity: Severity): string {
  switch (severity) {
    case 'mild':
      return msg('Mild: I can do most things', { id: 'severity.mild' });
    case 'moderate':
      return msg('Moderate: some things are hard', { id: 'severity.moderate' });
    case 'severe':
      return msg('Severe: it is hard to move at all', { id: 'severity.severe' });
  }
}

export function trendLabel(trend: Trend): string {
  switch (trend) {
    case 'better':
      return msg('Getting better', { id: 'trend.better' });
    case 'same':
      return msg('About the same', { id: 'trend.same' });
    case 'worse':
      return msg('Getting worse', { id: 'trend.worse' });
  }
}
