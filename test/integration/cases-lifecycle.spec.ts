import { Case } from '../../src/cases/entities/case.entity';
import { CaseVersion } from '../../src/cases/entities/case-version.entity';
import { Edition } from '../../src/editions/edition.entity';
import { User } from '../../src/users/user.entity';
import { caseFormFields, caseText, createCase, createTheme, fieldError, fieldValue } from '../factories/cases';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { textOf, visibleText } from '../utils/html';
import { Agent, loggedIn, postForm } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

describe('a case from draft to withdrawn', () => {
  let t: TestApp;
  let edition: Edition;
  let author: User;
  let writer: Agent;
  let peer: Agent;
  let wonen: number;

  beforeAll(async () => {
    t = await startTestApp();
    edition = await createEdition(t.dataSource);
    wonen = (await createTheme(t.dataSource, edition, 'wonen')).id;
    author = await createUser(t.dataSource, { name: 'Anne de Vries', organisation: 'Gemeente Westerkwartier' });
    const other = await createUser(t.dataSource);
    await enrol(t.dataSource, edition, author, 'participant');
    await enrol(t.dataSource, edition, other, 'participant');
    writer = await loggedIn(t.app.getHttpServer(), author.email);
    peer = await loggedIn(t.app.getHttpServer(), other.email);
  });

  afterAll(() => t.close());

  const base = () => `/leerateliers/${edition.slug}`;
  const cases = () => t.dataSource.getRepository(Case).find({ where: { authorId: author.id } });
  const versions = (caseId: number) => t.dataSource.getRepository(CaseVersion).find({ where: { caseId }, order: { number: 'ASC' } });

  it('starts with an empty "Mijn casus" that fills in the organisation from the profile', async () => {
    const mine = await writer.get(`${base()}/mijn-casus`);
    expect(textOf(mine.text, 'h1')).toEqual('Mijn casus');
    expect(visibleText(mine.text)).toContain('Je hebt nog geen casus.');
    const form = await writer.get(`${base()}/mijn-casus/nieuw`);
    expect(textOf(form.text, 'h1')).toEqual('Nieuwe casus');
    expect(fieldValue(form.text, 'organisation')).toEqual('Gemeente Westerkwartier');
  });

  it('refuses a draft without a title, keeps what was typed and stores nothing', async () => {
    const res = await postForm(writer, `${base()}/mijn-casus`, caseFormFields({ title: '   ', situation: 'Het begint bij de speeltuin.' }));
    expect(res.status).toEqual(422);
    expect(fieldError(res.text, 'title')).toEqual('Geef je casus een titel. Dat is ook nodig om een concept op te slaan.');
    expect(fieldValue(res.text, 'situation')).toEqual('Het begint bij de speeltuin.');
    expect(await cases()).toEqual([]);
  });

  let caseId: number;

  it('saves a half-finished draft that only the author sees', async () => {
    const res = await postForm(writer, `${base()}/mijn-casus`, { ...caseFormFields({ title: 'Speeltuin aan de Beukenlaan', context: '', involved: '' }), actie: 'opslaan' });
    expect(res.status).toEqual(303);
    const [draft] = await cases();
    caseId = draft.id;
    expect([draft.status, draft.title, draft.currentVersionId]).toEqual(['draft', 'Speeltuin aan de Beukenlaan', null]);
    expect(res.headers.location).toEqual(`${base()}/casussen/${caseId}/bewerken`);
    const own = await writer.get(`${base()}/casussen/${caseId}`);
    expect(visibleText(own.text)).toContain('Concept Alleen jij ziet dit concept.');
    expect((await peer.get(`${base()}/casussen/${caseId}`)).status).toEqual(404);
    expect(visibleText((await peer.get(`${base()}/casussen`)).text)).toContain('Er zijn nog geen casussen ingediend.');
  });

  it('names every field that submitting still needs, and the confirmation', async () => {
    const res = await postForm(writer, `${base()}/casussen/${caseId}`, {
      ...caseFormFields({ title: 'Speeltuin aan de Beukenlaan', context: '', involved: ' ' }),
      actie: 'indienen',
      bevestiging: '',
    });
    expect(res.status).toEqual(422);
    expect([fieldError(res.text, 'context'), fieldError(res.text, 'involved'), fieldError(res.text, 'bevestiging')]).toEqual([
      'Vul dit veld in.',
      'Vul dit veld in.',
      'Zet een vinkje als inwoners niet herkenbaar zijn. Anders kun je niet indienen.',
    ]);
    expect(visibleText(res.text)).toContain('Kies minstens één thema, of vul een ander thema in.');
    expect((await cases())[0].status).toEqual('draft');
  });

  it('shows each likely personal detail with its place before submitting, and submits once the author has seen them', async () => {
    const fields = {
      ...caseFormFields({ title: 'Speeltuin aan de Beukenlaan', situation: 'Het begon met een klacht.\nMevrouw Jansen belde: 06-12345678.' }, [wonen]),
      actie: 'indienen',
    };
    const first = await postForm(writer, `${base()}/casussen/${caseId}`, fields);
    expect(first.status).toEqual(422);
    const list = [...first.text.matchAll(/<li class="utrecht-unordered-list__item">([\s\S]*?)<\/li>/g)].map((m) => visibleText(m[1]));
    expect(list).toEqual([
      'Wat speelt er?, regel 2, teken 9: mogelijk een naam (“Jansen”)',
      'Wat speelt er?, regel 2, teken 23: mogelijk een telefoonnummer (“06-12345678”)',
    ]);
    expect(await versions(caseId)).toEqual([]);
    const seen = /name="privacyGezien" value="([0-9a-f]{16})"/.exec(first.text)![1];
    const second = await postForm(writer, `${base()}/casussen/${caseId}`, { ...fields, privacyGezien: seen });
    expect([second.status, second.headers.location]).toEqual([303, `${base()}/casussen/${caseId}`]);
    expect((await versions(caseId)).map((v) => [v.number, v.situation])).toEqual([[1, 'Het begon met een klacht.\nMevrouw Jansen belde: 06-12345678.']]);
  });

  it('lets peers read the submitted case', async () => {
    await postForm(writer, `${base()}/casussen/${caseId}`, { ...caseFormFields({ title: 'Speeltuin aan de Beukenlaan', situation: 'Het begon met een klacht.' }, [wonen]), actie: 'indienen' });
    const page = await peer.get(`${base()}/casussen/${caseId}`);
    expect(textOf(page.text, 'h1')).toEqual('Speeltuin aan de Beukenlaan');
    expect(visibleText(page.text)).toContain('Casus van Anne de Vries, Beleidsadviseur (Gemeente Westerkwartier)');
    expect(visibleText(page.text)).toContain('Versie 2 ingediend op');
    expect(visibleText(page.text)).toContain('Wat speelt er? Het begon met een klacht.');
  });

  it('keeps saved changes to the author until they are submitted again', async () => {
    await postForm(writer, `${base()}/casussen/${caseId}`, { ...caseFormFields({ title: 'Speeltuin aan de Beukenlaan', situation: 'Nieuwe tekst, nog niet klaar.' }, [wonen]), actie: 'opslaan' });
    expect(visibleText((await peer.get(`${base()}/casussen/${caseId}`)).text)).toContain('Het begon met een klacht.');
    const own = await writer.get(`${base()}/casussen/${caseId}`);
    expect(visibleText(own.text)).toContain('Je hebt wijzigingen opgeslagen die nog niet zijn ingediend.');
    expect((await versions(caseId)).length).toEqual(2);
  });

  it('makes no new version when nothing changed', async () => {
    const fields = { ...caseFormFields({ title: 'Speeltuin aan de Beukenlaan', situation: 'Nieuwe tekst, nog niet klaar.' }, [wonen]), actie: 'indienen' };
    await postForm(writer, `${base()}/casussen/${caseId}`, fields);
    expect((await versions(caseId)).length).toEqual(3);
    const again = await postForm(writer, `${base()}/casussen/${caseId}`, fields);
    expect(again.status).toEqual(303);
    expect((await versions(caseId)).length).toEqual(3);
    expect(visibleText((await writer.get(again.headers.location)).text)).toContain('Er was niets veranderd, dus er is geen nieuwe versie gemaakt.');
  });

  it('hides a withdrawn case from peers and lets the author submit it again without a new version', async () => {
    const res = await postForm(writer, `${base()}/casussen/${caseId}/intrekken`, {});
    expect([res.status, res.headers.location]).toEqual([303, `${base()}/mijn-casus`]);
    expect((await peer.get(`${base()}/casussen/${caseId}`)).status).toEqual(404);
    expect(visibleText((await writer.get(`${base()}/mijn-casus`)).text)).toContain('Ingetrokken');
    await postForm(writer, `${base()}/casussen/${caseId}`, { ...caseFormFields({ title: 'Speeltuin aan de Beukenlaan', situation: 'Nieuwe tekst, nog niet klaar.' }, [wonen]), actie: 'indienen' });
    expect((await cases())[0].status).toEqual('submitted');
    expect((await versions(caseId)).length).toEqual(3);
    expect((await peer.get(`${base()}/casussen/${caseId}`)).status).toEqual(200);
  });

  it('refuses a second case where one is allowed, keeping the form and storing nothing', async () => {
    const page = await writer.get(`${base()}/mijn-casus/nieuw`);
    expect([page.status, page.headers.location]).toEqual([303, `${base()}/mijn-casus`]);
    const res = await postForm(writer, `${base()}/mijn-casus`, caseFormFields({ title: 'Nog een casus' }));
    expect(res.status).toEqual(409);
    expect(visibleText(res.text)).toContain('Je hebt al zoveel casussen als in dit leeratelier mag.');
    expect(fieldValue(res.text, 'title')).toEqual('Nog een casus');
    expect((await cases()).length).toEqual(1);
  });

  it('does not let anyone else change the case by its number', async () => {
    const before = await t.dataSource.getRepository(Case).findOneByOrFail({ id: caseId });
    expect((await peer.get(`${base()}/casussen/${caseId}/bewerken`)).status).toEqual(403);
    expect((await postForm(peer, `${base()}/casussen/${caseId}`, caseFormFields({ title: 'Gekaapt' }))).status).toEqual(403);
    expect((await postForm(peer, `${base()}/casussen/${caseId}/intrekken`, {})).status).toEqual(403);
    const draft = await createCase(t.dataSource, edition, author, { status: 'draft', text: caseText({ title: 'Geheim concept' }) });
    expect((await peer.get(`${base()}/casussen/${draft.id}/bewerken`)).status).toEqual(404);
    expect((await postForm(peer, `${base()}/casussen/${draft.id}`, caseFormFields({ title: 'Gekaapt' }))).status).toEqual(404);
    expect(await t.dataSource.getRepository(Case).findOneByOrFail({ id: caseId })).toEqual(before);
    expect((await t.dataSource.getRepository(Case).findOneByOrFail({ id: draft.id })).title).toEqual('Geheim concept');
  });
});
