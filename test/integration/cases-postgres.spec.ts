import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Case } from '../../src/cases/entities/case.entity';
import { samplePdf } from '../../src/cases/demo/sample-files';
import { DEMO_PASSWORD } from '../../src/demo/demo-people';
import { Edition } from '../../src/editions/edition.entity';
import { Theme } from '../../src/themes/theme.entity';
import { caseFormFields, cardTitles, fieldError } from '../factories/cases';
import { visibleText } from '../utils/html';
import { mailsTo } from '../utils/outbox';
import { csrfToken, loggedIn, postForm } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/*
 * The case feature on PostgreSQL: the migration, the demo, writing, attachments, reminders and
 * the upserts of settings and extensions. Set TEST_POSTGRES_URL (a server where the test may
 * create a database, e.g. postgres://postgres:postgres@127.0.0.1:5432/postgres) to run it.
 */
const POSTGRES_URL = process.env.TEST_POSTGRES_URL;

(POSTGRES_URL ? describe : describe.skip)('cases on PostgreSQL', () => {
  const database = `casus_cases_${randomBytes(4).toString('hex')}`;
  let admin: Client;
  let t: TestApp;
  let edition: Edition;

  beforeAll(async () => {
    admin = new Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(POSTGRES_URL!);
    url.pathname = `/${database}`;
    t = await startTestApp({ DATABASE_URL: url.toString(), DEMO: 'true' });
    edition = await t.dataSource.getRepository(Edition).findOneByOrFail({ status: 'open' });
  });

  afterAll(async () => {
    await t?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.end();
  });

  const base = () => `/leerateliers/${edition.slug}`;

  it('runs the migration, seeds the demo cases and lists them', async () => {
    const reader = await loggedIn(t.app.getHttpServer(), 'lotte.van.dijk@demo.example', DEMO_PASSWORD);
    expect(cardTitles((await reader.get(`${base()}/casussen`)).text).length).toEqual(10);
  });

  it('writes, submits and revises a case with an attachment', async () => {
    const anne = await loggedIn(t.app.getHttpServer(), 'deelnemer@demo.example', DEMO_PASSWORD);
    const wonen = await t.dataSource.getRepository(Theme).findOneByOrFail({ editionId: edition.id, name: 'wonen' });
    const created = await postForm(anne, `${base()}/mijn-casus`, caseFormFields({ title: 'Woonhof in het dorp' }, [wonen.id]));
    expect(created.status).toEqual(303);
    const own = await t.dataSource.getRepository(Case).findOneByOrFail({ title: 'Woonhof in het dorp' });
    const token = await csrfToken(anne, `${base()}/casussen/${own.id}/bewerken`);
    const upload = await anne.post(`${base()}/casussen/${own.id}/bijlagen?_csrf=${encodeURIComponent(token)}`).attach('bestanden', samplePdf('Plan'), 'Plan.pdf');
    expect(upload.status).toEqual(303);
    expect(fieldError((await anne.get(`${base()}/casussen/${own.id}/bewerken`)).text, 'bestanden')).toEqual('');
    for (const situation of ['Eerste versie.', 'Tweede versie.']) {
      const res = await postForm(anne, `${base()}/casussen/${own.id}`, { ...caseFormFields({ title: 'Woonhof in het dorp', situation }, [wonen.id]), actie: 'indienen' });
      expect(res.status).toEqual(303);
    }
    const page = visibleText((await anne.get(`${base()}/casussen/${own.id}`)).text);
    expect(page).toContain('Versie 2');
    expect(page).toContain('Plan.pdf (PDF,');
  });

  it('saves settings and extensions twice over, and reminds once a day', async () => {
    const trainer = await loggedIn(t.app.getHttpServer(), 'trainer@demo.example', DEMO_PASSWORD);
    const progress = `${base()}/casusvoortgang`;
    for (const max of ['2', '3']) expect((await postForm(trainer, `${progress}/instellingen`, { maxCasesPerParticipant: max }, progress)).status).toEqual(303);
    const [{ id: enrolmentId }] = await t.dataSource.query(
      "SELECT e.id FROM enrolments e JOIN users u ON u.id = e.\"userId\" WHERE u.email = 'linda.vos@demo.example'",
    );
    for (const time of ['10:00', '11:00']) {
      const deadline = edition.meeting2Start.toISOString().slice(0, 10);
      const res = await postForm(trainer, `${progress}/uitstel/${enrolmentId}`, { date: deadline, time }, progress);
      expect([res.status, fieldError(res.text, 'date')]).toEqual([303, '']);
    }
    await postForm(trainer, `${progress}/herinneren`, {}, progress);
    await postForm(trainer, `${progress}/herinneren`, {}, progress);
    expect((await mailsTo(t.dataSource, 'linda.vos@demo.example')).length).toEqual(1);
  });
});
