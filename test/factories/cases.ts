import { DataSource } from 'typeorm';
import { Case, CaseStatus, CaseText } from '../../src/cases/entities/case.entity';
import { CaseSettings } from '../../src/cases/entities/case-settings.entity';
import { CaseTheme, CaseVersionTheme } from '../../src/cases/entities/case-theme.entity';
import { CaseVersion } from '../../src/cases/entities/case-version.entity';
import { Edition } from '../../src/editions/edition.entity';
import { Theme } from '../../src/themes/theme.entity';
import { User } from '../../src/users/user.entity';

let counter = 0;

/** A complete case text that passes every check; pass what the test is about. */
export function caseText(fields: Partial<CaseText> = {}): CaseText {
  counter += 1;
  return {
    title: `Moestuin achter het buurthuis ${counter}`,
    organisation: 'Gemeente Voorbeeld',
    context: 'Een wijk met veel huurwoningen en weinig groen.',
    situation: 'Bewoners willen een moestuin op het braakliggende terrein achter het buurthuis.',
    involved: 'Bewoners, de woningcorporatie en het wijkteam.',
    tried: 'Een inloopavond in het buurthuis.',
    question: 'Hoe houden we iedereen betrokken als de eerste oogst tegenvalt?',
    otherTheme: '',
    ...fields,
  };
}

/** The case form as a browser posts it, with the confirmation ticked. */
export function caseFormFields(text: Partial<CaseText> = {}, themeIds: number[] = [], actie = 'opslaan'): Record<string, string | string[]> {
  return { ...caseText(text), themes: themeIds.map(String), actie, bevestiging: 'ja' };
}

export async function createTheme(dataSource: DataSource, edition: Edition, name: string, position = 1): Promise<Theme> {
  return dataSource.getRepository(Theme).save({ editionId: edition.id, name, description: '', keywords: '', position, removedAt: null });
}

/**
 * A case written straight into the database. `versions` submitted versions are made (each with
 * the text and themes given, the title numbered), the last one current; status follows.
 */
export async function createCase(
  dataSource: DataSource,
  edition: Edition,
  author: User,
  options: { status?: CaseStatus; text?: Partial<CaseText>; themes?: Theme[]; versions?: number; submittedAt?: Date } = {},
): Promise<Case> {
  const status = options.status ?? 'submitted';
  const versions = options.versions ?? (status === 'draft' ? 0 : 1);
  const text = caseText(options.text);
  const at = options.submittedAt ?? new Date('2030-09-20T10:00:00Z');
  const saved: Case = await dataSource.getRepository(Case).save({ editionId: edition.id, authorId: author.id, status, ...text, currentVersionId: null, firstSubmittedAt: versions > 0 ? at : null, withdrawnAt: null });
  const themeIds = (options.themes ?? []).map((t) => t.id);
  if (themeIds.length) await dataSource.getRepository(CaseTheme).insert(themeIds.map((themeId) => ({ caseId: saved.id, themeId })));
  for (let number = 1; number <= versions; number++) {
    const version = await dataSource.getRepository(CaseVersion).save({ ...text, caseId: saved.id, number, submittedAt: new Date(at.getTime() + (number - 1) * 3600_000) });
    if (themeIds.length) await dataSource.getRepository(CaseVersionTheme).insert(themeIds.map((themeId) => ({ versionId: version.id, themeId })));
    saved.currentVersionId = version.id;
  }
  return dataSource.getRepository(Case).save(saved);
}

export async function allowCases(dataSource: DataSource, edition: Edition, maxCasesPerParticipant: number): Promise<void> {
  await dataSource.getRepository(CaseSettings).save({ editionId: edition.id, maxCasesPerParticipant });
}

/*
 * Reading the case pages as a person would. Kept beside the factories so every case test reads
 * pages the same way.
 */

/** The error message shown beside a form field, without the hidden "Fout:" prefix. */
export function fieldError(html: string, name: string): string {
  const match = new RegExp(`id="veld-${name}-fout"[^>]*>([\\s\\S]*?)</(div|p)>`).exec(html);
  return match ? match[1].replace(/<span class="casus-visually-hidden">[^<]*<\/span>/, '').replace(/<[^>]+>/g, '').trim() : '';
}

/** The value a text field or textarea shows. */
export function fieldValue(html: string, name: string): string {
  const textarea = new RegExp(`<textarea[^>]*name="${name}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html);
  if (textarea) return textarea[1];
  return new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html)?.[1] ?? '';
}

/** The text of each card on the case overview, in order. */
export function cardTitles(html: string): string[] {
  return [...html.matchAll(/<li class="casus-card casus-case-card">\s*<h2[^>]*><a[^>]*>([\s\S]*?)<\/a>/g)].map((m) => m[1]);
}
