import { expect } from '@open-wc/testing';
import { assess } from '../../src/clinical/assess.js';
import { buildIcs } from '../../src/plan/ics.js';
import { remindersFor } from '../../src/plan/reminders.js';
import { loadLocale } from '../../src/i18n/localization.js';
import { validAnswers } from '../support/answers.js';

function parseIcs(text: string) {
  const unfolded = text.replace(/\r\n /g, '');
  const lines = unfolded.split('\r\n').filter(Boolean);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  let inAlarm = false;
  for (const line of lines) {
    if (line === 'BEGIN:VALARM' || line === 'END:VALARM') inAlarm = line === 'BEGIN:VALARM';
    else if (inAlarm) continue;
    else if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return { lines, events };
}

const answers = validAnswers({ onset: { kind: 'date', date: '2026-11-18' } });

describe('calendar reminders (.ics)', () => {
  it('makes a valid calendar with one all-day event per dated re-check', () => {
    const result = assess(answers, '2026-11-21');
    if (!result.ok) throw new Error('expected a plan');
    const reminders = remindersFor(result.assessment, 'en');
    const text = buildIcs(reminders, new Date('2026-11-21T10:00:00Z'));
    const { lines, events } = parseIcs(text);
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines.at(-1)).to.equal('END:VCALENDAR');
    expect(events.length).to.equal(result.assessment.recheck.filter((r) => r.date).length);
    expect(events.length).to.be.greaterThan(0);
    const first = result.assessment.recheck[0]!;
    expect(events[0]!['DTSTART;VALUE=DATE']).to.equal(first.date!.replace(/-/g, ''));
    for (const event of events) {
      expect(event.SUMMARY).to.be.a('string').and.not.empty;
      expect(event.UID).to.match(/@back-spasm-guide$/);
    }
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).to.be.at.most(75);
  });

  it('escapes text and folds long lines in other scripts', async () => {
    await Promise.all([loadLocale('ar', 'questions'), loadLocale('ar', 'plan')]);
    const text = buildIcs(
      [{ date: '2026-12-05', summary: 'a, b; c\\d', description: 'ب'.repeat(120) }],
      new Date('2026-11-21T10:00:00Z'),
    );
    expect(text).to.contain('SUMMARY:a\\, b\\; c\\\\d');
    const { events } = parseIcs(text);
    expect(events[0]!.DESCRIPTION).to.equal('ب'.repeat(120));
    expect(events[0]!['DTEND;VALUE=DATE']).to.equal('20261206');
  });

  it('gives every event an alarm (VALARM) inside it, in well-nested components', () => {
    const result = assess(answers, '2026-11-21');
    if (!result.ok) throw new Error('expected a plan');
    const text = buildIcs(remindersFor(result.assessment, 'en'), new Date('2026-11-21T10:00:00Z'));
    const lines = text.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
    // A component stack: BEGIN and END must pair up, and each VALARM must sit in a VEVENT.
    const stack: string[] = [];
    const alarms: Record<string, string>[] = [];
    let events = 0;
    for (const line of lines) {
      const [name, value] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)];
      if (name === 'BEGIN') {
        if (value === 'VALARM') {
          expect(stack.at(-1), 'VALARM inside a VEVENT').to.equal('VEVENT');
          alarms.push({});
        }
        if (value === 'VEVENT') events++;
        stack.push(value);
      } else if (name === 'END') {
        expect(stack.pop(), `END:${value}`).to.equal(value);
      } else if (stack.at(-1) === 'VALARM') {
        alarms.at(-1)![name] = value;
      }
    }
    expect(stack).to.deep.equal([]);
    expect(events).to.be.greaterThan(0);
    expect(alarms.length, 'one alarm per event').to.equal(events);
    for (const alarm of alarms) {
      expect(alarm.ACTION).to.equal('DISPLAY');
      expect(alarm.DESCRIPTION).to.be.a('string').and.not.empty;
      expect(alarm['TRIGGER;RELATED=START']).to.match(/^-?P(\d+D)?(T(\d+H)?(\d+M)?)?$/);
    }
  });
});
