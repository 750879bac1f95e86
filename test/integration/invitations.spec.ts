import request from 'supertest';
import { IsNull } from 'typeorm';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { Invitation } from '../../src/enrolments/invitation.entity';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { textOf, visibleText } from '../utils/html';
import { linkIn, mailsTo } from '../utils/outbox';
import { csrfToken, loggedIn } from '../utils/session';
import { startSmtpSink } from '../utils/smtp-sink';
import { startTestApp, TestApp } from '../utils/test-app';

describe('invitations', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  async function trainerOfNewEdition() {
    const edition = await createEdition(t.dataSource, { title: 'Leeratelier najaar 2030' });
    const trainer = await createUser(t.dataSource, { name: 'Marieke Bos' });
    await enrol(t.dataSource, edition, trainer, 'trainer');
    return { edition, agent: await loggedIn(t.app.getHttpServer(), trainer.email) };
  }

  it('lets a trainer invite someone new, who sets a password with the link once and lands in the edition', async () => {
    const { edition, agent } = await trainerOfNewEdition();
    const peoplePath = `/leerateliers/${edition.slug}/deelnemers`;
    const csrf = await csrfToken(agent, peoplePath);
    const sent = await agent
      .post(`/leerateliers/${edition.slug}/uitnodigen`)
      .type('form')
      .send({ _csrf: csrf, name: 'Anne de Vries', email: 'Anne@Westerkwartier.nl', organisation: 'Gemeente Westerkwartier', role: 'participant' });
    expect(sent.status).toBe(303);
    const people = await agent.get(peoplePath);
    expect(textOf(people.text, 'main')).toContain('Anne de Vries is uitgenodigd.');
    expect(visibleText(people.text)).toContain('Anne de Vries anne@westerkwartier.nl Gemeente Westerkwartier Deelnemer Uitgenodigd nee nog niet');

    const [mail] = await mailsTo(t.dataSource, 'anne@westerkwartier.nl');
    expect(mail.subject).toBe('Uitnodiging: Leeratelier najaar 2030');
    expect(mail.textBody).toContain('Je bent uitgenodigd voor Leeratelier najaar 2030 als Deelnemer. De eerste bijeenkomst is op donderdag 19 september 2030, 13.00 uur.');
    expect(mail.textBody).toContain('Marieke Bos heeft je uitgenodigd.');
    const link = linkIn(mail.textBody, '/uitnodiging/');

    const anne = request.agent(t.app.getHttpServer());
    const page = await anne.get(link).expect(200);
    expect(textOf(page.text, 'main')).toContain('Je bent uitgenodigd voor Leeratelier najaar 2030 als Deelnemer.');
    expect(page.text).toContain('value="Gemeente Westerkwartier"');
    const token = await csrfToken(anne, link);
    const bad = await anne.post(link).type('form').send({ _csrf: token, name: 'Anne de Vries', organisation: '', jobTitle: '', password: 'kort', passwordAgain: 'kort' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Vul dit veld in.');

    const accepted = await anne
      .post(link)
      .type('form')
      .send({ _csrf: token, name: 'Anne de Vries', organisation: 'Gemeente Westerkwartier', jobTitle: 'Gebiedsregisseur', password: 'de brug over de Reitdiep', passwordAgain: 'de brug over de Reitdiep' });
    expect(accepted.status).toBe(303);
    const mine = await anne.get('/mijn');
    expect(textOf(mine.text, 'main')).toContain('Welkom! Je doet nu mee aan het leeratelier.');
    expect(textOf(mine.text, 'main')).toContain('Leeratelier najaar 2030 Jouw rol: Deelnemer');

    const reused = await request(t.app.getHttpServer()).get(link).expect(410);
    expect(textOf(reused.text, 'main')).toContain('Deze uitnodiging is al aangenomen.');
    const enrolment = await t.dataSource.getRepository(Enrolment).findOneByOrFail({ editionId: edition.id, role: 'participant' });
    expect(enrolment.status).toBe('active');
  });

  it('offers a new link for an expired invitation, which replaces the old one', async () => {
    const { edition, agent } = await trainerOfNewEdition();
    const csrf = await csrfToken(agent, `/leerateliers/${edition.slug}/deelnemers`);
    await agent.post(`/leerateliers/${edition.slug}/uitnodigen`).type('form').send({ _csrf: csrf, name: 'Kees', email: 'kees@oss.nl', role: 'guest' });
    const oldLink = linkIn((await mailsTo(t.dataSource, 'kees@oss.nl'))[0].textBody, '/uitnodiging/');
    await t.dataSource.getRepository(Invitation).update({ retiredAt: IsNull() }, { expiresAt: new Date(Date.now() - 60_000) });

    const kees = request.agent(t.app.getHttpServer());
    const expired = await kees.get(oldLink).expect(410);
    expect(textOf(expired.text, 'main')).toContain('Deze uitnodiging is verlopen.');
    const renewCsrf = await csrfToken(kees, oldLink);
    const renewed = await kees.post(`${oldLink}/nieuwe-link`).type('form').send({ _csrf: renewCsrf }).expect(200);
    expect(textOf(renewed.text, 'main')).toContain('We hebben een nieuwe link gestuurd');

    const mails = await mailsTo(t.dataSource, 'kees@oss.nl');
    expect(mails).toHaveLength(2);
    const newLink = linkIn(mails[1].textBody, '/uitnodiging/');
    expect(newLink).not.toBe(oldLink);
    await kees.get(newLink).expect(200);
    expect(textOf((await kees.get(oldLink)).text, 'main')).toContain('Er is een nieuwere uitnodiging verstuurd.');
  });

  it('asks someone with an account to log in as themselves before accepting', async () => {
    const { edition, agent } = await trainerOfNewEdition();
    const existing = await createUser(t.dataSource, { email: 'jeroen@midden-groningen.nl', name: 'Jeroen Bakker' });
    const csrf = await csrfToken(agent, `/leerateliers/${edition.slug}/deelnemers`);
    await agent.post(`/leerateliers/${edition.slug}/uitnodigen`).type('form').send({ _csrf: csrf, name: 'J. Bakker', email: existing.email, role: 'participant' });
    const link = linkIn((await mailsTo(t.dataSource, existing.email))[0].textBody, '/uitnodiging/');

    const anonymous = await request(t.app.getHttpServer()).get(link).expect(200);
    expect(textOf(anonymous.text, 'main')).toContain('Je hebt al een account met het adres jeroen@midden-groningen.nl. Log eerst in');
    const other = await loggedIn(t.app.getHttpServer(), (await createUser(t.dataSource)).email);
    const otherCsrf = await csrfToken(other, link);
    await other.post(link).type('form').send({ _csrf: otherCsrf }).expect(403);

    const jeroen = await loggedIn(t.app.getHttpServer(), existing.email);
    const jeroenCsrf = await csrfToken(jeroen, link);
    await jeroen.post(link).type('form').send({ _csrf: jeroenCsrf }).expect(303);
    const enrolment = await t.dataSource.getRepository(Enrolment).findOneByOrFail({ editionId: edition.id, userId: existing.id });
    expect(enrolment.status).toBe('active');
  });

  it('invites a pasted list and reports on every line', async () => {
    const { edition, agent } = await trainerOfNewEdition();
    await createUser(t.dataSource, { email: 'al@binnen.nl' }).then((u) => enrol(t.dataSource, edition, u, 'participant'));
    const csrf = await csrfToken(agent, `/leerateliers/${edition.slug}/deelnemers`);
    const list = 'naam;e-mail;organisatie\nAnne de Vries;anne@westerkwartier.nl;Gemeente Westerkwartier\nZonder Adres;;Gemeente Oss\nAl Binnen;al@binnen.nl;Gemeente Ede';
    const res = await agent
      .post(`/leerateliers/${edition.slug}/uitnodigen/lijst?_csrf=${encodeURIComponent(csrf)}`)
      .field('list', list)
      .field('role', 'participant')
      .expect(200);
    expect(visibleText(res.text)).toContain(
      '2 Anne de Vries anne@westerkwartier.nl Uitgenodigd 3 Zonder Adres Niet uitgenodigd Dit is geen goed e-mailadres. 4 Al Binnen al@binnen.nl Doet al mee',
    );
    expect(await mailsTo(t.dataSource, 'anne@westerkwartier.nl')).toHaveLength(1);
  });

  it('exports the people as CSV that Dutch Excel opens', async () => {
    const { edition, agent } = await trainerOfNewEdition();
    const res = await agent.get(`/leerateliers/${edition.slug}/deelnemers.csv`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="deelnemers-${edition.slug}.csv"`);
    const lines = res.text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFNaam;E-mailadres;Organisatie;Functie;Rol;Status;Lunch;Laatste bezoek');
    expect(lines[1]).toMatch(/^Marieke Bos;persoon\d+@gemeente-voorbeeld\.nl;Gemeente Voorbeeld;Beleidsadviseur;Trainer;Actief;nee;$/);
  });
});

describe('invitation mail over SMTP', () => {
  it('arrives at a real mail server in the language of the new person', async () => {
    const sink = await startSmtpSink();
    const t = await startTestApp({ SMTP_URL: sink.url });
    const edition = await createEdition(t.dataSource, { title: 'Leeratelier voorjaar 2031' });
    const coordinator = await createUser(t.dataSource, { isCoordinator: true, name: 'Sanne Visser' });
    const agent = await loggedIn(t.app.getHttpServer(), coordinator.email);
    await agent.get('/taal/en');
    const csrf = await csrfToken(agent, `/leerateliers/${edition.slug}/deelnemers`);
    await agent.post(`/leerateliers/${edition.slug}/uitnodigen`).type('form').send({ _csrf: csrf, name: 'Sam Smith', email: 'sam@example.org', role: 'trainer' }).expect(303);
    const [mail] = await sink.waitFor(1);
    expect(mail.subject).toBe('Invitation: Leeratelier voorjaar 2031');
    expect(mail.text).toContain('You are invited to Leeratelier voorjaar 2031 as Trainer. The first meeting is on Thursday 19 September 2030, 13:00.');
    await t.close();
    await sink.close();
  });
});
