import { msg, str } from '@lit/localize';
import type { Phase } from '../clinical/types.js';

/** Words of the printed plan (the page for the doctor) that the screen does not already have. */

export function printTitle(): string {
  return msg('My back spasm plan', { id: 'print.title' });
}

export function printedOn(date: string): string {
  return msg(str`Printed on ${date}`, { id: 'print.date' });
}

export function toldHeading(): string {
  return msg('What you told the guide', { id: 'print.told' });
}

export function stepsHeading(): string {
  return msg('Your steps', { id: 'print.steps' });
}

export type AnswerLabel =
  | 'phase'
  | 'started'
  | 'history'
  | 'age'
  | 'pregnant'
  | 'severity'
  | 'trend'
  | 'medicines';

export function answerLabel(label: AnswerLabel): string {
  switch (label) {
    case 'phase':
      return msg('Stage', { id: 'print.label.phase' });
    case 'started':
      return msg('Started', { id: 'print.label.started' });
    case 'history':
      return msg('Earlier spasms', { id: 'print.label.history' });
    case 'age':
      return msg('Age', { id: 'print.label.age' });
    case 'pregnant':
      return msg('Pregnant, or might be', { id: 'print.label.pregnant' });
    case 'severity':
      return msg('Pain', { id: 'print.label.severity' });
    case 'trend':
      return msg('Since it started', { id: 'print.label.trend' });
    case 'medicines':
      return msg('Medicine questions', { id: 'print.label.medicines' });
  }
}

export function phaseLabel(phase: Phase): string {
  switch (phase) {
    case 'first-days':
      return msg('The first 2 days', { id: 'print.phase.first-days' });
    case 'acute':
      return msg('Under 4 weeks (acute)', { id: 'print.phase.acute' });
    case 'subacute':
      return msg('4 to 12 weeks (subacute)', { id: 'print.phase.subacute' });
    case 'chronic':
      return msg('More than 12 weeks (chronic)', { id: 'print.phase.chronic' });
  }
}

export function notAnswered(): string {
  return msg('Not answered', { id: 'print.not-answered' });
}

export function yesNo(value: boolean): string {
  return value ? msg('Yes', { id: 'answer.yes' }) : msg('No', { id: 'answer.no' });
}

export function noMedicineFacts(): string {
  return msg('None of these', { id: 'medfact.none' });
}

export function becauseLabel(): string {
  return msg('Because you told us:', { id: 'tier.because' });
}
