import { Case } from '../../src/cases/entities/case.entity';
import { CommentDigestJob } from '../../src/comments/comment-digest.job';
import { CommentDigestService } from '../../src/comments/comment-digest.service';
import { Comment } from '../../src/comments/entities/comment.entity';
import { CommentNotification } from '../../src/comments/entities/comment-notification.entity';
import { fromAmsterdam, toAmsterdam } from '../../src/common/dates/amsterdam-time';
import { formatDateTime } from '../../src/common/dates/format-dates';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { MailSender } from '../../src/mail/mail-sender';
import { OutboxMail } from '../../src/mail/outbox-mail.entity';
import { User } from '../../src/users/user.entity';
import { createCase } from '../factories/cases';
import { postComment, postedId, postReply } from '../factories/comments';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { Agent, loggedIn, postForm } from '../utils/session';
import { SmtpSink, startSmtpSink } from '../utils/smtp-sink';
import { startTestApp, TestApp } from '../utils/test-app';

const BASE_URL = 'http://casus.example.nl';

/** `days` after today on Amsterdam's calendar, at the given wall-clock time there. */
function amsterdam(days: number, hour: number, minute = 0): Date {
  const today = toAmsterdam(new Date());
  const d = new Date(Date.UTC(today.year, today.month - 1, today.day + days));
  return fromAmsterdam({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour, minute });
}

