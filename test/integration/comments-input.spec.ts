import { Case } from '../../src/cases/entities/case.entity';
import { Comment } from '../../src/comments/entities/comment.entity';
import { Edition } from '../../src/editions/edition.entity';
import { User } from '../../src/users/user.entity';
import { createCase, fieldError, fieldValue } from '../factories/cases';
import { commentSection, createComment, postComment, postedId, postReply, setCommentWindow } from '../factories/comments';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { mailsTo } from '../utils/outbox';
import { textOf, visibleText } from '../utils/html';
import { Agent, loggedIn, postForm } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/** Bad input and refused actions: a clear Dutch message or a 403/404, and nothing stored or shown. */
describe('refused comments', () => {
  let t: TestApp;
  let edition: Edition;
  let c: Case;
  let otherCase: Case;
  const people = {} as Record<'author' | 'peer' | 'other' | 'trainer' | 'coordinator', User>;
  const agents = {} as Record<keyof typeof people, Agent>;

  beforeAll(async () => {
    t = await startTestApp();
    edition = await createEdition(t.dataSource);
    people.author = await createUser(t.dataSource, { name: 'Lotte van Dijk' });
    people.peer = await createUser(t.dataSource, { name: 'Jeroen Bakker' });
    people.other = await createUser(t.dataSource, { name: 'Fatima El Amrani' });
    people.trainer = await createUser(t.dataSource, { name: 'Marieke Bos' });
    people.coordinator = await createUser(t.dataSource, { name: 'Sanne Visser', isCoordinator: true });
    for (const key of ['author', 'peer', 'other'] as const) await enrol(t.dataSource, edition, people[key], 'participant');
    await enrol(t.dataSource, edition, people.trainer, 'trainer');
    for (const key of Object.keys(people) as (keyof typeof people)[]) agents[key] = await loggedIn(t.app.getHttpServer(), people[key].email);
    c = await createCase(t.dataSource, edition, people.author, { text: { title: 'Moestuin bij de school' } });
    otherCase = await createCase(t.dataSource, edition, people.other, { text: { title: 'Jongerenraad' } });
  });

  afterAll(() => t.close());

  const count = () => t.dataSource.getRepository(Comment).count();
  const casePath = (x: Case = c) => `/leerateliers/${edition.slug}/casussen/${x.id}`;

  it('refuses an empty comment beside the field, keeping the chosen kind', async () => {
    const before = await count();
    for (const body of ['', '   \r\n  ']) {
      const res = await postComment(agents.peer, edition, c, { kind: 'vraag', body });
      expect([res.status, fieldError(res.text, 'body'), textOf(res.text, 'h1')]).toEqual([422, 'Schrijf eerst je reactie.', 'Reactie schrijven']);
      expect(res.text).toContain('id="veld-kind-vraag" name="kind" value="vraag" checked');
    }
    expect(await count()).toEqual(before);
  });

  it('refuses a comment over the length limit with what was typed kept, and takes one at the limit', async () => {
    const before = await count();
    const tooLong = `${'a'.repeat(3999)}\r\nb`;
    const res = await postComment(agents.peer, edition, c, { body: tooLong });
    expect([res.status, fieldError(res.text, 'body')]).toEqual([422, 'Je reactie is te lang. Maak hem korter.']);
    expect(fieldValue(res.text, 'body')).toEqual(tooLong);
    expect(await count()).toEqual(before);
    // Line breaks count once, as the field's maxlength counts them.
    const atLimit = `${'a'.repeat(3998)}\r\nb`;
    const id = postedId(await postComment(agents.peer, edition, c, { body: atLimit }));
    expect((await t.dataSource.getRepository(Comment).findOneByOrFail({ id })).body.length).toEqual(4000);
  });

  it('asks which kind of comment it is, and refuses a form field it does not have', async () => {
    const res = await postComment(agents.peer, edition, c, { kind: '', body: 'Zonder soort.' });
    expect([res.status, visibleText(res.text).includes('Fout: Kies wat voor reactie het is.'), fieldValue(res.text, 'body')]).toEqual([422, true, 'Zonder soort.']);
    expect((await postComment(agents.peer, edition, c, { kind: 'spam' })).status).toEqual(422);
    expect((await postComment(agents.peer, edition, c, { isAdmin: 'ja' })).status).toEqual(400);
  });

  it('refuses a reply to a comment on another case with a 404', async () => {
    const elsewhere = await createComment(t.dataSource, otherCase, people.other, { body: 'Op een andere casus.' });
    const before = await count();
    const res = await postReply(agents.peer, edition, c, elsewhere.id, { body: 'Verkeerde plek.' });
    expect(res.status).toEqual(404);
    expect((await agents.peer.get(`${casePath()}/reacties/${elsewhere.id}/reageren`)).status).toEqual(404);
    expect(await count()).toEqual(before);
  });

  it('refuses a comment on a draft case: the author is told why, others get a 404', async () => {
    const draft = await createCase(t.dataSource, edition, people.author, { status: 'draft', text: { title: 'Nog een concept' } });
    const own = await postComment(agents.author, edition, draft, { body: 'Notitie voor mezelf.' });
    expect([own.status, visibleText(own.text).includes('Reageren kan pas als de casus is ingediend.')]).toEqual([403, true]);
    expect((await postComment(agents.peer, edition, draft, { body: 'Stiekem.' })).status).toEqual(404);
    const page = await agents.author.get(casePath(draft));
    expect(visibleText(commentSection(page.text))).toContain('Reacties (0) ');
    expect(visibleText(commentSection(page.text))).toContain('Reageren kan pas als de casus is ingediend.');
    expect(page.text).not.toContain(`action="${casePath(draft)}/reacties"`);
    expect(await t.dataSource.getRepository(Comment).countBy({ caseId: draft.id })).toEqual(0);
  });

  it('refuses a comment on a withdrawn case the same way', async () => {
    const withdrawn = await createCase(t.dataSource, edition, people.author, { status: 'withdrawn', text: { title: 'Ingetrokken' } });
    expect((await postComment(agents.author, edition, withdrawn, { body: 'Hallo?' })).status).toEqual(403);
    expect((await postComment(agents.peer, edition, withdrawn, { body: 'Hallo?' })).status).toEqual(404);
    expect(await t.dataSource.getRepository(Comment).countBy({ caseId: withdrawn.id })).toEqual(0);
  });

  it('refuses comments, replies and changes after the window closed, keeping what was typed', async () => {
    const closed = await createEdition(t.dataSource);
    await enrol(t.dataSource, closed, people.author, 'participant');
    await enrol(t.dataSource, closed, people.peer, 'participant');
    const late = await createCase(t.dataSource, closed, people.author, { text: { title: 'Te laat' } });
    const earlier = await createComment(t.dataSource, late, people.peer, { body: 'Van voor de sluiting.' });
    await setCommentWindow(t.dataSource, closed.id, new Date('2020-01-01T12:00:00Z'));
    const before = await count();

    const res = await postComment(agents.peer, closed, late, { body: 'Mijn late tip.' });
    expect([res.status, fieldValue(res.text, 'body')]).toEqual([403, 'Mijn late tip.']);
    expect(visibleText(res.text)).toContain('De reactietermijn is voorbij. Je kunt niet meer reageren of reacties aanpassen. Je tekst is niet opgeslagen. Kopieer hem als je hem wilt bewaren.');
    expect(res.text).not.toContain('Reactie plaatsen</button>');
    expect((await postReply(agents.author, closed, late, earlier.id, { body: 'Laat antwoord.' })).status).toEqual(403);
    const edit = await postForm(agents.peer, `/leerateliers/${closed.slug}/casussen/${late.id}/reacties/${earlier.id}/bewerken`, { kind: 'tip', body: 'Aangepast.' }, '/mijn');
    expect(edit.status).toEqual(403);
    expect((await agents.peer.get(`/leerateliers/${closed.slug}/casussen/${late.id}/reacties/${earlier.id}/bewerken`)).status).toEqual(403);
    expect(await count()).toEqual(before);
    expect((await t.dataSource.getRepository(Comment).findOneByOrFail({ id: earlier.id })).body).toEqual('Van voor de sluiting.');

    const page = visibleText(commentSection((await agents.peer.get(`/leerateliers/${closed.slug}/casussen/${late.id}`)).text));
    expect(page).toContain('Reageren is gesloten sinds woensdag 1 januari 2020, 13.00 uur.');
    expect(page).toContain('Je kunt niet meer reageren: de reactietermijn is voorbij.');
    expect(page).not.toContain('Reageren op de reactie');
    // Deleting one's own words stays possible.
    expect((await postForm(agents.peer, `/leerateliers/${closed.slug}/casussen/${late.id}/reacties/${earlier.id}/verwijderen`, {}, '/mijn')).status).toEqual(303);
  });

  it("refuses editing or deleting someone else's comment with a 403, and changes nothing", async () => {
    const theirs = await createComment(t.dataSource, c, people.other, { body: 'Van Fatima.' });
    for (const action of ['bewerken', 'verwijderen']) {
      expect((await agents.peer.get(`${casePath()}/reacties/${theirs.id}/${action}`)).status).toEqual(403);
      const res = await postForm(agents.peer, `${casePath()}/reacties/${theirs.id}/${action}`, action === 'bewerken' ? { kind: 'tip', body: 'Overgenomen.' } : {}, '/mijn');
      expect([res.status, visibleText(res.text).includes('Je kunt alleen je eigen reacties aanpassen of verwijderen.')]).toEqual([403, true]);
    }
    expect(await t.dataSource.getRepository(Comment).findOneByOrFail({ id: theirs.id })).toMatchObject({ body: 'Van Fatima.', editedAt: null, deletedAt: null });
  });

  it('keeps a trainer note from another participant on the case page', async () => {
    await createComment(t.dataSource, c, people.trainer, { trainerNote: true, body: 'GEHEIME-NOTITIE op de pagina' });
    const page = await agents.peer.get(casePath());
    expect([page.status, page.text.includes('GEHEIME-NOTITIE'), page.text.includes('Notities van de trainer')]).toEqual([200, false, false]);
    expect((await agents.author.get(casePath())).text).toContain('GEHEIME-NOTITIE op de pagina');
  });

  it('answers a guessed trainer note id with the same 404 as a comment that does not exist', async () => {
    const note = await createComment(t.dataSource, c, people.trainer, { trainerNote: true, body: 'GEHEIME-NOTITIE geraden' });
    for (const action of ['reageren', 'bewerken', 'verwijderen']) {
      const guessed = await agents.peer.get(`${casePath()}/reacties/${note.id}/${action}`);
      const missing = await agents.peer.get(`${casePath()}/reacties/999999/${action}`);
      expect([guessed.status, textOf(guessed.text, 'h1')]).toEqual([missing.status, textOf(missing.text, 'h1')]);
      expect(guessed.status).toEqual(404);
      expect(guessed.text).not.toContain('GEHEIME-NOTITIE');
    }
    expect((await postReply(agents.peer, edition, c, note.id, { body: 'Ik lees mee.' })).status).toEqual(404);
  });

  it('leaves a trainer note out of the export of another participant', async () => {
    await createComment(t.dataSource, c, people.trainer, { trainerNote: true, body: 'GEHEIME-NOTITIE in de export' });
    const res = await agents.peer.get(`${casePath()}/reacties.csv`);
    expect([res.status, res.text.includes('GEHEIME-NOTITIE')]).toEqual([200, false]);
    expect((await agents.author.get(`${casePath()}/reacties.csv`)).text).toContain('GEHEIME-NOTITIE in de export');
  });

  it('mails a trainer note to the author only, also to a participant who answered in the same case', async () => {
    const before = (await mailsTo(t.dataSource, people.peer.email)).length;
    await postComment(agents.peer, edition, c, { body: 'Een gewone reactie.' });
    await postForm(agents.author, `/leerateliers/${edition.slug}/meldingen`, { preference: 'immediate' }, '/mijn');
    await postForm(agents.peer, `/leerateliers/${edition.slug}/meldingen`, { preference: 'immediate' }, '/mijn');
    postedId(await postComment(agents.trainer, edition, c, { body: 'GEHEIME-NOTITIE per mail', audience: 'auteur' }));
    const toAuthor = await mailsTo(t.dataSource, people.author.email);
    expect(toAuthor[toAuthor.length - 1].textBody).toContain('GEHEIME-NOTITIE per mail');
    const toPeer = await mailsTo(t.dataSource, people.peer.email);
    expect(toPeer.length).toEqual(before);
    expect(toPeer.some((m) => m.textBody.includes('GEHEIME-NOTITIE'))).toEqual(false);
  });

  it('shows typed HTML as text and runs nothing', async () => {
    const id = postedId(await postComment(agents.peer, edition, c, { body: '<img src=x onerror=alert(1)> en <script>alert(2)</script>' }));
    const page = await agents.author.get(casePath());
    expect(page.text).not.toContain('<img src=x');
    expect(page.text).not.toContain('<script>alert(2)');
    expect(page.text).toContain(`<div class="casus-comment__body"><p>&lt;img src=x onerror=alert(1)&gt; en &lt;script&gt;alert(2)&lt;/script&gt;</p></div>`);
    expect((await t.dataSource.getRepository(Comment).findOneByOrFail({ id })).body).toEqual('<img src=x onerror=alert(1)> en <script>alert(2)</script>');
  });

  it('shows a javascript: link as plain text, and marks real links as written by a user', async () => {
    postedId(await postComment(agents.peer, edition, c, { body: '[klik hier](javascript:alert(1)) of [de handreiking](https://www.example.nl/participatie)' }));
    const page = await agents.author.get(casePath());
    expect(page.text).not.toContain('javascript:');
    expect(page.text).toContain('<p>klik hier of <a href="https://www.example.nl/participatie" rel="noopener nofollow ugc">de handreiking</a></p>');
  });

  it('lets a coordinator read along but not comment', async () => {
    const page = await agents.coordinator.get(casePath());
    expect([page.status, page.text.includes(`action="${casePath()}/reacties"`)]).toEqual([200, false]);
    const before = await count();
    expect((await postComment(agents.coordinator, edition, c, { body: 'Van de coördinator.' })).status).toEqual(403);
    expect(await count()).toEqual(before);
  });
});
