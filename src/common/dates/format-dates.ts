import { Language } from '../../config/app-config';
import { TIME_ZONE } from './amsterdam-time';

/*
 * Dates as Dutch people write them ("donderdag 4 oktober 2018, 13.00 uur"), and as British
 * English writes them for the English interface. Intl gives "om 13:00", so the parts are
 * put together here in house style.
 */

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: Language, kind: 'date' | 'time' | 'short'): Intl.DateTimeFormat {
  const key = `${lang}:${kind}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'date'
        ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
        : kind === 'short'
          ? { day: 'numeric', month: 'long', year: 'numeric' }
          : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    f = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: TIME_ZONE });
    formats.set(key, f);
  }
  return f;
}

/** "donderdag 4 oktober 2018" / "Thursday 4 October 2018" */
export function formatDate(date: Date, lang: Language = 'nl'): string {
  const parts = format(lang, 'date').formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}`;
}

/** "4 oktober 2018" / "4 October 2018" */
export function formatShortDate(date: Date, lang: Language = 'nl'): string {
  return format(lang, 'short').format(date);
}

/** "13.00" / "13:00", without "uur". */
function clock(date: Date, lang: Language): string {
  const parts = format(lang, 'time').formatToParts(date);
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '';
  return `${hour}${lang === 'nl' ? '.' : ':'}${minute}`;
}

/** "13.00 uur" / "13:00" */
export function formatTime(date: Date, lang: Language = 'nl'): string {
  return lang === 'nl' ? `${clock(date, lang)} uur` : clock(date, lang);
}

/** "donderdag 4 oktober 2018, 13.00 uur" / "Thursday 4 October 2018, 13:00" */
export function formatDateTime(date: Date, lang: Language = 'nl'): string {
  return `${formatDate(date, lang)}, ${formatTime(date, lang)}`;
}

/** "13.00–17.00 uur" / "13:00–17:00" (an en dash, as in print). */
export function formatTimeRange(start: Date, end: Date, lang: Language = 'nl'): string {
  const range = `${clock(start, lang)}–${clock(end, lang)}`;
  return lang === 'nl' ? `${range} uur` : range;
}

/** Machine-readable value for `<time datetime="…">`. */
export function isoDateTime(date: Date): string {
  return date.toISOString();
}
