import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { toDutchCsv } from '../common/csv/dutch-csv';
import { APP_CONFIG, type AppConfig, type Language } from '../config/app-config';
import { agendaJson, calendarEvent, csvRows } from './agenda-exports';
import { AgendaReaderService, AgendaVersion } from './agenda-reader.service';
import { buildCalendar } from './domain/ical';

export interface ExportFile {
  filename: string;
  body: string;
}

/** The agenda as a calendar file, a spreadsheet and JSON, for whoever may read it. */
@Injectable()
export class AgendaExportService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reader: AgendaReaderService,
  ) {}

  /** Always the published agenda: a calendar keeps what it imported, so it gets what participants were told. */
  async calendar(actor: Actor, slug: string, lang: Language, now = new Date()): Promise<ExportFile> {
    const read = await this.reader.read(actor, slug, 'published');
    const link = `${this.config.baseUrl}/leerateliers/${read.edition.slug}/agenda`;
    const event = calendarEvent(read, lang, link, new URL(this.config.baseUrl).hostname, now);
    return { filename: `bijeenkomst-2-${read.edition.slug}.ics`, body: buildCalendar(event) };
  }

  async csv(actor: Actor, slug: string, version: AgendaVersion, lang: Language): Promise<ExportFile> {
    const read = await this.reader.read(actor, slug, version);
    const { header, rows } = csvRows(read, lang);
    return { filename: `agenda-${read.edition.slug}${version === 'draft' ? '-concept' : ''}.csv`, body: toDutchCsv(header, rows) };
  }

  async json(actor: Actor, slug: string, version: AgendaVersion): Promise<Record<string, unknown>> {
    return agendaJson(await this.reader.read(actor, slug, version));
  }
}
