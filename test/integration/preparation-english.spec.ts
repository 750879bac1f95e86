import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { addQuestion, answer, setPreparation } from '../factories/preparation';
import { visibleText } from '../utils/html';
import { loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/** Every preparation page reads in English for someone who chose English. */
describe('the preparation in English', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('shows each page in English', async () => {
    const edition = await createEdition(t.dataSource, { meeting1Start: new Date('2099-09-17T11:00:00Z') });
    await setPreparation(t.dataSource, edition, { deadline: new Date('2099-09-14T15:00:00Z') });
    const question = await addQuestion(t.dataSource, edition, { text: 'Wat wil je leren?', required: false });
    const participant = await createUser(t.dataSource, { name: 'Anne de Vries' });
    const trainer = await createUser(t.dataSource, { name: 'Marieke Bos' });
    await answer(t.dataSource, await enrol(t.dataSource, edition, participant, 'participant'), 'draft', [[question, 'Half af']]);
    await enrol(t.dataSource, edition, trainer, 'trainer');
    const base = `/leerateliers/${edition.slug}/voorbereiding`;
    const read = async (email: string, path: string) => {
      const agent = await loggedIn(t.app.getHttpServer(), email);
      const res = await agent.get(path).set('Accept-Language', 'en');
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      return visibleText(res.text);
    };

    expect(await read(participant.email, '/mijn')).toContain('Preparation: your answers are saved as a draft. Send them before Monday 14 September 2099, 17:00.');
    expect(await read(participant.email, base)).toContain('You can answer until: Monday 14 September 2099, 17:00');
    expect(await read(participant.email, base)).toContain('1. Wat wil je leren? (optional) At most 1500 characters.');
    expect(await read(trainer.email, `${base}/instellen`)).toContain('Set up the preparation');
    expect(await read(trainer.email, `${base}/vragen/${question.id}`)).toContain('This question has 1 answer already.');
    expect(await read(trainer.email, `${base}/antwoorden`)).toContain('0 of the 1 participants have sent their answers. Drafts: 1. Not started: 0.');
    expect(await read(trainer.email, `${base}/antwoorden?per=persoon`)).toContain('No answers have been sent yet.');
    expect(await read(trainer.email, `${base}/antwoorden/afdrukken`)).toContain('Print this page with the print button of your browser');
    expect(await read(trainer.email, `${base}/groep`)).toContain('These answers have not been shared with the group yet.');
    const agent = await loggedIn(t.app.getHttpServer(), trainer.email);
    const csv = await agent.get(`${base}/antwoorden.csv`).set('Accept-Language', 'en');
    expect(csv.text.split('\r\n')[0]).toBe('\uFEFFName;Organisation;Job title;Status;Sent on;Question number;Question (as answered);Version of the question;Answer');
  });
});
