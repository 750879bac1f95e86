import { SqliteQueryRunner } from 'typeorm/driver/sqlite/SqliteQueryRunner';
import { Edition } from '../../src/editions/edition.entity';
import { PreparationQuestion } from '../../src/preparation/entities/preparation-question.entity';
import { User } from '../../src/users/user.entity';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { addQuestion, answer, setPreparation } from '../factories/preparation';
import { visibleText } from '../utils/html';
import { Agent, loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/** The trainer's overview: per question, per person, who has not sent yet, CSV and print. */
describe('the trainer’s overview of the answers', () => {
  let t: TestApp;
  let edition: Edition;
  let trainer: Agent;
  let questions: PreparationQuestion[];
  const base = () => `/leerateliers/${edition.slug}/voorbereiding`;

  async function participant(name: string, organisation: string): Promise<ReturnType<typeof enrol>> {
    const user: User = await createUser(t.dataSource, { name, organisation, jobTitle: 'Gebiedsregisseur' });
    return enrol(t.dataSource, edition, user, 'participant');
  }

  beforeAll(async () => {
    t = await startTestApp();
    edition = await createEdition(t.dataSource, { slug: 'najaar-2099', meeting1Start: new Date('2099-09-17T11:00:00Z') });
    await setPreparation(t.dataSource, edition);
    questions = [
      await addQuestion(t.dataSource, edition, { text: 'Wat wil je leren?' }),
      await addQuestion(t.dataSource, edition, { text: 'Met wie werk je samen?', required: false }),
    ];
    const [q1, q2] = questions;
    await answer(t.dataSource, await participant('Anne de Vries', 'Gemeente Westerkwartier'), 'submitted', [[q1, 'Bewoners eerder\nbetrekken.'], [q2, 'De dorpsraad; het wijkteam']], new Date('2099-09-10T08:00:00Z'));
    await answer(t.dataSource, await participant('Jeroen Bakker', 'Gemeente Midden-Groningen'), 'submitted', [[q1, '=Omgaan met weerstand']], new Date('2099-09-11T12:30:00Z'));
    await answer(t.dataSource, await participant('Fatima El Amrani', 'Gemeente Zaanstad'), 'draft', [[q1, 'Nog niet af']]);
    await participant('Kees Jansen', 'Gemeente Oss');
    const trainerUser = await createUser(t.dataSource, { name: 'Marieke Bos' });
    await enrol(t.dataSource, edition, trainerUser, 'trainer');
    trainer = await loggedIn(t.app.getHttpServer(), trainerUser.email);
  });
  afterAll(() => t.close());

  it('puts everyone’s sent answer under each question, counts drafts without showing them, and lists who has not sent', async () => {
    const text = visibleText((await trainer.get(`${base()}/antwoorden`)).text);
    expect(text).toContain('2 van de 4 deelnemers hebben hun antwoorden verstuurd. Een concept: 1. Nog niet begonnen: 1.');
    expect(text).toContain(
      '1. Wat wil je leren? Anne de Vries (Gemeente Westerkwartier) Bewoners eerder betrekken. Jeroen Bakker (Gemeente Midden-Groningen) =Omgaan met weerstand ' +
        '2. Met wie werk je samen? Anne de Vries (Gemeente Westerkwartier) De dorpsraad; het wijkteam',
    );
    expect(text).toContain(
      'Nog niet verstuurd Naam Status Laatste herinnering Actie Fatima El Amrani Gemeente Zaanstad Concept Nog geen Herinnering sturen Kees Jansen Gemeente Oss Nog niet begonnen Nog geen Herinnering sturen',
    );
    expect(text).not.toContain('Nog niet af');
  });

  it('shows the answers per person', async () => {
    const text = visibleText((await trainer.get(`${base()}/antwoorden?per=persoon`)).text);
    expect(text).toContain(
      'Anne de Vries Gemeente Westerkwartier · verstuurd op donderdag 10 september 2099, 10.00 uur 1. Wat wil je leren? Bewoners eerder betrekken. 2. Met wie werk je samen? De dorpsraad; het wijkteam ' +
        'Jeroen Bakker Gemeente Midden-Groningen · verstuurd op vrijdag 11 september 2099, 14.30 uur 1. Wat wil je leren? =Omgaan met weerstand 2. Met wie werk je samen? Niet beantwoord.',
    );
  });

  it('exports a CSV that Dutch Excel opens, one row per answer, formulas defused', async () => {
    const res = await trainer.get(`${base()}/antwoorden.csv`);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="voorbereiding-najaar-2099.csv"');
    expect(res.text.split('\r\n')).toEqual([
      '\uFEFFNaam;Organisatie;Functie;Status;Verstuurd op;Nummer van de vraag;Vraag (zoals beantwoord);Versie van de vraag;Antwoord',
      'Anne de Vries;Gemeente Westerkwartier;Gebiedsregisseur;Verstuurd;donderdag 10 september 2099, 10.00 uur;1;Wat wil je leren?;1 van 1;"Bewoners eerder\nbetrekken."',
      'Anne de Vries;Gemeente Westerkwartier;Gebiedsregisseur;Verstuurd;donderdag 10 september 2099, 10.00 uur;2;Met wie werk je samen?;1 van 1;"De dorpsraad; het wijkteam"',
      "Fatima El Amrani;Gemeente Zaanstad;Gebiedsregisseur;Concept;;;;;",
      "Jeroen Bakker;Gemeente Midden-Groningen;Gebiedsregisseur;Verstuurd;vrijdag 11 september 2099, 14.30 uur;1;Wat wil je leren?;1 van 1;'=Omgaan met weerstand",
      'Jeroen Bakker;Gemeente Midden-Groningen;Gebiedsregisseur;Verstuurd;vrijdag 11 september 2099, 14.30 uur;2;Met wie werk je samen?;1 van 1;',
      'Kees Jansen;Gemeente Oss;Gebiedsregisseur;Nog niet begonnen;;;;;',
      '',
    ]);
  });

  it('has a print view for A4 with the answers per question', async () => {
    const res = await trainer.get(`${base()}/antwoorden/afdrukken`);
    expect(res.text).toContain('<link rel="stylesheet" href="/assets/css/preparation.css">');
    const text = visibleText(res.text);
    expect(text).toContain('Druk deze pagina af met de afdrukknop van je browser (Ctrl+P, of Cmd+P op een Mac). De pagina past op A4.');
    expect(text).toContain(`Antwoorden op de voorbereiding – ${edition.title} 2 van de 4 deelnemers hebben hun antwoorden verstuurd.`);
    expect(text).toContain('1. Wat wil je leren? Anne de Vries (Gemeente Westerkwartier) Bewoners eerder betrekken. Jeroen Bakker (Gemeente Midden-Groningen) =Omgaan met weerstand 2. Met wie werk je samen?');
  });

  it('keeps participants out of the overview, the CSV and the print view', async () => {
    const someone = await createUser(t.dataSource);
    await enrol(t.dataSource, edition, someone, 'participant');
    const agent = await loggedIn(t.app.getHttpServer(), someone.email);
    for (const path of ['antwoorden', 'antwoorden.csv', 'antwoorden/afdrukken', 'instellen']) {
      const res = await agent.get(`${base()}/${path}`);
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
      expect(res.text).not.toContain('Bewoners eerder');
    }
  });

  it('loads the overview in the same number of queries for four participants or twelve', async () => {
    const spy = jest.spyOn(SqliteQueryRunner.prototype, 'query');
    const count = async () => {
      spy.mockClear();
      expect((await trainer.get(`${base()}/antwoorden`)).status).toBe(200);
      return spy.mock.calls.filter(([sql]) => /^\s*SELECT/i.test(String(sql))).length;
    };
    const before = await count();
    expect(before).toBeGreaterThan(0);
    for (let i = 0; i < 8; i++) {
      await answer(t.dataSource, await participant(`Extra ${i}`, 'Gemeente Ede'), 'submitted', [[questions[0], `Antwoord ${i}`]]);
    }
    expect(await count()).toBe(before);
    spy.mockRestore();
  });
});
