import request from 'supertest';
import { Edition } from '../../src/editions/edition.entity';
import { PreparationSettings } from '../../src/preparation/entities/preparation-settings.entity';
import { User } from '../../src/users/user.entity';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { addQuestion, answer, setPreparation } from '../factories/preparation';
import { visibleText } from '../utils/html';
import { Agent, csrfToken, loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/**
 * Until the trainer shares them after the deadline, a participant reads only their own answers;
 * a guest reads along with the participants. Drafts are never shown to anyone else.
 */
describe('sharing the answers with the group', () => {
  let t: TestApp;
  let edition: Edition;
  const people: Record<'anne' | 'jeroen' | 'fatima' | 'guest' | 'trainer' | 'outsider', User> = {} as never;
  const agents: Partial<Record<keyof typeof people, Agent>> = {};
  const group = () => `/leerateliers/${edition.slug}/voorbereiding/groep`;
  const agent = async (who: keyof typeof people) => (agents[who] ??= await loggedIn(t.app.getHttpServer(), people[who].email));
  const setDeadline = (deadline: Date) => t.dataSource.getRepository(PreparationSettings).update({ editionId: edition.id }, { deadline });

  beforeAll(async () => {
    t = await startTestApp();
    edition = await createEdition(t.dataSource, { meeting1Start: new Date('2099-09-17T11:00:00Z') });
    await setPreparation(t.dataSource, edition, { deadline: new Date(Date.now() + 60 * 60_000) });
    const question = await addQuestion(t.dataSource, edition, { text: 'Wat wil je leren?' });
    for (const [key, name, role] of [
      ['anne', 'Anne de Vries', 'participant'],
      ['jeroen', 'Jeroen Bakker', 'participant'],
      ['fatima', 'Fatima El Amrani', 'participant'],
      ['guest', 'Peter Hendriks', 'guest'],
      ['trainer', 'Marieke Bos', 'trainer'],
    ] as const) {
      people[key] = await createUser(t.dataSource, { name });
      const enrolment = await enrol(t.dataSource, edition, people[key], role);
      if (key === 'anne') await answer(t.dataSource, enrolment, 'submitted', [[question, 'Bewoners eerder betrekken.']]);
      if (key === 'jeroen') await answer(t.dataSource, enrolment, 'submitted', [[question, 'Omgaan met weerstand.']]);
      if (key === 'fatima') await answer(t.dataSource, enrolment, 'draft', [[question, 'Mijn geheime concept.']]);
    }
    people.outsider = await createUser(t.dataSource);
    await enrol(t.dataSource, await createEdition(t.dataSource), people.outsider, 'participant');
  });
  afterAll(() => t.close());

  async function post(who: keyof typeof people, path: string) {
    const a = await agent(who);
    const token = await csrfToken(a, '/inloggen');
    return a.post(`/leerateliers/${edition.slug}/voorbereiding/${path}`).type('form').send({ _csrf: token });
  }

  it('shows a participant only their own answers before the deadline, and cannot be shared yet', async () => {
    const own = visibleText((await (await agent('anne')).get(`/leerateliers/${edition.slug}/voorbereiding`)).text);
    expect(own).toContain('Bewoners eerder betrekken.');
    expect(own).not.toContain('Omgaan met weerstand.');
    expect(own).not.toContain('Lees de antwoorden van de groep');

    const res = await (await agent('anne')).get(group());
    expect(res.status).toBe(403);
    expect(visibleText(res.text)).toContain('De trainer heeft de antwoorden van de groep nog niet gedeeld. Je ziet alleen je eigen antwoorden.');
    expect(res.text).not.toContain('Omgaan met weerstand.');

    const share = await post('trainer', 'delen');
    expect(share.status).toBe(403);
    expect(visibleText(share.text)).toContain('Je kunt de antwoorden pas delen als de deadline voorbij is.');
    expect((await t.dataSource.getRepository(PreparationSettings).findOneByOrFail({ editionId: edition.id })).sharedAt).toBeNull();
  });

  it('keeps the answers hidden after the deadline until the trainer shares them', async () => {
    await setDeadline(new Date(Date.now() - 60_000));
    for (const who of ['anne', 'guest'] as const) expect((await (await agent(who)).get(group())).status).toBe(403);
    const trainerView = visibleText((await (await agent('trainer')).get(group())).text);
    expect(trainerView).toContain('Deze antwoorden zijn nog niet gedeeld met de groep. Alleen trainers kunnen deze pagina nu zien.');
  });

  it('shows every submitted answer with its writer to participants and guests once shared, never a draft', async () => {
    expect((await post('trainer', 'delen')).status).toBe(303);
    for (const who of ['anne', 'fatima', 'guest'] as const) {
      const res = await (await agent(who)).get(group());
      expect(res.status).toBe(200);
      const text = visibleText(res.text);
      expect(text).toContain('1. Wat wil je leren? Anne de Vries (Gemeente Voorbeeld) Bewoners eerder betrekken. Jeroen Bakker (Gemeente Voorbeeld) Omgaan met weerstand.');
      expect(text).not.toContain('Mijn geheime concept.');
    }
    expect(visibleText((await (await agent('guest')).get(`/leerateliers/${edition.slug}/voorbereiding`)).text)).toContain('Lees de antwoorden van de groep');
    expect((await (await agent('outsider')).get(group())).status).toBe(404);
    const anonymous = await request(t.app.getHttpServer()).get(group());
    expect([anonymous.status, anonymous.headers.location]).toEqual([303, `/inloggen?terug=${encodeURIComponent(group())}`]);
  });

  it('hides them again when the trainer stops sharing, or moves the deadline later', async () => {
    expect((await post('anne', 'niet-meer-delen')).status).toBe(403);
    await setDeadline(new Date(Date.now() + 60 * 60_000));
    expect((await (await agent('anne')).get(group())).status).toBe(403);
    await setDeadline(new Date(Date.now() - 60_000));
    expect((await (await agent('anne')).get(group())).status).toBe(200);

    expect((await post('trainer', 'niet-meer-delen')).status).toBe(303);
    expect((await (await agent('anne')).get(group())).status).toBe(403);
  });
});
