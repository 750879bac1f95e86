import { In } from 'typeorm';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { PreparationAnswer } from '../../src/preparation/entities/preparation-answer.entity';
import { PreparationResponse } from '../../src/preparation/entities/preparation-response.entity';
import { PreparationQuestion } from '../../src/preparation/entities/preparation-question.entity';
import { User } from '../../src/users/user.entity';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { addQuestion, setPreparation } from '../factories/preparation';
import { visibleText } from '../utils/html';
import { Agent, csrfToken, loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/*
 * A participant answering: the page, a draft that survives logging out and in, sending, and
 * the limits the server keeps whatever the page does.
 */
describe('answering the preparation questions', () => {
  let t: TestApp;
  let edition: Edition;
  let anne: User;
  let enrolment: Enrolment;
  let first: PreparationQuestion;
  let second: PreparationQuestion;
  const page = () => `/leerateliers/${edition.slug}/voorbereiding`;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    edition = await createEdition(t.dataSource, { meeting1Start: new Date('2099-09-17T11:00:00Z') });
    anne = await createUser(t.dataSource, { name: 'Anne de Vries' });
    enrolment = await enrol(t.dataSource, edition, anne, 'participant');
    await setPreparation(t.dataSource, edition);
    first = await addQuestion(t.dataSource, edition, { text: 'Wat wil je leren?', hint: 'Een paar zinnen is genoeg.', maxLength: 200 });
    second = await addQuestion(t.dataSource, edition, { text: 'Met wie werk je al samen?', required: false, maxLength: 100 });
  });

  async function post(agent: Agent, fields: Record<string, string>) {
    const token = await csrfToken(agent, page());
    return agent.post(page()).type('form').send({ _csrf: token, ...fields });
  }

  const stored = () => t.dataSource.getRepository(PreparationAnswer).find({ where: { questionId: In([first.id, second.id]) }, order: { questionId: 'ASC' } });
  const responseOf = () => t.dataSource.getRepository(PreparationResponse).findOneBy({ enrolmentId: enrolment.id });

  it('shows the material and the questions, and keeps a draft over logging out and in', async () => {
    const agent = await loggedIn(t.app.getHttpServer(), anne.email);
    const before = visibleText((await agent.get(page())).text);
    expect(before).toContain('Lees dit eerst Lees het artikel over de buurtaanpak in Zaandam. Artikel: De buurt aan zet');
    expect(before).toContain('Beantwoorden kan tot: donderdag 17 september 2099, 13.00 uur');
    expect(before).toContain('Jouw antwoorden: Nog niet begonnen');
    expect(before).toContain('1. Wat wil je leren? Een paar zinnen is genoeg. Hoogstens 200 tekens.');
    expect(before).toContain('2. Met wie werk je al samen? (niet verplicht) Hoogstens 100 tekens.');

    const saved = await post(agent, { actie: 'concept', [`antwoord-${first.id}`]: 'Hoe ik bewoners\r\neerder betrek.', [`antwoord-${second.id}`]: '' });
    expect([saved.status, saved.headers.location]).toEqual([303, page()]);
    expect(visibleText((await agent.get(page())).text)).toContain('Je antwoorden zijn opgeslagen als concept. Alleen jij kunt ze zien.');

    await agent.post('/uitloggen').type('form').send({ _csrf: await csrfToken(agent, page()) });
    const again = await loggedIn(t.app.getHttpServer(), anne.email);
    const html = (await again.get(page())).text;
    expect(visibleText(html)).toContain('Jouw antwoorden: Concept');
    expect(html).toContain('>Hoe ik bewoners\neerder betrek.</textarea>');
    expect((await stored()).map((a) => [a.questionId, a.text])).toEqual([[first.id, 'Hoe ik bewoners\neerder betrek.']]);
  });

  it('asks for required answers before sending, keeping what was typed', async () => {
    const agent = await loggedIn(t.app.getHttpServer(), anne.email);
    const res = await post(agent, { actie: 'versturen', [`antwoord-${first.id}`]: '  ', [`antwoord-${second.id}`]: 'De wijkraad' });
    expect(res.status).toBe(422);
    const text = visibleText(res.text);
    expect(text).toContain('Er is iets niet goed ingevuld');
    expect(text).toContain('Wat wil je leren? Een paar zinnen is genoeg. Hoogstens 200 tekens. Fout: Beantwoord deze vraag. Dat moet voordat je je antwoorden verstuurt.');
    expect(res.text).toContain('>De wijkraad</textarea>');
    expect([await responseOf(), await stored()]).toEqual([null, []]);
  });

  it('sends the answers, and lets them be changed while staying sent', async () => {
    const agent = await loggedIn(t.app.getHttpServer(), anne.email);
    await post(agent, { actie: 'versturen', [`antwoord-${first.id}`]: 'Samen plannen maken.' });
    expect(visibleText((await agent.get(page())).text)).toContain('Je antwoorden zijn verstuurd. De trainer kan ze nu lezen. ');
    const sent = (await responseOf())!;
    expect([sent.status, sent.submittedAt !== null]).toEqual(['submitted', true]);

    const changed = await post(agent, { actie: 'versturen', [`antwoord-${first.id}`]: 'Samen plannen maken en uitvoeren.', [`antwoord-${second.id}`]: 'Het buurthuis' });
    expect(changed.status).toBe(303);
    const html = (await agent.get(page())).text;
    expect(visibleText(html)).toContain('Je wijzigingen zijn opgeslagen en verstuurd.');
    expect(visibleText(html)).toContain('Wijzigingen versturen');
    expect(html).not.toContain('value="concept"');
    expect([(await responseOf())!.status, (await responseOf())!.submittedAt]).toEqual(['submitted', sent.submittedAt]);
    expect((await stored()).map((a) => a.text)).toEqual(['Samen plannen maken en uitvoeren.', 'Het buurthuis']);
  });

  it('refuses an answer over the length limit with a Dutch message, and stores nothing', async () => {
    const agent = await loggedIn(t.app.getHttpServer(), anne.email);
    const res = await post(agent, { actie: 'concept', [`antwoord-${first.id}`]: 'Kort.', [`antwoord-${second.id}`]: 'x'.repeat(101) });
    expect(res.status).toBe(422);
    expect(visibleText(res.text)).toContain('Fout: Je antwoord is 101 tekens. Maak het korter: hoogstens 100 tekens.');
    expect(res.text).toContain(`>${'x'.repeat(101)}</textarea>`);
    expect([await responseOf(), await stored()]).toEqual([null, []]);
  });

  it('answers a question of another edition with a 404, and stores nothing', async () => {
    const other = await createEdition(t.dataSource);
    const foreign = await addQuestion(t.dataSource, other, { text: 'Vraag van een ander leeratelier' });
    const agent = await loggedIn(t.app.getHttpServer(), anne.email);
    const res = await post(agent, { actie: 'concept', [`antwoord-${first.id}`]: 'Mijn antwoord', [`antwoord-${foreign.id}`]: 'Ingeslopen antwoord' });
    expect(res.status).toBe(404);
    expect(visibleText(res.text)).toContain('Pagina niet gevonden');
    expect([await responseOf(), await stored()]).toEqual([null, []]);
  });

  it('refuses a form the page did not make with a 400', async () => {
    const agent = await loggedIn(t.app.getHttpServer(), anne.email);
    expect((await post(agent, { actie: 'concept', naam: 'Anne' })).status).toBe(400);
    expect((await post(agent, { actie: 'alles-wissen', [`antwoord-${first.id}`]: 'x' })).status).toBe(400);
    expect(await responseOf()).toBeNull();
  });
});
