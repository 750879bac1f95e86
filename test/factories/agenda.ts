import { DataSource } from 'typeorm';
import { Case, CaseStatus } from '../../src/cases/entities/case.entity';
import { Edition } from '../../src/editions/edition.entity';
import { Theme } from '../../src/themes/theme.entity';
import { User } from '../../src/users/user.entity';
import { visibleText } from '../utils/html';
import type { Agent } from '../utils/session';
import { createCase, createTheme } from './cases';
import { createEdition } from './editions';
import { createUser, enrol } from './people';

export interface AgendaCaseSpec {
  title: string;
  /** The situation; the other text fields are short and neutral. */
  text: string;
  themes?: string[];
  status?: CaseStatus;
  author?: string;
}

export interface AgendaFixture {
  edition: Edition;
  trainer: User;
  themes: Map<string, Theme>;
  /** In the order given. */
  cases: Case[];
  authors: User[];
}

/**
 * An edition with a trainer, a theme list and a participant with a case for each spec. Meeting
 * two is 13.00–17.00 uur on Thursday 3 October 2030 (Amsterdam summer time), walk-in from 12.30 uur.
 */
export async function agendaFixture(dataSource: DataSource, themeNames: string[], specs: AgendaCaseSpec[], fields: Partial<Edition> = {}): Promise<AgendaFixture> {
  const edition = await createEdition(dataSource, fields);
  const trainer = await createUser(dataSource, { name: 'Marieke Bos' });
  await enrol(dataSource, edition, trainer, 'trainer');
  const themes = new Map<string, Theme>();
  for (const [i, name] of themeNames.entries()) themes.set(name, await createTheme(dataSource, edition, name, i + 1));
  const cases: Case[] = [];
  const authors: User[] = [];
  for (const spec of specs) {
    const author = await createUser(dataSource, spec.author ? { name: spec.author } : {});
    await enrol(dataSource, edition, author, 'participant');
    const text = { title: spec.title, situation: spec.text, context: '', involved: '', tried: '', question: 'Wat kunnen we anders doen?' };
    cases.push(await createCase(dataSource, edition, author, { status: spec.status, text, themes: (spec.themes ?? []).map((t) => themes.get(t)!) }));
    authors.push(author);
  }
  return { edition, trainer, themes, cases, authors };
}

/** Six cases on three themes: two on housing, two on energy, two on youth. */
export const SIX_CASES: AgendaCaseSpec[] = [
  { title: 'Huurders en de renovatie', text: 'De woningcorporatie renoveert 200 huurwoningen. Huurders voelen zich niet gehoord.', themes: ['wonen'], author: 'Ans Akkerman' },
  { title: 'Zonnepanelen op de sporthal', text: 'Een energiecoöperatie wil zonnepanelen op het dak van de sporthal leggen.', themes: ['energie'], author: 'Bram Bosman' },
  { title: 'Een hangplek bij het winkelcentrum', text: 'Jongeren hangen ’s avonds rond bij het winkelcentrum; winkeliers klagen over overlast.', themes: ['jongeren'], author: 'Cor de Wit' },
  { title: 'Starters zoeken een woning', text: 'Jonge starters vinden geen betaalbare woning in het dorp; nieuwbouw duurt lang.', themes: ['wonen'], author: 'Dewi Dijkstra' },
  { title: 'Een warmtenet in de wijk', text: 'De gemeente wil een warmtenet aanleggen; bewoners twijfelen over de kosten van de warmte.', themes: ['energie'], author: 'Eva Evers' },
  { title: 'Een jongerenraad die werkt', text: 'De jongerenraad komt weinig bijeen; jongeren vinden de vergaderingen saai.', themes: ['jongeren'], author: 'Fleur Faber' },
];

/*
 * Reading the agenda pages as a person would.
 */

/** The revision the trainer's page shows in its forms. */
export function revisionIn(html: string): string {
  const match = /name="revision" value="(\d+)"/.exec(html);
  if (!match) throw new Error('No revision on the page');
  return match[1];
}

/** Each block of the trainer's page with the titles of its cases, in order. */
export function blocksOf(html: string): [string, string[]][] {
  return [...html.matchAll(/<section class="casus-card casus-agenda-block"[\s\S]*?<h3[^>]*>([\s\S]*?)<\/h3>([\s\S]*?)<\/ol>/g)].map((m) => [
    visibleText(m[1]),
    [...m[2].matchAll(/<p class="casus-agenda-case__title">([\s\S]*?)<\/p>/g)].map((c) => visibleText(c[1])),
  ]);
}

/** The rows of the timeline table as text: "13.15–13.45 uur Huurders en de renovatie Ans Akkerman, Gemeente Voorbeeld". */
export function timelineOf(html: string): string[] {
  const table = /<table class="utrecht-table casus-agenda-table">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr class="utrecht-table__row[^"]*">([\s\S]*?)<\/tr>/g)].map((m) => visibleText(m[1])).slice(1);
}

/** The messages under "Niet ingepland". */
export function unplannedOf(html: string): string[] {
  const list = /<ul class="casus-cards casus-agenda-unplanned">([\s\S]*?)<\/ul>\s*(?:{{|$|<\/section>)/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<p class="casus-agenda-case__title">([\s\S]*?)<\/p>\s*<p class="casus-agenda-case__facts">([\s\S]*?)<\/p>/g)].map((m) => `${visibleText(m[1])}: ${visibleText(m[2])}`);
}

/** The flash message or alert texts on a page. */
export function alertsOf(html: string): string[] {
  return [...html.matchAll(/<div class="utrecht-alert[^"]*"[^>]*>([\s\S]*?)<\/div>\s*<\/div>/g)].map((m) => visibleText(m[1]));
}

export interface EditorSession {
  /** The trainer's page. */
  page(): Promise<{ status: number; text: string }>;
  /**
   * Posts a form of the trainer's page as a browser would: with the CSRF token and the revision
   * the page shows (or the one given, to post a stale form).
   */
  post(path: string, fields?: Record<string, string>, revision?: string): Promise<{ status: number; text: string; headers: Record<string, string> }>;
  /** Posts, follows the redirect back and returns the page. */
  change(path: string, fields?: Record<string, string>): Promise<string>;
}

export function editorSession(agent: Agent, slug: string): EditorSession {
  const editor = `/leerateliers/${slug}/agenda/bewerken`;
  const session: EditorSession = {
    page: () => agent.get(editor),
    async post(path, fields = {}, revision) {
      const page = await agent.get(editor);
      const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
      const rev = revision ?? (/name="revision" value="(\d+)"/.exec(page.text)?.[1] ?? '0');
      return agent.post(`/leerateliers/${slug}/agenda/${path}`).type('form').send({ _csrf: token, revision: rev, ...fields });
    },
    async change(path, fields = {}) {
      const res = await session.post(path, fields);
      if (res.status !== 303) throw new Error(`${path}: ${res.status} ${visibleText(res.text).slice(0, 500)}`);
      return (await agent.get(editor)).text;
    },
  };
  return session;
}
