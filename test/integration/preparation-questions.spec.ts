import { Edition } from '../../src/editions/edition.entity';
import { PreparationAnswer } from '../../src/preparation/entities/preparation-answer.entity';
import { PreparationQuestion } from '../../src/preparation/entities/preparation-question.entity';
import { PreparationQuestionVersion } from '../../src/preparation/entities/preparation-question-version.entity';
import { User } from '../../src/users/user.entity';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { addQuestion } from '../factories/preparation';
import { visibleText } from '../utils/html';
import { Agent, csrfToken, loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/** The trainer's questions: adding, ordering without scripts, removing, and versions kept once answered. */
describe('preparation questions', () => {
  let t: TestApp;
  let edition: Edition;
  let trainer: Agent;
  let participant: User;
  const base = () => `/leerateliers/${edition.slug}/voorbereiding`;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    edition = await createEdition(t.dataSource, { meeting1Start: new Date('2099-09-17T11:00:00Z') });
    const trainerUser = await createUser(t.dataSource, { name: 'Marieke Bos' });
    await enrol(t.dataSource, edition, trainerUser, 'trainer');
    participant = await createUser(t.dataSource, { name: 'Anne de Vries' });
    await enrol(t.dataSource, edition, participant, 'participant');
    trainer = await loggedIn(t.app.getHttpServer(), trainerUser.email);
  });

  async function post(agent: Agent, path: string, fields: Record<string, string> = {}) {
    const token = await csrfToken(agent, base());
    return agent.post(`${base()}${path}`).type('form').send({ _csrf: token, ...fields });
  }
  const questions = () => t.dataSource.getRepository(PreparationQuestion).find({ where: { editionId: edition.id }, order: { position: 'ASC' } });

  it('adds questions, with a clear message for a wrong answer length', async () => {
    const bad = await post(trainer, '/vragen', { text: '', hint: '', maxLength: '20' });
    expect(bad.status).toBe(422);
    expect(visibleText(bad.text)).toContain('Vraag Hoogstens 500 tekens. Fout: Vul dit veld in.');
    expect(visibleText(bad.text)).toContain('Fout: Vul een heel getal in van 50 tot en met 10.000.');
    expect(bad.text).toContain('value="20"');

    expect((await post(trainer, '/vragen', { text: 'Wat wil je leren?', hint: 'Een paar zinnen.', required: 'ja', maxLength: '800' })).status).toBe(303);
    expect((await post(trainer, '/vragen', { text: 'Wie ken je al?', hint: '', maxLength: '300' })).status).toBe(303);
    expect((await questions()).map((q) => [q.position, q.text, q.hint, q.required, q.maxLength, q.version])).toEqual([
      [1, 'Wat wil je leren?', 'Een paar zinnen.', true, 800, 1],
      [2, 'Wie ken je al?', '', false, 300, 1],
    ]);
    expect(await t.dataSource.getRepository(PreparationQuestionVersion).countBy({ questionId: (await questions())[0].id })).toBe(1);
  });

  it('reorders with up and down buttons and removes a question, keeping its answers', async () => {
    const [a, b, c] = [await addQuestion(t.dataSource, edition, { text: 'A' }), await addQuestion(t.dataSource, edition, { text: 'B' }), await addQuestion(t.dataSource, edition, { text: 'C' })];
    const moved = await post(trainer, `/vragen/${c.id}/omhoog`);
    expect([moved.status, moved.headers.location]).toEqual([303, `${base()}/instellen#vraag-${c.id}`]);
    await post(trainer, `/vragen/${a.id}/omlaag`);
    expect((await questions()).map((q) => q.text)).toEqual(['C', 'A', 'B']);
    await post(trainer, `/vragen/${c.id}/omhoog`);
    expect((await questions()).map((q) => [q.text, q.position])).toEqual([['C', 1], ['A', 2], ['B', 3]]);

    const answerAgent = await loggedIn(t.app.getHttpServer(), participant.email);
    await post(answerAgent, '', { actie: 'concept', [`antwoord-${b.id}`]: 'Antwoord op B' });
    const removed = await post(trainer, `/vragen/${b.id}/verwijderen`);
    expect(removed.status).toBe(303);
    expect(visibleText((await trainer.get(`${base()}/instellen`)).text)).toContain('De vraag “B” is verwijderd. Antwoorden die al gegeven zijn, blijven bewaard.');
    expect(visibleText((await answerAgent.get(base())).text)).not.toContain('Antwoord op B');
    expect((await t.dataSource.getRepository(PreparationAnswer).findOneByOrFail({ questionId: b.id })).text).toBe('Antwoord op B');
    expect((await trainer.get(`${base()}/vragen/${b.id}`)).status).toBe(404);
  });

  it('corrects an unanswered question in place, and makes a new version once it has answers', async () => {
    const question = await addQuestion(t.dataSource, edition, { text: 'Wat wil je wetn?' });
    await post(trainer, `/vragen/${question.id}`, { text: 'Wat wil je weten?', hint: '', required: 'ja', maxLength: '1500' });
    expect((await questions()).map((q) => [q.text, q.version])).toEqual([['Wat wil je weten?', 1]]);

    const answerAgent = await loggedIn(t.app.getHttpServer(), participant.email);
    // The participant opens the page, the trainer changes the question, then the participant saves.
    const opened = await answerAgent.get(base());
    expect(opened.text).toContain(`name="versie-${question.id}" value="1"`);
    await post(answerAgent, '', { actie: 'concept', [`antwoord-${question.id}`]: 'Hoe ik inwoners betrek.', [`versie-${question.id}`]: '1' });

    const editPage = visibleText((await trainer.get(`${base()}/vragen/${question.id}`)).text);
    expect(editPage).toContain('Er is al 1 antwoord op deze vraag. Verander je de vraag, dan blijft dat antwoord bewaard.');
    const changed = await post(trainer, `/vragen/${question.id}`, { text: 'Wat wil je leren over inwoners?', hint: '', required: 'ja', maxLength: '1500' });
    expect(changed.status).toBe(303);
    expect(visibleText((await trainer.get(`${base()}/instellen`)).text)).toContain('Er waren al antwoorden. Die blijven bij de vorige versie van de vraag horen.');
    expect((await questions()).map((q) => [q.text, q.version])).toEqual([['Wat wil je leren over inwoners?', 2]]);
    const versions = await t.dataSource.getRepository(PreparationQuestionVersion).find({ where: { questionId: question.id }, order: { number: 'ASC' } });
    expect(versions.map((v) => [v.number, v.text])).toEqual([[1, 'Wat wil je weten?'], [2, 'Wat wil je leren over inwoners?']]);
    expect((await t.dataSource.getRepository(PreparationAnswer).findOneByOrFail({ questionId: question.id })).questionVersion).toBe(1);

    const page = visibleText((await answerAgent.get(base())).text);
    expect(page).toContain('1. Wat wil je leren over inwoners? Let op: de trainer heeft deze vraag veranderd nadat je hem beantwoordde. Jouw antwoord hoort bij versie 1: “Wat wil je weten?”. Kijk of je antwoord nog past.');

    // Saved again from the new page, the answer belongs to the new version.
    await post(answerAgent, '', { actie: 'versturen', [`antwoord-${question.id}`]: 'Hoe ik inwoners eerder betrek.', [`versie-${question.id}`]: '2' });
    expect((await t.dataSource.getRepository(PreparationAnswer).findOneByOrFail({ questionId: question.id })).questionVersion).toBe(2);
    expect(visibleText((await answerAgent.get(base())).text)).not.toContain('Let op: de trainer heeft deze vraag veranderd');
  });

  it('shows the trainer which version an answer replied to, in the overview and the CSV', async () => {
    const question = await addQuestion(t.dataSource, edition, { text: 'Wat wil je weten?' });
    const answerAgent = await loggedIn(t.app.getHttpServer(), participant.email);
    await post(answerAgent, '', { actie: 'versturen', [`antwoord-${question.id}`]: 'Hoe ik inwoners betrek.' });
    await post(trainer, `/vragen/${question.id}`, { text: 'Wat wil je leren?', hint: '', required: 'ja', maxLength: '1500' });

    expect(visibleText((await trainer.get(`${base()}/antwoorden`)).text)).toContain(
      '1. Wat wil je leren? Anne de Vries (Gemeente Voorbeeld) Antwoord op een eerdere versie van de vraag (versie 1): “Wat wil je weten?” Hoe ik inwoners betrek.',
    );
    const csv = (await trainer.get(`${base()}/antwoorden.csv`)).text;
    expect(csv.split('\r\n')[1]).toMatch(/^Anne de Vries;Gemeente Voorbeeld;Beleidsadviseur;Verstuurd;.+;1;Wat wil je weten\?;1 van 2;Hoe ik inwoners betrek\.$/);
  });
});
