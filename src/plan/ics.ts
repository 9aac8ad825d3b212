/** Builds an iCalendar file of all-day reminders, in the browser, with nothing sent anywhere. */

export interface CalendarReminder {
  /** `YYYY-MM-DD` */
  date: string;
  summary: string;
  description: string;
}

export function buildIcs(reminders: readonly CalendarReminder[], now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//back-spasm-guide//reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  reminders.forEach((reminder, index) => {
    const day = reminder.date.replace(/-/g, '');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${day}-${index}-${stamp}@back-spasm-guide`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day}`,
      `DTEND;VALUE=DATE:${nextDay(reminder.date)}`,
      `SUMMARY:${escapeText(reminder.summary)}`,
      `DESCRIPTION:${escapeText(reminder.description)}`,
      'TRANSP:TRANSPARENT',
      // An alarm at 09:00 on the day, for calendars that add none to all-day events.
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(reminder.summary)}`,
      'TRIGGER;RELATED=START:PT9H',
      'END:VALARM',
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function nextDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const next = new Date(Date.UTC(year!, month! - 1, day! + 1));
  return next.toISOString().slice(0, 10).replace(/-/g, '');
}

function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1). */
function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let limit = 75;
  for (const char of line) {
    if (encoder.encode(current + char).length > limit) {
      parts.push(current);
      current = '';
      limit = 74;
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
