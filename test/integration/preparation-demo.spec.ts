import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { PreparationQuestion } from '../../src/preparation/entities/preparation-question.entity';
import { PreparationResponse } from '../../src/preparation/entities/preparation-response.entity';
import { DEMO_PASSWORD } from '../../src/demo/demo-people';
import { visibleText } from '../utils/html';
import { loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/** The demo shows the preparation in use: questions, sent answers, drafts and someone who has not started. */
describe('demo preparation', () => {
  let t: TestApp;
  let edition: Edition;

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'true' });
    edition = await t.dataSource.getRepository(Edition).findOneByOrFail({ status: 'open' });
  });
  afterAll(() => t.close());

  it('has three questions and answers from the demo participants', async () => {
    const questions = await t.dataSource.getRepository(PreparationQuestion).find({ where: { editionId: edition.id }, order: { position: 'ASC' } });
    expect(questions.map((q) => [q.text, q.required])).toEqual([
      ['Wat wil je na deze twee middagen anders doen in je werk?', true],
      ['Beschrijf kort een moment waarop samenwerken met inwoners goed ging. Wat maakte het verschil?', true],
      ['Welke vraag over het artikel wil je in de groep bespreken?', false],
    ]);
    const participants = await t.dataSource.getRepository(Enrolment).find({ where: { editionId: edition.id, role: 'participant' }, relations: { user: true } });
    const responses = new Map((await t.dataSource.getRepository(PreparationResponse).findBy({ editionId: edition.id })).map((r) => [r.enrolmentId, r.status]));
    const statusOf = (email: string) => responses.get(participants.find((p) => p.user!.email === email)!.id) ?? 'notStarted';
    expect(['deelnemer@demo.example', 'jeroen.bakker@demo.example', 'fatima.elamrani@demo.example'].map(statusOf)).toEqual(['draft', 'submitted', 'notStarted']);
    const counts = participants.map((p) => responses.get(p.id) ?? 'notStarted');
    expect([counts.filter((s) => s === 'draft').length, counts.filter((s) => s === 'notStarted').length]).toEqual([2, 1]);
    expect(counts.filter((s) => s === 'submitted').length).toBe(participants.length - 3);
  });

  it('shows the demo participant their draft on "Mijn leerateliers" and the trainer the answers', async () => {
    const participant = await loggedIn(t.app.getHttpServer(), 'deelnemer@demo.example', DEMO_PASSWORD);
    expect(visibleText((await participant.get('/mijn')).text)).toContain('Voorbereiding: je antwoorden staan als concept klaar. Verstuur ze vóór');
    const trainer = await loggedIn(t.app.getHttpServer(), 'trainer@demo.example', DEMO_PASSWORD);
    const overview = visibleText((await trainer.get(`/leerateliers/${edition.slug}/voorbereiding/antwoorden`)).text);
    expect(overview).toContain('Jeroen Bakker (Gemeente Midden-Groningen)');
    expect(overview).toContain('Nog niet verstuurd Naam Status Laatste herinnering Actie');
    expect(overview).toContain('Fatima El Amrani Gemeente Zaanstad Nog niet begonnen');
  });
});
