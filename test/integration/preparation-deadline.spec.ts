import { In } from 'typeorm';
import { toAmsterdam } from '../../src/common/dates/amsterdam-time';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { PreparationAnswer } from '../../src/preparation/entities/preparation-answer.entity';
import { PreparationQuestion } from '../../src/preparation/entities/preparation-question.entity';
import { PreparationResponse } from '../../src/preparation/entities/preparation-response.entity';
import { PreparationSettings } from '../../src/preparation/entities/preparation-settings.entity';
import { User } from '../../src/users/user.entity';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { addQuestion, answer, setPreparation } from '../factories/preparation';
import { visibleText } from '../utils/html';
import { Agent, csrfToken, loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/** The deadline is the server's: Europe/Amsterdam, strict, by default the start of meeting one. */
describe('the preparation deadline', () => {
  let t: TestApp;
  let edition: Edition;
  let participant: User;
  let trainer: User;
  let enrolment: Enrolment;
  let question: PreparationQuestion;
  const base = () => `/leerateliers/${edition.slug}/voorbereiding`;
  const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    edition = await createEdition(t.dataSource, { meeting1Start: new Date('2099-09-17T11:00:00Z') });
    participant = await createUser(t.dataSource, { name: 'Jeroen Bakker' });
    trainer = await createUser(t.dataSource, { name: 'Marieke Bos' });
    enrolment = await enrol(t.dataSource, edition, participant, 'participant');
    await enrol(t.dataSource, edition, trainer, 'trainer');
    question = await addQuestion(t.dataSource, edition, { text: 'Wat wil je leren?' });
  });

  async function post(agent: Agent, path: string, fields: Record<string, string>) {
    const token = await csrfToken(agent, base());
    return agent.post(path).type('form').send({ _csrf: token, ...fields });
  }
  const settings = () => t.dataSource.getRepository(PreparationSettings).findOneByOrFail({ editionId: edition.id });
  const answersOfEdition = () => t.dataSource.getRepository(PreparationAnswer).findBy({ questionId: In([question.id]) });

  it('is set by the trainer in Amsterdam time, and after it no answer is stored', async () => {
    const trainerAgent = await loggedIn(t.app.getHttpServer(), trainer.email);
    const wall = toAmsterdam(minutesFromNow(-2));
    const two = (n: number) => String(n).padStart(2, '0');
    const saved = await post(trainerAgent, `${base()}/instellen`, {
      material: '',
      articleTitle: '',
      articleUrl: '',
      deadlineDate: `${wall.year}-${two(wall.month)}-${two(wall.day)}`,
      deadlineTime: `${two(wall.hour)}:${two(wall.minute)}`,
      reminderDays: '3',
    });
    expect(saved.status).toBe(303);
    const deadline = (await settings()).deadline!;
    expect(toAmsterdam(deadline)).toEqual(wall);

    const agent = await loggedIn(t.app.getHttpServer(), participant.email);
    const token = await csrfToken(agent, '/inloggen');
    const res = await agent.post(base()).type('form').send({ _csrf: token, actie: 'versturen', [`antwoord-${question.id}`]: 'Te laat ingevuld' });
    expect(res.status).toBe(403);
    const text = visibleText(res.text);
    expect(text).toContain('De deadline voor de voorbereiding is voorbij. Je antwoorden zijn niet opgeslagen.');
    expect(text).toContain('Dit typte je net. Het is niet opgeslagen: Te laat ingevuld');
    expect(res.text).not.toContain('<textarea');
    expect(await t.dataSource.getRepository(PreparationResponse).findOneBy({ enrolmentId: enrolment.id })).toBeNull();
    expect(await answersOfEdition()).toEqual([]);
  });

  it('closes at the start of meeting one when the trainer set none, and keeps a draft readable', async () => {
    const started = await createEdition(t.dataSource, { meeting1Start: minutesFromNow(-1) });
    const late = await enrol(t.dataSource, started, participant, 'participant');
    const q = await addQuestion(t.dataSource, started, { text: 'Wat verwacht je?' });
    await answer(t.dataSource, late, 'draft', [[q, 'Een half antwoord']]);

    const agent = await loggedIn(t.app.getHttpServer(), participant.email);
    const page = await agent.get(`/leerateliers/${started.slug}/voorbereiding`);
    const text = visibleText(page.text);
    expect(text).toContain('Jouw antwoorden: Concept');
    expect(text).toContain('Beantwoorden kan niet meer, want de deadline is voorbij. Dit zijn je antwoorden. Wat verwacht je? Een half antwoord');
    expect(page.text).not.toContain('<textarea');

    const token = await csrfToken(agent, '/inloggen');
    const res = await agent.post(`/leerateliers/${started.slug}/voorbereiding`).type('form').send({ _csrf: token, actie: 'concept', [`antwoord-${q.id}`]: 'Nieuw' });
    expect(res.status).toBe(403);
    expect((await t.dataSource.getRepository(PreparationAnswer).findOneByOrFail({ questionId: q.id })).text).toBe('Een half antwoord');
  });

  it('takes answers until the deadline and not at it', async () => {
    await setPreparation(t.dataSource, edition, { deadline: minutesFromNow(5) });
    const agent = await loggedIn(t.app.getHttpServer(), participant.email);
    const token = await csrfToken(agent, base());
    expect((await agent.post(base()).type('form').send({ _csrf: token, actie: 'concept', [`antwoord-${question.id}`]: 'Op tijd' })).status).toBe(303);

    await setPreparation(t.dataSource, edition, { deadline: new Date() });
    const res = await agent.post(base()).type('form').send({ _csrf: token, actie: 'concept', [`antwoord-${question.id}`]: 'Net te laat' });
    expect(res.status).toBe(403);
    expect((await answersOfEdition()).map((a) => a.text)).toEqual(['Op tijd']);
  });

  it('cannot be set after the start of meeting one, and says why beside the field', async () => {
    const trainerAgent = await loggedIn(t.app.getHttpServer(), trainer.email);
    const res = await post(trainerAgent, `${base()}/instellen`, {
      material: 'Lees het artikel.',
      articleTitle: '',
      articleUrl: 'geen adres',
      deadlineDate: '2099-09-18',
      deadlineTime: '09:00',
      reminderDays: '30',
    });
    expect(res.status).toBe(422);
    const text = visibleText(res.text);
    expect(text).toContain('Link naar het artikel (niet verplicht) Een webadres dat begint met https:// Fout: Vul een webadres in dat begint met https:// of http://.');
    expect(text).toContain('Datum (niet verplicht) Fout: Kies een moment vóór de start van de eerste bijeenkomst.');
    expect(text).toContain('Fout: Vul een heel getal in van 0 tot en met 14.');
    expect(res.text).toContain('value="2099-09-18"');
    expect(await t.dataSource.getRepository(PreparationSettings).findOneBy({ editionId: edition.id })).toBeNull();
  });
});
