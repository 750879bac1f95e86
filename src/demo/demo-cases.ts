import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EntityManager } from 'typeorm';
import { DEMO_CASES, DEMO_THEMES, DemoCase } from '../cases/demo/demo-case-texts';
import { samplePdf, samplePng } from '../cases/demo/sample-files';
import { Attachment } from '../cases/entities/attachment.entity';
import { Case } from '../cases/entities/case.entity';
import { CaseTheme, CaseVersionTheme } from '../cases/entities/case-theme.entity';
import { CaseVersion } from '../cases/entities/case-version.entity';
import { Edition } from '../editions/edition.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { Theme } from '../themes/theme.entity';
import { User } from '../users/user.entity';

const DAY = 24 * 60 * 60 * 1000;

/** The extra demo participants, each with a case, for the login help and the README. */
export const DEMO_CASE_AUTHORS = DEMO_CASES.map((c) => c.author);

/**
 * The themes of the upcoming demo edition and twelve participants with their cases: most
 * submitted (two revised once, some with attachments), one draft and one withdrawn. Runs inside
 * the demo's transaction. Attachment files are written first; should the transaction fail, the
 * upload sweeper removes them at the next start, as it does for any file without a row.
 */
export async function seedDemoCases(manager: EntityManager, edition: Edition, passwordHash: string, uploadDir: string, now: Date): Promise<void> {
  const themes = await manager.save(
    Theme,
    DEMO_THEMES.map((theme, i) => manager.create(Theme, { ...theme, editionId: edition.id, position: i + 1, removedAt: null })),
  );
  const themeIds = new Map(themes.map((theme) => [theme.name, theme.id]));
  const folder = path.join(uploadDir, 'cases');
  fs.mkdirSync(folder, { recursive: true });
  for (const demo of DEMO_CASES) {
    const user = await manager.save(User, manager.create(User, { ...demo.author, passwordHash, language: 'nl' }));
    await manager.insert(Enrolment, { editionId: edition.id, userId: user.id, role: 'participant', status: 'active', lunch: false });
    const ids = demo.themes.map((name) => themeIds.get(name)!);
    const saved = await manager.save(Case, manager.create(Case, { ...demo.text, editionId: edition.id, authorId: user.id, status: demo.status, currentVersionId: null }));
    await manager.insert(CaseTheme, ids.map((themeId) => ({ caseId: saved.id, themeId })));
    await addVersions(manager, saved, demo, ids, new Date(now.getTime() - demo.daysAgo * DAY));
    for (const file of demo.attachments ?? []) await addAttachment(manager, folder, saved, user, file);
  }
}

async function addVersions(manager: EntityManager, saved: Case, demo: DemoCase, themeIds: number[], firstAt: Date): Promise<void> {
  if (demo.status === 'draft') return;
  const texts = demo.earlier ? [{ ...demo.text, ...demo.earlier }, demo.text] : [demo.text];
  let current: CaseVersion | undefined;
  for (const [i, text] of texts.entries()) {
    current = await manager.save(CaseVersion, manager.create(CaseVersion, { ...text, caseId: saved.id, number: i + 1, submittedAt: new Date(firstAt.getTime() + i * DAY) }));
    await manager.insert(CaseVersionTheme, themeIds.map((themeId) => ({ versionId: current!.id, themeId })));
  }
  const withdrawnAt = demo.status === 'withdrawn' ? new Date(firstAt.getTime() + DAY) : null;
  await manager.update(Case, saved.id, { currentVersionId: current!.id, firstSubmittedAt: firstAt, withdrawnAt });
}

async function addAttachment(manager: EntityManager, folder: string, saved: Case, user: User, file: NonNullable<DemoCase['attachments']>[number]): Promise<void> {
  const content =
    file.kind === 'pdf'
      ? samplePdf(`${file.caption} - ${saved.title}`)
      : samplePng(320, 200, [[201, 228, 202], [155, 196, 226], [240, 221, 160], [210, 210, 210]]);
  const storedName = randomBytes(16).toString('hex');
  fs.writeFileSync(path.join(folder, storedName), content, { flag: 'wx' });
  await manager.insert(Attachment, {
    caseId: saved.id,
    storedName,
    displayName: file.name,
    mime: file.kind === 'pdf' ? 'application/pdf' : 'image/png',
    kind: file.kind,
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    uploadedById: user.id,
  });
}
