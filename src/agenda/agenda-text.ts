import { formatTime, formatTimeRange } from '../common/dates/format-dates';
import { translate } from '../common/i18n/i18n';
import type { Language } from '../config/app-config';
import type { AgendaDocument, DocumentCase, DocumentRow } from './domain/agenda-document';

/*
 * The agenda as words, for places without HTML: the calendar's description and the CSV. The
 * same texts as the pages, from the translations.
 */

export function slotLabel(slot: string, lang: Language): string {
  return translate(lang, `agenda.slot.${slot}`);
}

/** "Tafel 2 (Zaal Oost)", "Tafel 2", or the room alone when there is one table. */
export function placeLabel(table: number, room: string, parallel: boolean, lang: Language): string {
  if (!parallel) return room;
  const name = translate(lang, 'agenda.table', { number: table });
  return room ? `${name} (${room})` : name;
}

export function caseLabel(c: DocumentCase, lang: Language): string {
  if (c.withdrawn) return translate(lang, 'agenda.withdrawnCase');
  return c.organisation ? `${c.title} – ${c.authorName}, ${c.organisation}` : `${c.title} – ${c.authorName}`;
}

export function blockLabel(row: Extract<DocumentRow, { kind: 'block' }>, lang: Language): string {
  return row.continued ? translate(lang, 'agenda.continued', { label: row.label }) : row.label;
}

/** One line per fixed part and per case, blocks as headings, in time order. */
export function agendaLines(document: AgendaDocument, lang: Language, walkInStart: Date): string[] {
  const lines: string[] = [];
  for (const row of document.rows) {
    if (row.kind === 'slot') {
      const when = row.slot === 'walk-in' ? translate(lang, 'agenda.walkInFrom', { time: formatTime(walkInStart, lang) }) : formatTimeRange(row.start, row.end, lang);
      lines.push(row.slot === 'walk-in' ? when : `${when}  ${slotLabel(row.slot, lang)}`);
      continue;
    }
    const place = placeLabel(row.table, row.room, document.parallel, lang);
    lines.push('', `${formatTimeRange(row.start, row.end, lang)}  ${blockLabel(row, lang)}${place ? ` · ${place}` : ''}`);
    for (const c of row.cases) lines.push(`  ${formatTimeRange(c.start, c.end, lang)}  ${caseLabel(c, lang)}${c.own ? ` (${translate(lang, 'agenda.yourCase')})` : ''}`);
    lines.push('');
  }
  return lines.filter((line, i, all) => !(line === '' && (i === 0 || all[i - 1] === '')));
}
