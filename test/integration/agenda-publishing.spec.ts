import { Case } from '../../src/cases/entities/case.entity';
import { agendaFixture, AgendaFixture, alertsOf, editorSession, EditorSession, SIX_CASES, timelineOf } from '../factories/agenda';
import { createUser, enrol } from '../factories/people';
import { visibleText } from '../utils/html';
import { linkIn, mailsTo } from '../utils/outbox';
import { Agent, loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/** Publishing: participants see only what was published, their own case marked, and are told by mail. */
describe('publishing the agenda', () => {
  let t: TestApp;
  let f: AgendaFixture;
  let editor: EditorSession;
  let ans: Agent;
  let page: string;

  beforeAll(async () => {
    t = await startTestApp();
    f = await agendaFixture(t.dataSource, ['wonen', 'energie', 'jongeren'], SIX_CASES, { title: 'Leeratelier Najaar' });
    editor = editorSession(await loggedIn(t.app.getHttpServer(), f.trainer.email), f.edition.slug);
    ans = await loggedIn(t.app.getHttpServer(), f.authors[0].email);
    page = `/leerateliers/${f.edition.slug}/agenda`;
  });

  afterAll(() => t.close());

  it('shows participants nothing before it is published', async () => {
    await editor.change('voorstel');
    const text = visibleText((await ans.get(page)).text);
    expect(text).toContain('De agenda van bijeenkomst 2 is nog niet klaar. Je krijgt een e-mail zodra de trainer hem publiceert.');
    expect(text).not.toContain('Huurders en de renovatie');
    expect((await mailsTo(t.dataSource, f.authors[0].email)).length).toEqual(0);
  });

  it('publishes, mails every active participant once, with the time of their own case', async () => {
    const invited = await createUser(t.dataSource, { name: 'Nog Niet Binnen' });
    await enrol(t.dataSource, f.edition, invited, 'participant', 'invited');
    const html = await editor.change('publiceren');
    expect(alertsOf(html)[0]).toEqual('De agenda is gepubliceerd. 6 deelnemers krijgen een e-mail.');
    expect(visibleText(html)).toMatch(/Status Gepubliceerd op \w+ \d+ \w+ \d{4}, \d\d\.\d\d uur\. Deelnemers zien deze versie\. Afdrukvoorbeeld/);

    const [mail] = await mailsTo(t.dataSource, f.authors[0].email);
    expect(mail.subject).toEqual('De agenda van bijeenkomst 2 staat klaar: Leeratelier Najaar');
    expect(mail.dedupeKey).toEqual(`agenda-published:${f.edition.id}:1:${f.authors[0].id}`);
    expect(mail.textBody).toContain('De agenda van bijeenkomst 2 op donderdag 3 oktober 2030 staat klaar.\nTijd: 13.00–17.00 uur. Plaats: Stadskantoor, Stationsplein 1, 3511 ED Utrecht.');
    expect(mail.textBody).toContain('Jouw casus "Huurders en de renovatie" wordt besproken: 13.15–13.45 uur.');
    expect(linkIn(mail.textBody, '/agenda')).toEqual(page);
    expect(mail.textBody).toContain(`/leerateliers/${f.edition.slug}/agenda.ics`);
    expect((await mailsTo(t.dataSource, invited.email)).length).toEqual(0);
    expect((await mailsTo(t.dataSource, f.trainer.email)).length).toEqual(0);
  });

  it('shows the participant the agenda with their own case marked', async () => {
    const html = (await ans.get(page)).text;
    expect(alertsOf(html)).toEqual(['Jouw casus "Huurders en de renovatie" wordt besproken: 13.15–13.45 uur.']);
    expect([...html.matchAll(/class="utrecht-table__row casus-agenda-own"/g)].length).toEqual(1);
    expect(timelineOf(html)[3]).toEqual('13.15–13.45 uur Huurders en de renovatie Ans Akkerman, Gemeente Voorbeeld Jouw casus');
    expect(visibleText(html)).not.toContain('Agenda bewerken');
  });

  it('keeps later changes in the draft until published again', async () => {
    let html = await editor.change(`casussen/${f.cases[0].id}/omlaag`);
    expect(visibleText(html)).toMatch(/Daarna is de agenda gewijzigd: deelnemers zien de wijzigingen pas als je opnieuw publiceert\. .* Opnieuw publiceren/);
    expect(alertsOf((await ans.get(page)).text)).toEqual(['Jouw casus "Huurders en de renovatie" wordt besproken: 13.15–13.45 uur.']);
    const trainerView = visibleText((await editor.page()).text);
    expect(trainerView).toContain('Opnieuw publiceren');

    html = await editor.change('publiceren');
    expect(alertsOf(html)[0]).toEqual('De agenda is gepubliceerd. 6 deelnemers krijgen een e-mail.');
    expect(alertsOf((await ans.get(page)).text)).toEqual(['Jouw casus "Huurders en de renovatie" wordt besproken: 13.45–14.15 uur.']);
    const mails = await mailsTo(t.dataSource, f.authors[0].email);
    expect(mails.map((m) => [m.subject, m.dedupeKey])).toEqual([
      ['De agenda van bijeenkomst 2 staat klaar: Leeratelier Najaar', `agenda-published:${f.edition.id}:1:${f.authors[0].id}`],
      ['De agenda van bijeenkomst 2 is gewijzigd: Leeratelier Najaar', `agenda-published:${f.edition.id}:2:${f.authors[0].id}`],
    ]);
    expect(mails[1].textBody).toContain('Jouw casus "Huurders en de renovatie" wordt besproken: 13.45–14.15 uur.');
  });

  it('does not publish or mail again without changes', async () => {
    const before = (await mailsTo(t.dataSource, f.authors[1].email)).length;
    const res = await editor.post('publiceren');
    expect(res.status).toEqual(303);
    expect(alertsOf((await editor.page()).text)[0]).toEqual('Deelnemers zien deze versie al. Er is niets nieuws om te publiceren.');
    expect((await mailsTo(t.dataSource, f.authors[1].email)).length).toEqual(before);
  });

  it('tells the author of a left-out case why, and shows no one else the reason', async () => {
    await editor.change(`casussen/${f.cases[5].id}/weglaten`, { reason: 'Fleur is die dag op vakantie' });
    await editor.change('publiceren');
    const fleur = await loggedIn(t.app.getHttpServer(), f.authors[5].email);
    expect(alertsOf((await fleur.get(page)).text)).toEqual(['Jouw casus "Een jongerenraad die werkt" staat niet op het programma. Reden: Fleur is die dag op vakantie']);
    const others = (await ans.get(page)).text;
    expect(others).not.toContain('vakantie');
    expect(others).not.toContain('Een jongerenraad die werkt');
  });

  it('keeps the time of a case withdrawn after publication, without its title', async () => {
    await t.dataSource.getRepository(Case).update(f.cases[2].id, { status: 'withdrawn', withdrawnAt: new Date() });
    const html = (await ans.get(page)).text;
    expect(html).not.toContain('Een hangplek bij het winkelcentrum');
    expect(timelineOf(html).filter((row) => row.includes('Ingetrokken casus')).length).toEqual(1);
  });

  it('shows guests the agenda without a marked case, and trainers a link to edit it', async () => {
    const guest = await createUser(t.dataSource);
    await enrol(t.dataSource, f.edition, guest, 'guest');
    const html = (await (await loggedIn(t.app.getHttpServer(), guest.email)).get(page)).text;
    expect(html).not.toContain('casus-agenda-own"');
    expect(visibleText(html)).toContain('Agenda van bijeenkomst 2');
    expect(visibleText((await editor.page()).text)).toContain('Agenda zoals deelnemers hem zien');
  });
});
