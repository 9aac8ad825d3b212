import { msg, str } from '@lit/localize';
import { formatCount, formatDuration } from '../i18n/format.js';
import type { SupportedLocale } from '../i18n/locales.js';
import type { TimerAnnouncement } from '../timer/step-timer.js';

/** What the screen reader hears as a timer runs: at start, each whole minute, pause and end. */
export function timerAnnouncementText(
  locale: SupportedLocale,
  announcement: TimerAnnouncement,
): string {
  switch (announcement.kind) {
    case 'started': {
      const time = formatDuration(locale, announcement.seconds);
      return msg(str`Timer started: ${time}.`, { id: 'timer.announce.started' });
    }
    case 'resumed': {
      const time = formatDuration(locale, announcement.seconds);
      return msg(str`Timer running again: ${time} left.`, { id: 'timer.announce.resumed' });
    }
    case 'paused': {
      const time = formatDuration(locale, announcement.seconds);
      return msg(str`Timer paused with ${time} left.`, { id: 'timer.announce.paused' });
    }
    case 'minutes-left': {
      const time = formatDuration(locale, announcement.seconds);
      return msg(str`${time} left.`, { id: 'timer.announce.left' });
    }
    case 'repetition':
      return repetitionText(locale, announcement.repetition, announcement.repeats);
    case 'rest':
      return restText();
    case 'done':
      return msg('Time is up.', { id: 'timer.done' });
    case 'cancelled':
      return msg('Timer stopped.', { id: 'timer.announce.cancelled' });
  }
}

/** "Repetition 2 of 5", shown and announced as a hold set runs. */
export function repetitionText(locale: SupportedLocale, repetition: number, repeats: number) {
  const n = formatCount(locale, repetition);
  const total = formatCount(locale, repeats);
  return msg(str`Repetition ${n} of ${total}`, { id: 'timer.repetition' });
}

export function restText(): string {
  return msg('Rest', { id: 'timer.rest' });
}

export function muteLabel(): string {
  return msg('Mute sound', { id: 'timer.mute' });
}
