import { TIME_ZONE, toAmsterdam } from '../common/dates/amsterdam-time';
import { formatTimeRange } from '../common/dates/format-dates';
import { translate } from '../common/i18n/i18n';
import type { Language } from '../config/app-config';
import type { ReadAgenda } from './agenda-reader.service';
import { agendaLines, blockLabel, caseLabel, placeLabel, slotLabel } from './agenda-text';
import type { DocumentCase } from './domain/agenda-document';
import { CalendarEvent } from './domain/ical';

/*
 * The agenda in other formats: a calendar event for meeting two, a spreadsheet and JSON. Each
 * is built from what the reader may read (see AgendaReaderService).
 */

function clock(date: Date): string {
  const wall = toAmsterdam(date);
  return `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
}

function day(date: Date): string {
  const wall = toAmsterdam(date);
  return `${wall.day}-${wall.month}-${wall.year}`;
}

/** The event of meeting two: the agenda, when published, in the description; the venue's address as the location. */
export function calendarEvent(read: ReadAgenda, lang: Language, link: string, host: string, now: Date): CalendarEvent {
  const { edition, document, meeting } = read;
  const own = (document?.ownCases ?? []).map((c) => translate(lang, 'agenda.ics.yourCase', { title: c.title, time: formatTimeRange(c.start, c.end, lang) }) + place(c, read, lang));
  const body = document ? agendaLines(document, lang, read.walkInStart) : [translate(lang, 'agenda.ics.notYet')];
  const description = [...own, ...(own.length ? [''] : []), ...body, '', `${edition.venueName}, ${edition.venueAddress}`, link].join('\n');
  return {
    uid: `agenda-bijeenkomst-2-${edition.id}@${host}`,
    stamp: now,
    start: meeting.start,
    end: meeting.end,
    summary: translate(lang, 'agenda.ics.summary', { title: edition.title }),
    description,
    location: edition.venueAddress,
    url: link,
    sequence: read.row?.publications ?? 0,
  };
}

function place(c: DocumentCase, read: ReadAgenda, lang: Language): string {
  const label = placeLabel(c.table, c.room, !!read.document?.parallel, lang);
  return label ? `, ${label}` : '';
}

export const CSV_HEADER_KEYS = ['date', 'start', 'end', 'table', 'room', 'block', 'item', 'author', 'organisation', 'minutes'];

/** One row per fixed part and per case, in time order, for Dutch Excel. */
export function csvRows(read: ReadAgenda, lang: Language): { header: string[]; rows: (string | number)[][] } {
  const header = CSV_HEADER_KEYS.map((key) => translate(lang, `agenda.csv.${key}`));
  const rows: (string | number)[][] = [];
  for (const row of read.document?.rows ?? []) {
    if (row.kind === 'slot') {
      const minutes = Math.round((row.end.getTime() - row.start.getTime()) / 60_000);
      rows.push([day(row.start), clock(row.start), clock(row.end), '', '', '', slotLabel(row.slot, lang), '', '', minutes]);
      continue;
    }
    for (const c of row.cases) {
      const table = read.document!.parallel ? c.table : '';
      const title = c.withdrawn ? caseLabel(c, lang) : c.title;
      rows.push([day(c.start), clock(c.start), clock(c.end), table, c.room, blockLabel(row, lang), title, c.authorName, c.organisation, c.minutes]);
    }
  }
  return { header, rows };
}

export function agendaJson(read: ReadAgenda): Record<string, unknown> {
  const { edition, document, row, meeting } = read;
  return {
    edition: { slug: edition.slug, title: edition.title },
    version: read.version,
    published: read.version === 'published' && !!row,
    publication: read.version === 'published' ? (row?.publications ?? null) : null,
    publishedAt: read.version === 'published' ? (row?.publishedAt?.toISOString() ?? null) : null,
    revision: row?.revision ?? null,
    timeZone: TIME_ZONE,
    meeting: {
      walkInStart: read.walkInStart.toISOString(),
      start: meeting.start.toISOString(),
      end: meeting.end.toISOString(),
      venue: { name: edition.venueName, address: edition.venueAddress },
    },
    problem: read.problem?.key ?? null,
    tables: document ? Math.max(1, ...document.rows.map((r) => (r.kind === 'block' ? r.table : 1))) : null,
    items: (document?.rows ?? []).map((r) =>
      r.kind === 'slot'
        ? { type: r.slot, start: r.start.toISOString(), end: r.end.toISOString() }
        : {
            type: 'block',
            label: r.label,
            continued: r.continued,
            table: r.table,
            room: r.room,
            start: r.start.toISOString(),
            end: r.end.toISOString(),
            cases: r.cases.map((c) => ({
              id: c.caseId,
              title: c.withdrawn ? null : c.title,
              author: c.withdrawn ? null : c.authorName,
              organisation: c.withdrawn ? null : c.organisation,
              withdrawn: c.withdrawn,
              own: c.own,
              start: c.start.toISOString(),
              end: c.end.toISOString(),
              minutes: c.minutes,
            })),
          },
    ),
  };
}
