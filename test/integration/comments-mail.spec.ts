import { Case } from '../../src/cases/entities/case.entity';
import { CommentMailSetting } from '../../src/comments/entities/comment-mail-setting.entity';
import { Comment } from '../../src/comments/entities/comment.entity';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { MailSender } from '../../src/mail/mail-sender';
import { User } from '../../src/users/user.entity';
import { createCase } from '../factories/cases';
import { postComment, postedId, postReply } from '../factories/comments';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { visibleText } from '../utils/html';
import { Agent, loggedIn, postForm } from '../utils/session';
import { SmtpSink, startSmtpSink } from '../utils/smtp-sink';
import { startTestApp, TestApp } from '../utils/test-app';

// Plain http: the session cookie of an https address would not travel over the test's http connection.
const BASE_URL = 'http://casus.example.nl';

/** Mail the moment a comment is written, for those who chose "meteen", and only to those who may read it. */
describe('mail about a comment, at once', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let edition: Edition;
  let c: Case;
  const people = {} as Record<'author' | 'peer' | 'guest' | 'trainer', User>;
  const enrolments = {} as Record<keyof typeof people, Enrolment>;
  const agents = {} as Record<keyof typeof people, Agent>;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, BASE_URL });
    edition = await createEdition(t.dataSource, { title: 'Leeratelier najaar 2030' });
    const roles = { author: 'participant', peer: 'participant', guest: 'guest', trainer: 'trainer' } as const;
    const names = { author: 'Lotte van Dijk', peer: 'Jeroen Bakker', guest: 'Peter Hendriks', trainer: 'Marieke Bos' };
    for (const key of Object.keys(roles) as (keyof typeof roles)[]) {
      people[key] = await createUser(t.dataSource, { name: names[key], email: `${key}@gemeente.example.nl` });
      enrolments[key] = await enrol(t.dataSource, edition, people[key], roles[key]);
      agents[key] = await loggedIn(t.app.getHttpServer(), people[key].email);
    }
    c = await createCase(t.dataSource, edition, people.author, { text: { title: 'Moestuin bij de school' } });
  });

  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  beforeEach(async () => {
    await t.app.get(MailSender).whenIdle();
    sink.messages.length = 0;
  });

  async function choose(key: keyof typeof people, preference: string): Promise<void> {
    const res = await postForm(agents[key], `/leerateliers/${edition.slug}/meldingen`, { preference }, '/mijn');
    expect([res.status, res.headers.location]).toEqual([303, `/leerateliers/${edition.slug}/meldingen`]);
  }

  /** Mails delivered once the sender is idle: it was woken when the comment's transaction committed. */
  async function delivered(): Promise<{ to: string; subject: string }[]> {
    await t.app.get(MailSender).whenIdle();
    return sink.messages.map((m) => ({ to: m.recipients.join(','), subject: m.subject }));
  }

  it('lets each person choose per edition, on a page that shows the choice', async () => {
    const page = await agents.author.get(`/leerateliers/${edition.slug}/meldingen`);
    expect(visibleText(page.text)).toContain(
      'Hoe wil je e-mail krijgen? meteen Een e-mail bij elke nieuwe reactie. één keer per dag Eén e-mail per dag met alle nieuwe reacties, om 8.00 uur. geen e-mail Je ziet nieuwe reacties alleen in het portaal.',
    );
    expect(page.text).toContain('id="veld-preference-digest" name="preference" value="digest" checked');
    const refused = await postForm(agents.author, `/leerateliers/${edition.slug}/meldingen`, { preference: 'elk-uur' }, '/mijn');
    expect([refused.status, visibleText(refused.text).includes('Fout: Kies hoe je e-mail wilt krijgen.')]).toEqual([422, true]);
    await choose('author', 'immediate');
    expect(await t.dataSource.getRepository(CommentMailSetting).findOneByOrFail({ enrolmentId: enrolments.author.id })).toMatchObject({ preference: 'immediate' });
    expect((await agents.author.get(`/leerateliers/${edition.slug}/meldingen`)).text).toContain('value="immediate" checked');
  });

  it('mails the author a new comment on their case with its text and a link to it', async () => {
    await choose('author', 'immediate');
    const id = postedId(await postComment(agents.peer, edition, c, { kind: 'ervaring', body: 'Bij ons in Zeist werkte een **buurtapp** goed.\n\nVraag het wijkteam.' }));
    const [mail] = await sink.waitFor(1);
    expect([mail.recipients, mail.subject]).toEqual([['author@gemeente.example.nl'], 'Nieuwe reactie op je casus "Moestuin bij de school"']);
    expect(mail.text.split('\n').slice(0, 14)).toEqual([
      'Beste Lotte van Dijk,',
      '',
      'Jeroen Bakker heeft gereageerd op je casus "Moestuin bij de school" in Leeratelier najaar 2030.',
      '',
      'Ervaring:',
      'Bij ons in Zeist werkte een **buurtapp** goed.',
      '',
      'Vraag het wijkteam.',
      '',
      'Lees en reageer in het portaal:',
      `${BASE_URL}/leerateliers/${edition.slug}/casussen/${c.id}#reactie-${id}`,
      '',
      'Wil je minder of geen e-mail over reacties? Kies het hier:',
      `${BASE_URL}/leerateliers/${edition.slug}/meldingen`,
    ]);
    expect(mail.html).toContain(`<a href="${BASE_URL}/leerateliers/${edition.slug}/casussen/${c.id}#reactie-${id}">Lees en reageer in het portaal</a>`);
  });

  it('tells nobody of their own words, and a writer of a reply only when they chose to hear at once', async () => {
    await choose('author', 'immediate');
    await choose('peer', 'digest');
    const first = postedId(await postComment(agents.author, edition, c, { body: 'Aanvulling van mezelf.' }));
    const reply = await postReply(agents.peer, edition, c, first, { body: 'Goed punt.' });
    postedId(reply);
    expect(await delivered()).toEqual([{ to: 'author@gemeente.example.nl', subject: 'Antwoord op je reactie bij "Moestuin bij de school"' }]);
    await choose('guest', 'immediate');
    const guestComment = postedId(await postComment(agents.guest, edition, c, { body: 'Vraag van de raad.' }));
    await delivered();
    sink.messages.length = 0;
    await postReply(agents.peer, edition, c, guestComment, { body: 'Antwoord aan de gast.' });
    expect((await delivered()).map((m) => m.to).sort()).toEqual(['author@gemeente.example.nl', 'guest@gemeente.example.nl']);
  });

  it('sends a trainer note and the answers in its thread to the author and the trainers only, whatever the others chose', async () => {
    for (const key of ['author', 'peer', 'guest', 'trainer'] as const) await choose(key, 'immediate');
    const note = postedId(await postComment(agents.trainer, edition, c, { kind: 'tip', body: 'NOTITIE: bel de wethouder.', audience: 'auteur' }));
    expect(await delivered()).toEqual([{ to: 'author@gemeente.example.nl', subject: 'Notitie van de trainer bij je casus "Moestuin bij de school"' }]);
    expect(sink.messages[0].text).toContain('Marieke Bos heeft een notitie geschreven bij je casus "Moestuin bij de school" in Leeratelier najaar 2030. Alleen jij en de trainers zien deze notitie.');
    sink.messages.length = 0;
    postedId(await postReply(agents.author, edition, c, note, { body: 'NOTITIE-ANTWOORD: doe ik.' }));
    expect(await delivered()).toEqual([{ to: 'trainer@gemeente.example.nl', subject: 'Antwoord op je reactie bij "Moestuin bij de school"' }]);
    const stored = await t.dataSource.getRepository(Comment).find({ where: { caseId: c.id, trainerNote: true } });
    expect(stored.map((s) => s.body)).toEqual(['NOTITIE: bel de wethouder.', 'NOTITIE-ANTWOORD: doe ik.']);
  });

  it('refuses a trainer note from anyone but a trainer, and stores nothing', async () => {
    const before = await t.dataSource.getRepository(Comment).count();
    const res = await postComment(agents.peer, edition, c, { body: 'Stiekem privé', audience: 'auteur' });
    expect([res.status, visibleText(res.text).includes('Dit kan niet met deze reactie.')]).toEqual([403, true]);
    expect(await t.dataSource.getRepository(Comment).count()).toEqual(before);
    expect(await delivered()).toEqual([]);
  });
});
