import { Case } from '../../src/cases/entities/case.entity';
import { FeedbackAssignment } from '../../src/comments/entities/feedback-assignment.entity';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { User } from '../../src/users/user.entity';
import { createCase, fieldError, fieldValue } from '../factories/cases';
import { createComment, postComment, postedId } from '../factories/comments';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { textOf, visibleText } from '../utils/html';
import { mailsTo } from '../utils/outbox';
import { Agent, loggedIn, postForm } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/** Handing out feedback, following it, and the commenting window: the trainer's side and the participant's. */
describe('feedback assignments', () => {
  let t: TestApp;
  let edition: Edition;
  let trainer: Agent;
  const participants: { user: User; enrolment: Enrolment; agent: Agent; case: Case | null }[] = [];
  let guest: Agent;

  beforeAll(async () => {
    t = await startTestApp();
    edition = await createEdition(t.dataSource, { title: 'Leeratelier najaar 2030' });
    const trainerUser = await createUser(t.dataSource, { name: 'Marieke Bos' });
    await enrol(t.dataSource, edition, trainerUser, 'trainer');
    trainer = await loggedIn(t.app.getHttpServer(), trainerUser.email);
    const spec: [string, string, boolean][] = [
      ['Anne de Vries', 'Gemeente Utrecht', true],
      ['Bram Jansen', 'Gemeente Utrecht', true],
      ['Cor Smit', 'Gemeente Zeist', true],
      ['Dewi Pinas', 'gemeente  zeist', true],
      ['Eva Mol', 'Gemeente Ede', true],
      ['Frank Bos', 'Gemeente Ede', true],
      ['Gijs Kok', 'Gemeente Urk', false],
    ];
    for (const [name, organisation, hasCase] of spec) {
      const user = await createUser(t.dataSource, { name, organisation });
      const enrolment = await enrol(t.dataSource, edition, user, 'participant');
      const c = hasCase ? await createCase(t.dataSource, edition, user, { text: { title: `Casus van ${name.split(' ')[0]}`, organisation } }) : null;
      participants.push({ user, enrolment, agent: await loggedIn(t.app.getHttpServer(), user.email), case: c });
    }
    const left = await createUser(t.dataSource, { name: 'Weg Gegaan' });
    await enrol(t.dataSource, edition, left, 'participant', 'withdrawn');
    const guestUser = await createUser(t.dataSource, { name: 'Peter Hendriks' });
    await enrol(t.dataSource, edition, guestUser, 'guest');
    guest = await loggedIn(t.app.getHttpServer(), guestUser.email);
  });

  afterAll(() => t.close());

  const page = (agent: Agent) => agent.get(`/leerateliers/${edition.slug}/feedback`);
  const allocate = (perParticipant: string) => postForm(trainer, `/leerateliers/${edition.slug}/feedback/verdelen`, { perParticipant }, '/mijn');
  const assignments = () => t.dataSource.getRepository(FeedbackAssignment).find({ where: { editionId: edition.id }, order: { id: 'ASC' } });
  const cases = () => participants.flatMap((p) => (p.case ? [p.case] : []));
  const authorOf = (c: Case) => participants.find((p) => p.case?.id === c.id)!;

  it('tells a participant when nothing is handed out yet, and keeps the pages to the right people', async () => {
    const res = await participants[0].agent.get(`/leerateliers/${edition.slug}/feedbackopdrachten`);
    expect([res.status, textOf(res.text, 'h1')]).toEqual([200, 'Jouw feedbackopdrachten']);
    expect(visibleText(res.text)).toContain('De trainer heeft nog geen feedbackopdrachten verdeeld. Je kunt wel op alle casussen reageren.');
    expect((await page(participants[0].agent)).status).toEqual(403);
    expect((await page(guest)).status).toEqual(403);
    expect((await guest.get(`/leerateliers/${edition.slug}/feedbackopdrachten`)).status).toEqual(403);
    expect((await trainer.get(`/leerateliers/${edition.slug}/feedbackopdrachten`)).status).toEqual(403);
  });

  it('refuses a number of cases that is not 1 to 10 beside the field, keeping what was typed', async () => {
    for (const typed of ['nul', '0', '11', '', '2.5']) {
      const res = await allocate(typed);
      expect([res.status, fieldError(res.text, 'perParticipant'), fieldValue(res.text, 'perParticipant')]).toEqual([422, 'Vul een getal van 1 tot en met 10 in.', typed]);
    }
    expect(await assignments()).toEqual([]);
  });

  it('hands out two cases each: never their own, every case within one of the others, colleagues apart, and mails each participant', async () => {
    const res = await allocate('2');
    expect([res.status, res.headers.location]).toEqual([303, `/leerateliers/${edition.slug}/feedback`]);
    expect(visibleText((await page(trainer)).text)).toContain('De casussen zijn verdeeld: 14 opdrachten.');
    const given = await assignments();
    for (const p of participants) {
      const mine = given.filter((a) => a.enrolmentId === p.enrolment.id).map((a) => a.caseId);
      expect({ who: p.user.name, count: mine.length, own: mine.includes(p.case?.id ?? -1) }).toEqual({ who: p.user.name, count: 2, own: false });
      const organisation = p.user.organisation.toLowerCase().replace(/\s+/g, ' ');
      const colleagues = cases().filter((c) => mine.includes(c.id) && c.organisation.toLowerCase().replace(/\s+/g, ' ') === organisation);
      expect({ who: p.user.name, colleagues }).toEqual({ who: p.user.name, colleagues: [] });
    }
    const loads = cases().map((c) => given.filter((a) => a.caseId === c.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);

    const [mail] = await mailsTo(t.dataSource, participants[0].user.email);
    const titles = given.filter((a) => a.enrolmentId === participants[0].enrolment.id).map((a) => cases().find((c) => c.id === a.caseId)!.title);
    expect([mail.template, mail.subject]).toEqual(['comment-assignments', 'Je feedbackopdrachten in Leeratelier najaar 2030']);
    for (const title of titles) expect(mail.textBody).toContain(`- ${title}`);
    expect(mail.textBody).toContain(`/leerateliers/${edition.slug}/feedbackopdrachten`);
  });

  it('shows a participant their assignments and how far they are', async () => {
    const me = participants[6];
    const mine = (await assignments()).filter((a) => a.enrolmentId === me.enrolment.id).map((a) => cases().find((c) => c.id === a.caseId)!);
    const by = (c: Case) => `Casus van ${authorOf(c).user.name}`;
    let res = await me.agent.get(`/leerateliers/${edition.slug}/feedbackopdrachten`);
    expect(visibleText(res.text)).toContain(`Je hebt op 0 van de 2 casussen gereageerd. 0/2 ${mine[0].title} ${by(mine[0])} Nog te doen ${mine[1].title} ${by(mine[1])} Nog te doen`);
    postedId(await postComment(me.agent, edition, mine[0], { body: 'Mijn feedback.' }));
    res = await me.agent.get(`/leerateliers/${edition.slug}/feedbackopdrachten`);
    expect(visibleText(res.text)).toContain(`Je hebt op 1 van de 2 casussen gereageerd. 1/2 ${mine[0].title} ${by(mine[0])} Gedaan (1 reactie) ${mine[1].title} ${by(mine[1])} Nog te doen`);
    expect(res.text).toContain('<progress class="casus-comment-progress" max="2" value="1" aria-labelledby="voortgang">');
  });

  it('shows the trainer who commented on which case, who was asked to, and which cases have few comments', async () => {
    const [first, second] = cases();
    await createComment(t.dataSource, first, participants[2].user, { body: 'Een.' });
    await createComment(t.dataSource, first, participants[3].user, { body: 'Twee.' });
    await createComment(t.dataSource, first, participants[3].user, { body: 'Geheim.', trainerNote: true });
    const written: { authorId: number; caseId: number; n: number }[] = await t.dataSource.query('SELECT authorId, caseId, COUNT(*) AS n FROM comments WHERE trainerNote = 0 GROUP BY authorId, caseId');
    const given = await assignments();
    const expected = participants.map((p) => {
      let done = 0;
      const cells = cases().map((c) => {
        if (c.id === p.case?.id) return 'eigen casus';
        const n = written.find((w) => w.authorId === p.user.id && w.caseId === c.id)?.n ?? 0;
        const asked = given.some((a) => a.enrolmentId === p.enrolment.id && a.caseId === c.id);
        if (asked && n > 0) done++;
        return `${n || '–'}${asked ? ' opdracht' : ''}`;
      });
      return `${p.user.name} ${p.user.organisation.replace(/\s+/g, ' ')} ${cells.join(' ')} ${done} van 2`;
    });
    const res = await page(trainer);
    const rows = [...res.text.matchAll(/<tr class="utrecht-table__row">\s*<th[^>]*scope="row">([\s\S]*?)<\/tr>/g)].map((m) => visibleText(m[1]));
    expect(rows.slice(0, participants.length)).toEqual(expected);
    expect(rows[participants.length]).toEqual(`Reacties van anderen ${cases().map((c) => written.filter((w) => w.caseId === c.id && w.authorId !== c.authorId).reduce((sum, w) => sum + w.n, 0)).join(' ')}`);
    const few = visibleText(/<ul class="casus-comment-few">([\s\S]*?)<\/ul>/.exec(res.text)![1]);
    expect(few).toContain(`${second.title} (${authorOf(second).user.name}): `);
    expect(few).not.toContain(first.title);
  });

  it('replaces an earlier allocation, and feedback already written still counts', async () => {
    const me = participants[6];
    await allocate('1');
    const given = await assignments();
    expect(given.length).toEqual(7);
    const mine = given.find((a) => a.enrolmentId === me.enrolment.id)!;
    const text = visibleText((await me.agent.get(`/leerateliers/${edition.slug}/feedbackopdrachten`)).text);
    const commented = (await t.dataSource.query('SELECT COUNT(*) AS n FROM comments WHERE authorId = ? AND caseId = ?', [me.user.id, mine.caseId]))[0].n;
    expect(text).toContain(`Je hebt op ${commented > 0 ? 1 : 0} van de 1 casussen gereageerd.`);
  });

  it('warns when colleagues cannot be kept apart and there are too few cases', async () => {
    const small = await createEdition(t.dataSource);
    const smallTrainer = await createUser(t.dataSource);
    await enrol(t.dataSource, small, smallTrainer, 'trainer');
    for (const name of ['Ilse Wit', 'Jan Zwart']) {
      const user = await createUser(t.dataSource, { name, organisation: 'Gemeente Epe' });
      await enrol(t.dataSource, small, user, 'participant');
      await createCase(t.dataSource, small, user, { text: { title: `Casus van ${name}` } });
    }
    const agent = await loggedIn(t.app.getHttpServer(), smallTrainer.email);
    await postForm(agent, `/leerateliers/${small.slug}/feedback/verdelen`, { perParticipant: '2' }, '/mijn');
    const text = visibleText((await agent.get(`/leerateliers/${small.slug}/feedback`)).text);
    expect(text).toContain(
      'Let op: Ilse Wit heeft de casus "Casus van Jan Zwart" van iemand van de eigen organisatie. Het kon niet anders. Jan Zwart heeft de casus "Casus van Ilse Wit" van iemand van de eigen organisatie. Het kon niet anders. Ilse Wit heeft 1 casus(sen): er zijn niet genoeg casussen van anderen. Jan Zwart heeft 1 casus(sen): er zijn niet genoeg casussen van anderen.',
    );
  });

  it('sets when comments close, refuses an impossible date, and goes back to the end of meeting two', async () => {
    const window = (fields: Record<string, string>) => postForm(trainer, `/leerateliers/${edition.slug}/feedback/reactietermijn`, fields, '/mijn');
    expect(visibleText((await page(trainer)).text)).toContain('Reageren kan tot donderdag 3 oktober 2030, 17.00 uur. Dat is het einde van bijeenkomst 2.');
    expect((await window({ closesDate: '2030-09-25', closesTime: '17:00' })).status).toEqual(303);
    expect(visibleText((await page(trainer)).text)).toContain('Reageren kan tot woensdag 25 september 2030, 17.00 uur. Reageren kan tot datum');
    const refused = await window({ closesDate: '2030-02-30', closesTime: '17:00' });
    expect([refused.status, fieldError(refused.text, 'closesDate'), fieldValue(refused.text, 'closesDate')]).toEqual([422, 'Vul een geldige datum en tijd in, bijvoorbeeld 4 oktober 2030, 17:00.', '2030-02-30']);

    await window({ closesDate: '2020-01-01', closesTime: '09:00' });
    const late = await postComment(participants[0].agent, edition, cases()[2], { body: 'Te laat.' });
    expect(late.status).toEqual(403);
    expect((await window({ closesDate: '', closesTime: '' })).status).toEqual(303);
    expect(visibleText((await page(trainer)).text)).toContain('Dat is het einde van bijeenkomst 2.');
    expect((await postComment(participants[0].agent, edition, cases()[2], { body: 'Weer op tijd.' })).status).toEqual(303);
  });
});
