import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { PreparationAnswer } from '../../src/preparation/entities/preparation-answer.entity';
import { PreparationRemindersService } from '../../src/preparation/preparation-reminders.service';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { addQuestion, setPreparation } from '../factories/preparation';
import { visibleText } from '../utils/html';
import { csrfToken, loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/*
 * The preparation on PostgreSQL, for installations that run several app instances: the
 * migrations up and down, the upserts, the joins and the once-only reminders. Set
 * TEST_POSTGRES_URL (a server where the test may create a database) to run it.
 */
const POSTGRES_URL = process.env.TEST_POSTGRES_URL;

(POSTGRES_URL ? describe : describe.skip)('the preparation on PostgreSQL', () => {
  const database = `casus_preparation_${randomBytes(4).toString('hex')}`;
  let admin: Client;
  let t: TestApp;

  beforeAll(async () => {
    admin = new Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(POSTGRES_URL!);
    url.pathname = `/${database}`;
    t = await startTestApp({ DATABASE_URL: url.toString() });
  });

  afterAll(async () => {
    await t?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.end();
  });

  it('answers, changes a question, reads the overview and reminds once', async () => {
    const deadline = new Date('2099-09-17T11:00:00Z');
    const edition = await createEdition(t.dataSource, { meeting1Start: deadline });
    await setPreparation(t.dataSource, edition);
    const question = await addQuestion(t.dataSource, edition, { text: 'Wat wil je leren?' });
    const anne = await createUser(t.dataSource, { name: 'Anne de Vries' });
    const trainer = await createUser(t.dataSource, { name: 'Marieke Bos' });
    await enrol(t.dataSource, edition, anne, 'participant');
    await enrol(t.dataSource, edition, trainer, 'trainer');
    await enrol(t.dataSource, edition, await createUser(t.dataSource, { email: 'wacht@voorbeeld.nl' }), 'participant');
    const base = `/leerateliers/${edition.slug}/voorbereiding`;

    const participant = await loggedIn(t.app.getHttpServer(), anne.email);
    const token = await csrfToken(participant, base);
    for (const [actie, text] of [['concept', 'Eerste versie'], ['concept', 'Tweede versie'], ['versturen', 'Verstuurd antwoord']]) {
      expect((await participant.post(base).type('form').send({ _csrf: token, actie, [`antwoord-${question.id}`]: text })).status).toBe(303);
    }
    expect((await t.dataSource.getRepository(PreparationAnswer).findBy({ questionId: question.id })).map((a) => a.text)).toEqual(['Verstuurd antwoord']);

    const trainerAgent = await loggedIn(t.app.getHttpServer(), trainer.email);
    const trainerToken = await csrfToken(trainerAgent, `${base}/instellen`);
    await trainerAgent.post(`${base}/vragen/${question.id}`).type('form').send({ _csrf: trainerToken, text: 'Wat wil je echt leren?', hint: '', required: 'ja', maxLength: '1500' });
    expect(visibleText((await trainerAgent.get(`${base}/antwoorden`)).text)).toContain(
      '1. Wat wil je echt leren? Anne de Vries (Gemeente Voorbeeld) Antwoord op een eerdere versie van de vraag (versie 1): “Wat wil je leren?” Verstuurd antwoord',
    );

    const reminders = t.app.get(PreparationRemindersService);
    const due = new Date('2099-09-15T11:00:00Z');
    // Two runs at once, as from two app instances. Each may count the person (neither saw a
    // reminder yet), but the unique index and the mail's dedupe key let one mail through.
    await Promise.all([reminders.sendDueReminders(due), reminders.sendDueReminders(due)]);
    const mails = await t.dataSource.query(`SELECT "toAddress" FROM mail_outbox WHERE template = 'preparation-reminder'`);
    expect(mails).toEqual([{ toAddress: 'wacht@voorbeeld.nl' }]);
  });

  it('undoes its migration, with those after it, and runs again', async () => {
    const applied = async () => ((await t.dataSource.query(`SELECT name FROM migrations`)) as { name: string }[]).map((row) => row.name);
    while ((await applied()).includes('CreatePreparation1764320000600')) await t.dataSource.undoLastMigration();
    const tables: { table_name: string }[] = await t.dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'preparation%'`);
    expect(tables).toEqual([]);
    await t.dataSource.runMigrations();
    expect(await applied()).toContain('CreatePreparation1764320000600');
  });
});
