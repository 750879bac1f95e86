import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Attachment } from '../../src/cases/entities/attachment.entity';
import { Case } from '../../src/cases/entities/case.entity';
import { detectFileType } from '../../src/cases/domain/file-signature';
import { DEMO_PASSWORD } from '../../src/demo/demo-people';
import { Edition } from '../../src/editions/edition.entity';
import { Theme } from '../../src/themes/theme.entity';
import { cardTitles } from '../factories/cases';
import { visibleText } from '../utils/html';
import { loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

describe('the demo cases', () => {
  let t: TestApp;
  let edition: Edition;

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'true' });
    edition = await t.dataSource.getRepository(Edition).findOneByOrFail({ status: 'open' });
  });

  afterAll(() => t.close());

  it('gives the upcoming edition a theme list and twelve cases: submitted, one draft, one withdrawn', async () => {
    const themes = await t.dataSource.getRepository(Theme).find({ where: { editionId: edition.id }, order: { position: 'ASC' } });
    expect(themes.map((theme) => theme.name)).toEqual([
      'wonen',
      'openbare ruimte en groen',
      'zorg en welzijn',
      'energie',
      'leefbaarheid en krimp',
      'jongeren',
      'samenwerking met maatschappelijke organisaties',
    ]);
    const cases = await t.dataSource.getRepository(Case).find({ where: { editionId: edition.id } });
    const count = (status: string) => cases.filter((c) => c.status === status).length;
    expect([cases.length, count('submitted'), count('draft'), count('withdrawn')]).toEqual([12, 10, 1, 1]);
  });

  it('stores real PDF and PNG attachments under random names with their hashes', async () => {
    const attachments = await t.dataSource.getRepository(Attachment).find();
    expect(attachments.length).toEqual(5);
    for (const attachment of attachments) {
      const content = fs.readFileSync(path.join(t.config.uploadDir, 'cases', attachment.storedName));
      expect([detectFileType(content)?.mime, createHash('sha256').update(content).digest('hex'), content.length]).toEqual([attachment.mime, attachment.sha256, attachment.size]);
    }
  });

  it('lets a demo participant read the cases and the main demo participant write one', async () => {
    const lotte = await loggedIn(t.app.getHttpServer(), 'lotte.van.dijk@demo.example', DEMO_PASSWORD);
    const overview = await lotte.get(`/leerateliers/${edition.slug}/casussen`);
    expect(cardTitles(overview.text).length).toEqual(10);
    expect(visibleText(overview.text)).toContain('Een buurtmoestuin op het braakliggende terrein Lotte van Dijk · Gemeente Leeuwarden, wijk Heechterp-Schieringen');
    const anne = await loggedIn(t.app.getHttpServer(), 'deelnemer@demo.example', DEMO_PASSWORD);
    expect((await anne.get(`/leerateliers/${edition.slug}/mijn-casus/nieuw`)).status).toEqual(200);
  });
});
