import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Agenda } from '../../src/agenda/entities/agenda.entity';
import { DEMO_PASSWORD } from '../../src/demo/demo-people';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { alertsOf, blocksOf, editorSession, revisionIn, timelineOf } from '../factories/agenda';
import { mailsTo } from '../utils/outbox';
import { loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/*
 * The agenda on PostgreSQL: the migration, the demo agenda, a change with its revision check,
 * a stale form, and publishing with mail. Set TEST_POSTGRES_URL (a server where the test may
 * create a database, e.g. postgres://postgres:postgres@127.0.0.1:5432/postgres) to run it.
 */
const POSTGRES_URL = process.env.TEST_POSTGRES_URL;

(POSTGRES_URL ? describe : describe.skip)('the agenda on PostgreSQL', () => {
  const database = `casus_agenda_${randomBytes(4).toString('hex')}`;
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

  it('seeds the demo agenda, saves a change once, refuses the stale form and publishes', async () => {
    const rows = await t.dataSource.getRepository(Agenda).find({ order: { kind: 'ASC' } });
    expect(rows.map((r) => [r.kind, r.revision, r.publishedRevision, r.publications])).toEqual([['draft', 2, 1, 1], ['published', 1, null, 1]]);

    const editor = editorSession(await loggedIn(t.app.getHttpServer(), 'trainer@demo.example', DEMO_PASSWORD), edition.slug);
    const seen = revisionIn((await editor.page()).text);
    let html = await editor.change('blokken/2', { label: 'Zorg, welzijn en buren' });
    expect(blocksOf(html)[1][0]).toEqual('Zorg, welzijn en buren');
    await editor.post('blokken/2', { label: 'Te laat' }, seen);
    html = (await editor.page()).text;
    expect(alertsOf(html)[0]).toContain('Iemand anders heeft de agenda net gewijzigd.');
    expect(blocksOf(html)[1][0]).toEqual('Zorg, welzijn en buren');

    // At the same moment, on connections of their own: one wins, the other is told.
    const other = editorSession(await loggedIn(t.app.getHttpServer(), 'coordinator@demo.example', DEMO_PASSWORD), edition.slug);
    const now = revisionIn((await editor.page()).text);
    await Promise.all([editor.post('blokken/3', { label: 'Energie A' }, now), other.post('blokken/3', { label: 'Energie B' }, now)]);
    const draft = await t.dataSource.getRepository(Agenda).findOneByOrFail({ editionId: edition.id, kind: 'draft' });
    expect(draft.revision).toEqual(Number(now) + 1);
    expect(['Energie A', 'Energie B']).toContain(blocksOf((await editor.page()).text)[2][0]);

    html = await editor.change('publiceren');
    const participants = await t.dataSource.getRepository(Enrolment).countBy({ editionId: edition.id, role: 'participant', status: 'active' });
    expect(alertsOf(html)[0]).toEqual(`De agenda is gepubliceerd. ${participants} deelnemers krijgen een e-mail.`);
    const [mail] = await mailsTo(t.dataSource, 'deelnemer@demo.example');
    expect(mail.dedupeKey).toMatch(/^agenda-published:\d+:2:\d+$/);
    const anne = await loggedIn(t.app.getHttpServer(), 'deelnemer@demo.example', DEMO_PASSWORD);
    expect(timelineOf((await anne.get(`/leerateliers/${edition.slug}/agenda`)).text)[0]).toEqual('12.30–13.00 uur Inloop');
  });
});