/** The daily digest against a real SMTP server: grouped by case, with links, once a day, retried when refused. */
describe('the daily digest', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let digests: CommentDigestService;
  let edition: Edition;
  let cases: Record<'moestuin' | 'jongeren', Case>;
  const people = {} as Record<'author' | 'peer' | 'guest' | 'trainer', User>;
  const enrolments = {} as Record<keyof typeof people, Enrolment>;
  const agents = {} as Record<keyof typeof people, Agent>;

  beforeEach(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, BASE_URL });
    digests = t.app.get(CommentDigestService);
    edition = await createEdition(t.dataSource, { title: 'Leeratelier najaar 2030' });
    const roles = { author: 'participant', peer: 'participant', guest: 'guest', trainer: 'trainer' } as const;
    const names = { author: 'Lotte van Dijk', peer: 'Jeroen Bakker', guest: 'Peter Hendriks', trainer: 'Marieke Bos' };
    for (const key of Object.keys(roles) as (keyof typeof roles)[]) {
      people[key] = await createUser(t.dataSource, { name: names[key], email: `${key}@gemeente.example.nl` });
      enrolments[key] = await enrol(t.dataSource, edition, people[key], roles[key]);
      agents[key] = await loggedIn(t.app.getHttpServer(), people[key].email);
    }
    cases = {
      moestuin: await createCase(t.dataSource, edition, people.author, { text: { title: 'Moestuin bij de school' } }),
      jongeren: await createCase(t.dataSource, edition, people.author, { text: { title: 'Jongerenraad' } }),
    };
  });

  afterEach(async () => {
    await t.close();
    await sink.close();
  });

  const link = (c: Case, id: number) => `${BASE_URL}/leerateliers/${edition.slug}/casussen/${c.id}#reactie-${id}`;
  const writtenAt = async (id: number) => formatDateTime((await t.dataSource.getRepository(Comment).findOneByOrFail({ id })).createdAt, 'nl');

  it('sends one mail a day per person from 8.00 uur, grouped by case, with a link to each comment', async () => {
    const tip = postedId(await postComment(agents.peer, edition, cases.moestuin, { kind: 'tip', body: 'Vraag de school om mee te doen.' }));
    const experience = postedId(await postComment(agents.guest, edition, cases.moestuin, { kind: 'ervaring', body: 'In Zeist deed de raad mee.' }));
    const question = postedId(await postComment(agents.peer, edition, cases.jongeren, { kind: 'vraag', body: 'Hoe oud zijn de jongeren?\n\nEn wie zit erin?' }));
    const note = postedId(await postComment(agents.trainer, edition, cases.jongeren, { kind: 'tip', body: 'Nodig de wethouder uit.', audience: 'auteur' }));
    const answer = postedId(await postReply(agents.guest, edition, cases.moestuin, tip, { body: 'Eens, en de ouders ook.' }));

    expect(await digests.sendDigests(amsterdam(1, 7, 59))).toEqual(0);
    expect(await digests.sendDigests(amsterdam(1, 8, 5))).toEqual(2);
    const received = await sink.waitFor(2);
    const toAuthor = received.find((m) => m.recipients[0] === 'author@gemeente.example.nl')!;
    expect(toAuthor.subject).toEqual('5 nieuwe reacties in Leeratelier najaar 2030');
    expect(toAuthor.text.split('\n---\n')[0].split('\n')).toEqual([
      'Beste Lotte van Dijk,',
      '',
      'Dit zijn de nieuwe reacties voor jou in Leeratelier najaar 2030, per casus.',
      '',
      '== Moestuin bij de school ==',
      '',
      `Jeroen Bakker reageerde op je casus op ${await writtenAt(tip)} (Tip):`,
      'Vraag de school om mee te doen.',
      `Lees en reageer in het portaal: ${link(cases.moestuin, tip)}`,
      '',
      `Peter Hendriks reageerde op je casus op ${await writtenAt(experience)} (Ervaring):`,
      'In Zeist deed de raad mee.',
      `Lees en reageer in het portaal: ${link(cases.moestuin, experience)}`,
      '',
      `Peter Hendriks reageerde op je casus op ${await writtenAt(answer)} (Algemeen):`,
      'Eens, en de ouders ook.',
      `Lees en reageer in het portaal: ${link(cases.moestuin, answer)}`,
      '',
      '== Jongerenraad ==',
      '',
      `Jeroen Bakker reageerde op je casus op ${await writtenAt(question)} (Vraag):`,
      'Hoe oud zijn de jongeren?',
      'En wie zit erin?',
      `Lees en reageer in het portaal: ${link(cases.jongeren, question)}`,
      '',
      `Marieke Bos schreef een notitie voor jou op ${await writtenAt(note)} (Tip):`,
      'Nodig de wethouder uit.',
      `Lees en reageer in het portaal: ${link(cases.jongeren, note)}`,
      '',
      'Wil je minder of geen e-mail over reacties? Kies het hier:',
      `${BASE_URL}/leerateliers/${edition.slug}/meldingen`,
      '',
    ]);
    expect(toAuthor.html).toContain(`<h2>Moestuin bij de school</h2>`);
    const toPeer = received.find((m) => m.recipients[0] === 'peer@gemeente.example.nl')!;
    expect(toPeer.subject).toEqual('Eén nieuwe reactie in Leeratelier najaar 2030');
    expect(toPeer.text).toContain(`Peter Hendriks antwoordde op je reactie op ${await writtenAt(answer)} (Algemeen):\nEens, en de ouders ook.`);
    expect(toPeer.text).not.toContain('Nodig de wethouder uit.');

    // A second run that day sends nothing; what comes later waits for the next morning.
    expect(await digests.sendDigests(amsterdam(1, 8, 20))).toEqual(0);
    const later = postedId(await postComment(agents.peer, edition, cases.jongeren, { kind: 'algemeen', body: 'Nog een gedachte.' }));
    expect(await digests.sendDigests(amsterdam(1, 21, 0))).toEqual(0);
    expect(await digests.sendDigests(amsterdam(2, 8, 0))).toEqual(1);
    const [, , next] = await sink.waitFor(3);
    expect([next.recipients, next.subject]).toEqual([['author@gemeente.example.nl'], 'Eén nieuwe reactie in Leeratelier najaar 2030']);
    expect(next.text).toContain(`== Jongerenraad ==\n\nJeroen Bakker reageerde op je casus op ${await writtenAt(later)} (Algemeen):\nNog een gedachte.`);
    await t.app.get(MailSender).whenIdle();
    expect(sink.messages.length).toEqual(3);
  });

  it('leaves out what was deleted or hidden since, and people who left the edition', async () => {
    const gone = postedId(await postComment(agents.peer, edition, cases.moestuin, { body: 'Toch niet.' }));
    expect((await postForm(agents.peer, `/leerateliers/${edition.slug}/casussen/${cases.moestuin.id}/reacties/${gone}/verwijderen`, {}, '/mijn')).status).toEqual(303);
    const hidden = postedId(await postComment(agents.guest, edition, cases.moestuin, { body: 'Iets ongepasts.' }));
    await postForm(agents.trainer, `/leerateliers/${edition.slug}/casussen/${cases.moestuin.id}/reacties/${hidden}/verbergen`, { reason: 'Hoort hier niet.' }, '/mijn');
    const question = postedId(await postComment(agents.guest, edition, cases.jongeren, { body: 'Vraag van de gast.' }));
    await postReply(agents.peer, edition, cases.jongeren, question, { body: 'Antwoord aan de gast.' });
    await t.dataSource.getRepository(Enrolment).update(enrolments.guest.id, { status: 'withdrawn' });

    expect(await digests.sendDigests(amsterdam(1, 9, 0))).toEqual(1);
    const [mail] = await sink.waitFor(1);
    expect([mail.recipients, mail.subject]).toEqual([['author@gemeente.example.nl'], '2 nieuwe reacties in Leeratelier najaar 2030']);
    expect(mail.text).not.toContain('Toch niet.');
    expect(mail.text).not.toContain('Iets ongepasts.');
    expect(await t.dataSource.getRepository(CommentNotification).count()).toEqual(5);
    expect(await t.dataSource.query('SELECT COUNT(*) AS pending FROM comment_notifications WHERE sentAt IS NULL')).toEqual([{ pending: 0 }]);
  });

  it('tries a refused digest again later, and sends it once', async () => {
    postedId(await postComment(agents.peer, edition, cases.moestuin, { body: 'Mooi plan.' }));
    sink.rejectNext(1, 451);
    expect(await digests.sendDigests(amsterdam(1, 8, 0))).toEqual(1);
    const sender = t.app.get(MailSender);
    await sender.whenIdle();
    const [queued] = await t.dataSource.getRepository(OutboxMail).find();
    expect([sink.rejected(), sink.messages.length, queued.status, queued.attempts, queued.template]).toEqual([1, 0, 'queued', 1, 'comment-digest']);
    expect(await digests.sendDigests(amsterdam(1, 8, 15))).toEqual(0);
    expect(await sender.deliverDue(new Date(Date.now() + 2 * 60_000))).toEqual({ sent: 1, retrying: 0, failed: 0, interrupted: 0 });
    expect(sink.messages.map((m) => m.subject)).toEqual(['Eén nieuwe reactie in Leeratelier najaar 2030']);
    expect(await t.dataSource.getRepository(OutboxMail).count()).toEqual(1);
  });

  it('sends nothing to someone who chose no mail, and a mail at once instead of a digest to who chose that', async () => {
    await postForm(agents.author, `/leerateliers/${edition.slug}/meldingen`, { preference: 'none' }, '/mijn');
    await postComment(agents.peer, edition, cases.moestuin, { body: 'Voor niemand.' });
    expect(await digests.sendDigests(amsterdam(1, 8, 0))).toEqual(0);
    expect(await t.dataSource.getRepository(CommentNotification).count()).toEqual(0);
    await postForm(agents.author, `/leerateliers/${edition.slug}/meldingen`, { preference: 'immediate' }, '/mijn');
    await postComment(agents.peer, edition, cases.moestuin, { body: 'Meteen.' });
    expect(await digests.sendDigests(amsterdam(2, 8, 0))).toEqual(0);
    const [mail] = await sink.waitFor(1);
    expect(mail.subject).toEqual('Nieuwe reactie op je casus "Moestuin bij de school"');
  });

  it('runs on a timer from the start of the app until it stops', async () => {
    const job = t.app.get(CommentDigestJob);
    expect(job.scheduled).toEqual(true);
    postedId(await postComment(agents.peer, edition, cases.moestuin, { body: 'Via de klok.' }));
    expect(await job.tick(amsterdam(1, 6, 0))).toEqual(0);
    expect(await job.tick(amsterdam(1, 8, 0))).toEqual(1);
    await t.app.close();
    expect(job.scheduled).toEqual(false);
    t = await startTestApp({ SMTP_URL: sink.url, BASE_URL });
  });
});
