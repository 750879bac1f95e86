import { amsterdamDay } from '../../src/cases/domain/progress';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { User } from '../../src/users/user.entity';
import { createCase } from '../factories/cases';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { visibleText } from '../utils/html';
import { linkIn, mailsTo } from '../utils/outbox';
import { Agent, loggedIn, postForm } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

describe('the trainer follows the cases', () => {
  let t: TestApp;
  let edition: Edition;
  let trainer: Agent;
  const people: Record<'ans' | 'bram' | 'cor' | 'dewi' | 'eva', User> = {} as never;
  const enrolments: Record<string, Enrolment> = {};

  beforeAll(async () => {
    t = await startTestApp();
    edition = await createEdition(t.dataSource, { title: 'Leeratelier Voorjaar' });
    const coach = await createUser(t.dataSource, { name: 'Marieke Bos' });
    await enrol(t.dataSource, edition, coach, 'trainer');
    const names = { ans: 'Ans Akkerman', bram: 'Bram Bosman', cor: 'Cor de Wit', dewi: 'Dewi Dijkstra', eva: 'Eva Evers' };
    for (const [key, name] of Object.entries(names) as [keyof typeof people, string][]) {
      people[key] = await createUser(t.dataSource, { name });
      enrolments[key] = await enrol(t.dataSource, edition, people[key], 'participant', key === 'eva' ? 'invited' : 'active');
    }
    await createCase(t.dataSource, edition, people.ans, { text: { title: 'Ingediende casus' } });
    await createCase(t.dataSource, edition, people.bram, { status: 'draft', text: { title: 'Geheim concept van Bram' } });
    await createCase(t.dataSource, edition, people.cor, { status: 'withdrawn', text: { title: 'Ingetrokken casus van Cor' } });
    trainer = await loggedIn(t.app.getHttpServer(), coach.email);
  });

  afterAll(() => t.close());

  const page = () => `/leerateliers/${edition.slug}/casusvoortgang`;
  const rowsOf = (html: string) =>
    [...html.matchAll(/<tr class="utrecht-table__row">\s*<th class="utrecht-table__header-cell" scope="row">([\s\S]*?)<\/tr>/g)].map((m) => {
      const [name, state] = visibleText(m[1]).split(/ Gemeente Voorbeeld /);
      return [name, state.replace(/ (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) .*$/, '')];
    });

  it('counts drafts without showing them, and lists who has not submitted', async () => {
    const res = await trainer.get(page());
    const text = visibleText(res.text);
    expect(text).toContain('Ingediende casussen: 1 Concepten: 1 Ingetrokken: 1 Deelnemers zonder ingediende casus: 4');
    expect(rowsOf(res.text)).toEqual([
      ['Ans Akkerman', 'Ingediend'],
      ['Bram Bosman', 'Concept'],
      ['Cor de Wit', 'Ingetrokken'],
      ['Dewi Dijkstra', 'Nog niet begonnen'],
      ['Eva Evers', 'Nog niet begonnen Heeft de uitnodiging nog niet aangenomen'],
    ]);
    expect(res.text).not.toContain('Geheim concept van Bram');
    expect(res.text).not.toContain('Ingetrokken casus van Cor');
  });

  it('reminds one participant by mail, at most once a day', async () => {
    const res = await postForm(trainer, `${page()}/herinneren/${enrolments.bram.id}`, {}, page());
    expect([res.status, res.headers.location]).toEqual([303, page()]);
    expect(visibleText((await trainer.get(page())).text)).toContain('Herinneringen verstuurd: 1.');
    const [mail] = await mailsTo(t.dataSource, people.bram.email);
    expect(mail.subject).toEqual('Herinnering: lever je casus in voor Leeratelier Voorjaar');
    expect(mail.dedupeKey).toEqual(`case-reminder:${enrolments.bram.id}:${amsterdamDay(new Date())}`);
    expect(mail.textBody).toContain('We hebben jouw casus nog niet ontvangen. Je kunt hem indienen tot maandag 30 september 2030, 17.00 uur.');
    expect(linkIn(mail.textBody, '/mijn-casus')).toEqual(`/leerateliers/${edition.slug}/mijn-casus`);
    expect(mail.textBody).toContain('Met vriendelijke groet, Marieke Bos');

    await postForm(trainer, `${page()}/herinneren/${enrolments.bram.id}`, {}, page());
    expect(visibleText((await trainer.get(page())).text)).toContain('Er is geen herinnering verstuurd.');
    expect((await mailsTo(t.dataSource, people.bram.email)).length).toEqual(1);
  });

  it('reminds everyone else who has not submitted and has accepted the invitation', async () => {
    await postForm(trainer, `${page()}/herinneren`, {}, page());
    expect(visibleText((await trainer.get(page())).text)).toContain('Herinneringen verstuurd: 2.');
    const counts = await Promise.all(Object.values(people).map(async (p) => [p.name, (await mailsTo(t.dataSource, p.email)).length]));
    expect(counts).toEqual([
      ['Ans Akkerman', 0],
      ['Bram Bosman', 1],
      ['Cor de Wit', 1],
      ['Dewi Dijkstra', 1],
      ['Eva Evers', 0],
    ]);
    expect(visibleText((await trainer.get(page())).text)).not.toContain('Herinner iedereen die nog niet heeft ingediend');
  });

  it('lets the trainer allow more cases per participant', async () => {
    const ans = await loggedIn(t.app.getHttpServer(), people.ans.email);
    expect((await ans.get(`/leerateliers/${edition.slug}/mijn-casus/nieuw`)).status).toEqual(303);
    const wrong = await postForm(trainer, `${page()}/instellingen`, { maxCasesPerParticipant: '9' }, page());
    expect(wrong.status).toEqual(422);
    expect(visibleText(wrong.text)).toContain('Kies een aantal van 1 tot en met 5.');
    const res = await postForm(trainer, `${page()}/instellingen`, { maxCasesPerParticipant: '2' }, page());
    expect(res.status).toEqual(303);
    expect((await ans.get(`/leerateliers/${edition.slug}/mijn-casus/nieuw`)).status).toEqual(200);
    expect(visibleText((await ans.get(`/leerateliers/${edition.slug}/mijn-casus`)).text)).toContain('Nog een casus schrijven');
  });
});
