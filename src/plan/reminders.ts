import type { Assessment } from '../clinical/types.js';
import { recheckText } from '../content/plan-text.js';
import { msg } from '@lit/localize';
import { withLocale } from '../i18n/localization.js';
import type { SupportedLocale } from '../i18n/locales.js';
import { buildIcs, type CalendarReminder } from './ics.js';

export function remindersFor(assessment: Assessment, locale: SupportedLocale): CalendarReminder[] {
  return withLocale(locale, () =>
    assessment.recheck.flatMap((item) =>
      item.date
        ? [
            {
              date: item.date,
              summary: msg('Back spasm: time to check in', { id: 'ics.summary' }),
              description: recheckText(item.action),
            },
          ]
        : [],
    ),
  );
}

/** Saves the re-check reminders as an .ics file made here in the browser. */
export function downloadReminders(
  root: ShadowRoot,
  assessment: Assessment,
  locale: SupportedLocale,
): void {
  const ics = buildIcs(remindersFor(assessment, locale), new Date());
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'back-spasm-reminders.ics';
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
