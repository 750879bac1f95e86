import { Edition } from '../../src/editions/edition.entity';
import { OutboxMail } from '../../src/mail/outbox-mail.entity';
import { PreparationReminderJob } from '../../src/preparation/preparation-reminder.job';
import { PreparationRemindersService } from '../../src/preparation/preparation-reminders.service';
import { PreparationReminder } from '../../src/preparation/entities/preparation-reminder.entity';
import { User } from '../../src/users/user.entity';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { addQuestion, answer, setPreparation } from '../factories/preparation';
import { linkIn, mailsTo } from '../utils/outbox';
import { visibleText } from '../utils/html';
import { csrfToken, loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/**
 * The automatic reminder a few days before the deadline goes once to each active participant
 * who has not submitted, in their own language; the trainer's reminder at most once a day.
 */
describe('preparation reminders', () => {
  let t: TestApp;
  let reminders: PreparationRemindersService;
  let edition: Edition;
  let people: Record<'sent' | 'draft' | 'english' | 'invited' | 'withdrawn', User>;
  // Thursday 17 September 2099, 13.00 uur in Amsterdam.
  const deadline = new Date('2099-09-17T11:00:00Z');
  const preparationMails = async () => (await t.dataSource.getRepository(OutboxMail).findBy({ template: 'preparation-reminder' })).map((m) => m.toAddress).sort();

  beforeAll(async () => {
    t = await startTestApp();
    reminders = t.app.get(PreparationRemindersService);
    edition = await createEdition(t.dataSource, { title: 'Leeratelier najaar 2099', slug: 'najaar-2099', meeting1Start: deadline });
    await setPreparation(t.dataSource, edition, { reminderDays: 3 });
    const question = await addQuestion(t.dataSource, edition, { text: 'Wat wil je leren?' });
    people = {
      sent: await createUser(t.dataSource, { name: 'Anne de Vries', email: 'anne@westerkwartier.nl' }),
      draft: await createUser(t.dataSource, { name: 'Jeroen Bakker', email: 'jeroen@midden-groningen.nl' }),
      english: await createUser(t.dataSource, { name: 'Fatima El Amrani', email: 'fatima@zaanstad.nl', language: 'en' }),
      invited: await createUser(t.dataSource, { name: 'Kees Jansen', email: 'kees@oss.nl' }),
      withdrawn: await createUser(t.dataSource, { name: 'Lies Smit', email: 'lies@ede.nl' }),
    };
    await answer(t.dataSource, await enrol(t.dataSource, edition, people.sent, 'participant'), 'submitted', [[question, 'Klaar.']]);
    await answer(t.dataSource, await enrol(t.dataSource, edition, people.draft, 'participant'), 'draft', [[question, 'Half.']]);
    await enrol(t.dataSource, edition, people.english, 'participant');
    await enrol(t.dataSource, edition, people.invited, 'participant', 'invited');
    await enrol(t.dataSource, edition, people.withdrawn, 'participant', 'withdrawn');
  });
  afterAll(() => t.close());

  it('sends nothing before the reminder moment', async () => {
    // Monday 14 September 2099, 12.59 uur: one minute before three days ahead of the deadline.
    expect(await reminders.sendDueReminders(new Date('2099-09-14T10:59:00Z'))).toBe(0);
    expect(await preparationMails()).toEqual([]);
  });

  it('reminds those who have not submitted, once, each in their own language', async () => {
    expect(await reminders.sendDueReminders(new Date('2099-09-14T11:00:00Z'))).toBe(2);
    expect(await preparationMails()).toEqual(['fatima@zaanstad.nl', 'jeroen@midden-groningen.nl']);

    const [dutch] = await mailsTo(t.dataSource, 'jeroen@midden-groningen.nl');
    expect(dutch.subject).toBe('Herinnering: voorbereiding Leeratelier najaar 2099');
    expect(dutch.textBody).toContain(
      'Beste Jeroen Bakker,\n\nJe hebt je antwoorden op de vragen voor de eerste bijeenkomst van Leeratelier najaar 2099 nog niet verstuurd. Dat kan tot donderdag 17 september 2099, 13.00 uur.',
    );
    expect(dutch.textBody).not.toContain('Je trainer');
    expect(linkIn(dutch.textBody, '/voorbereiding')).toBe('/leerateliers/najaar-2099/voorbereiding');
    const [english] = await mailsTo(t.dataSource, 'fatima@zaanstad.nl');
    expect(english.subject).toBe('Reminder: preparation Leeratelier najaar 2099');
    expect(english.textBody).toContain('You can do so until Thursday 17 September 2099, 13:00.');

    // Later runs, also by the job on another tick, send nothing more.
    expect(await reminders.sendDueReminders(new Date('2099-09-15T09:00:00Z'))).toBe(0);
    expect(await t.app.get(PreparationReminderJob).tick(new Date('2099-09-16T09:00:00Z'))).toBe(0);
    expect(await preparationMails()).toEqual(['fatima@zaanstad.nl', 'jeroen@midden-groningen.nl']);
    expect(await t.dataSource.getRepository(PreparationReminder).countBy({ kind: 'automatic' })).toBe(2);
  });

  it('is due until the deadline, not at it, and never when the trainer turned it off', async () => {
    const off = await createEdition(t.dataSource, { meeting1Start: deadline });
    await setPreparation(t.dataSource, off, { reminderDays: 0 });
    await addQuestion(t.dataSource, off);
    await enrol(t.dataSource, off, await createUser(t.dataSource, { email: 'uit@voorbeeld.nl' }), 'participant');
    const late = await createEdition(t.dataSource, { meeting1Start: deadline });
    await addQuestion(t.dataSource, late);
    await enrol(t.dataSource, late, await createUser(t.dataSource, { email: 'laat@voorbeeld.nl' }), 'participant');

    expect(await reminders.sendDueReminders(deadline)).toBe(0);
    // Two runs at once, as from two app instances: still one mail.
    const oneMinuteBefore = new Date(deadline.getTime() - 60_000);
    expect((await Promise.all([reminders.sendDueReminders(oneMinuteBefore), reminders.sendDueReminders(oneMinuteBefore)])).sort()).toEqual([0, 1]);
    expect((await mailsTo(t.dataSource, 'laat@voorbeeld.nl')).length).toBe(1);
    expect(await mailsTo(t.dataSource, 'uit@voorbeeld.nl')).toEqual([]);
  });

  it('lets the trainer remind by hand at most once a day, and not after the deadline', async () => {
    const soon = await createEdition(t.dataSource, { meeting1Start: new Date(Date.now() + 60 * 60_000) });
    await addQuestion(t.dataSource, soon);
    const trainer = await createUser(t.dataSource, { name: 'Marieke Bos' });
    await enrol(t.dataSource, soon, trainer, 'trainer');
    const waiting = await createUser(t.dataSource, { name: 'Piet Post', email: 'piet@tilburg.nl' });
    const enrolment = await enrol(t.dataSource, soon, waiting, 'participant');
    const agent = await loggedIn(t.app.getHttpServer(), trainer.email);
    const base = `/leerateliers/${soon.slug}/voorbereiding`;
    const remind = async (path: string) => agent.post(`${base}/${path}`).type('form').send({ _csrf: await csrfToken(agent, `${base}/antwoorden`) });

    expect((await remind(`herinneren/${enrolment.id}`)).status).toBe(303);
    expect(visibleText((await agent.get(`${base}/antwoorden`)).text)).toContain('1 deelnemer kreeg een herinnering.');
    const [mail] = await mailsTo(t.dataSource, 'piet@tilburg.nl');
    expect(mail.textBody).toContain('Je trainer Marieke Bos stuurt je deze herinnering.');
    await remind('herinneren');
    expect(visibleText((await agent.get(`${base}/antwoorden`)).text)).toContain('Er is geen herinnering verstuurd. Wie vandaag al een herinnering kreeg, krijgt er niet nog een.');
    expect((await mailsTo(t.dataSource, 'piet@tilburg.nl')).length).toBe(1);

    await setPreparation(t.dataSource, soon, { deadline: new Date(Date.now() - 60_000) });
    const late = await remind('herinneren');
    expect(late.status).toBe(403);
    expect(visibleText(late.text)).toContain('De deadline is voorbij. Een herinnering sturen heeft geen zin meer.');
  });

  it('runs on a timer started with the app and stopped with it', async () => {
    const other = await startTestApp();
    const job = other.app.get(PreparationReminderJob);
    expect(job.scheduled).toBe(true);
    await other.close();
    expect(job.scheduled).toBe(false);
  });
});
