import { Edition } from '../../src/editions/edition.entity';
import { Theme } from '../../src/themes/theme.entity';
import { User } from '../../src/users/user.entity';
import { createCase } from '../factories/cases';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { visibleText } from '../utils/html';
import { Agent, loggedIn, postForm } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

describe('the theme list of an edition', () => {
  let t: TestApp;
  let edition: Edition;
  let trainer: Agent;
  let participant: Agent;
  let participantId: number;

  beforeAll(async () => {
    t = await startTestApp();
    edition = await createEdition(t.dataSource);
    const coach = await createUser(t.dataSource);
    const person = await createUser(t.dataSource);
    participantId = person.id;
    await enrol(t.dataSource, edition, coach, 'trainer');
    await enrol(t.dataSource, edition, person, 'participant');
    trainer = await loggedIn(t.app.getHttpServer(), coach.email);
    participant = await loggedIn(t.app.getHttpServer(), person.email);
  });

  afterAll(() => t.close());

  const page = () => `/leerateliers/${edition.slug}/themas`;
  const names = async () => (await t.dataSource.getRepository(Theme).find({ where: { editionId: edition.id }, order: { position: 'ASC' } })).filter((th) => !th.removedAt).map((th) => th.name);
  const legends = (html: string) => [...html.matchAll(/<legend[^>]*>([^<]*)<\/legend>/g)].map((m) => m[1]);
  const idOf = async (name: string) => (await t.dataSource.getRepository(Theme).findOneByOrFail({ editionId: edition.id, name })).id;

  it('adds themes with an explanation and key words', async () => {
    expect(visibleText((await trainer.get(page())).text)).toContain('Er zijn nog geen thema’s.');
    for (const name of ['wonen', 'energie', 'jongeren']) {
      const res = await postForm(trainer, page(), { name, description: `Alles over ${name}.`, keywords: 'bewoners, buurt' }, page());
      expect([res.status, res.headers.location]).toEqual([303, page()]);
    }
    const res = await trainer.get(page());
    expect(visibleText(res.text)).toContain('Het thema jongeren is toegevoegd.');
    expect(legends(res.text)).toEqual(['Thema 1: wonen', 'Thema 2: energie', 'Thema 3: jongeren']);
  });

  it('refuses an empty or a double name, and keeps what was typed', async () => {
    const empty = await postForm(trainer, page(), { name: ' ', description: 'Zonder naam' }, page());
    expect(empty.status).toEqual(422);
    expect(visibleText(empty.text)).toContain('Fout: Vul dit veld in.');
    expect(empty.text).toContain('value="Zonder naam"');
    const double = await postForm(trainer, page(), { name: 'Wonen' }, page());
    expect(visibleText(double.text)).toContain('Er is al een thema met deze naam.');
    const renamed = await postForm(trainer, `${page()}/${await idOf('energie')}`, { name: 'jongeren', description: '', keywords: '' }, page());
    expect(renamed.status).toEqual(422);
    expect(renamed.text).toMatch(/id="thema-\d+-naam" name="name" type="text" value="jongeren"[^>]*aria-invalid="true"/);
    expect(await names()).toEqual(['wonen', 'energie', 'jongeren']);
  });

  it('renames and reorders without scripts', async () => {
    await postForm(trainer, `${page()}/${await idOf('energie')}`, { name: 'energie en duurzaamheid', description: '', keywords: 'zonnepanelen' }, page());
    await postForm(trainer, `${page()}/${await idOf('jongeren')}/omhoog`, {}, page());
    expect(await names()).toEqual(['wonen', 'jongeren', 'energie en duurzaamheid']);
    await postForm(trainer, `${page()}/${await idOf('wonen')}/omlaag`, {}, page());
    expect(await names()).toEqual(['jongeren', 'wonen', 'energie en duurzaamheid']);
    // The first one cannot go higher; nothing changes.
    await postForm(trainer, `${page()}/${await idOf('jongeren')}/omhoog`, {}, page());
    expect(await names()).toEqual(['jongeren', 'wonen', 'energie en duurzaamheid']);
  });

  it('removes a theme from the form while cases that chose it keep it', async () => {
    const wonen = await t.dataSource.getRepository(Theme).findOneByOrFail({ editionId: edition.id, name: 'wonen' });
    const author = await t.dataSource.getRepository(User).findOneByOrFail({ id: participantId });
    const chosen = await createCase(t.dataSource, edition, author, { status: 'draft', themes: [wonen] });
    const res = await postForm(trainer, `${page()}/${wonen.id}/verwijderen`, {}, page());
    expect(res.status).toEqual(303);
    expect(visibleText((await trainer.get(page())).text)).toContain('Het thema wonen is verwijderd. Casussen die het kozen, houden het.');
    expect(await names()).toEqual(['jongeren', 'energie en duurzaamheid']);
    const casePage = await participant.get(`/leerateliers/${edition.slug}/casussen/${chosen.id}`);
    expect(casePage.text).toContain('<ul class="casus-tags"><li>wonen</li></ul>');
    const form = await participant.get(`/leerateliers/${edition.slug}/casussen/${chosen.id}/bewerken`);
    expect([...form.text.matchAll(/for="thema-\d+">([^<]*)</g)].map((m) => m[1])).toEqual(['jongeren', 'wonen', 'energie en duurzaamheid']);
  });

  it('is only for trainers and coordinators', async () => {
    expect((await participant.get(page())).status).toEqual(403);
    expect((await postForm(participant, page(), { name: 'Sport' }, `/leerateliers/${edition.slug}/casussen`)).status).toEqual(403);
    expect(await names()).toEqual(['jongeren', 'energie en duurzaamheid']);
  });
});
