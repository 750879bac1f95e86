import { Case } from '../../src/cases/entities/case.entity';
import { CommentDigestService } from '../../src/comments/comment-digest.service';
import { Comment } from '../../src/comments/entities/comment.entity';
import { FeedbackAssignment } from '../../src/comments/entities/feedback-assignment.entity';
import { fromAmsterdam, toAmsterdam } from '../../src/common/dates/amsterdam-time';
import { DEMO_PASSWORD } from '../../src/demo/demo-people';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { commentSection, newCommentIds, postComment, postedId } from '../factories/comments';
import { visibleText } from '../utils/html';
import { mailsTo } from '../utils/outbox';
import { loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

const NOTE = 'Lotte, je vraag voor de groep is nog breed.';

describe('the demo comments', () => {
  let t: TestApp;
  let edition: Edition;
  let lottesCase: Case;

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'true' });
    edition = await t.dataSource.getRepository(Edition).findOneByOrFail({ status: 'open' });
    lottesCase = await t.dataSource.getRepository(Case).findOneOrFail({ where: { editionId: edition.id, author: { email: 'lotte.van.dijk@demo.example' } } });
  });

  afterAll(() => t.close());

  const login = (email: string) => loggedIn(t.app.getHttpServer(), email, DEMO_PASSWORD);
  const casePath = () => `/leerateliers/${edition.slug}/casussen/${lottesCase.id}`;

  it('holds comments of every kind, a thread three deep, a trainer note and an allocation under way', async () => {
    const comments = await t.dataSource.getRepository(Comment).find({ where: { editionId: edition.id } });
    expect([...new Set(comments.map((c) => c.kind))].sort()).toEqual(['algemeen', 'ervaring', 'tip', 'vraag']);
    const depth = (c: Comment): number => (c.parentId ? 1 + depth(comments.find((p) => p.id === c.parentId)!) : 0);
    expect(Math.max(...comments.map(depth))).toEqual(2);
    expect(comments.filter((c) => c.trainerNote).map((c) => c.body.slice(0, NOTE.length))).toEqual([NOTE]);

    const participants = await t.dataSource.getRepository(Enrolment).countBy({ editionId: edition.id, role: 'participant', status: 'active' });
    expect(await t.dataSource.getRepository(FeedbackAssignment).countBy({ editionId: edition.id })).toEqual(2 * participants);
    const anne = await login('deelnemer@demo.example');
    expect(visibleText((await anne.get(`/leerateliers/${edition.slug}/feedbackopdrachten`)).text)).toContain('Je hebt op 1 van de 2 casussen gereageerd.');
  });

  it('lets a participant comment on a peer’s case, which its author sees marked new and gets in the digest', async () => {
    const jeroen = await login('jeroen.bakker@demo.example');
    const id = postedId(await postComment(jeroen, edition, lottesCase, { kind: 'vraag', body: 'Hoeveel bewoners doen nu mee?' }));

    const lotte = await login('lotte.van.dijk@demo.example');
    const card = visibleText((await lotte.get(`/leerateliers/${edition.slug}/casussen`)).text);
    expect(card).toMatch(/Een buurtmoestuin op het braakliggende terrein Lotte van Dijk · .*? · 7 reacties · 6 nieuw · 1 nieuwe notitie van de trainer/);
    const page = await lotte.get(casePath());
    expect(newCommentIds(page.text)).toContain(id);
    expect(visibleText(commentSection(page.text))).toContain('Er zijn 7 nieuwe reacties sinds je vorige bezoek.');

    const today = toAmsterdam(new Date());
    const tomorrow = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
    const morning = fromAmsterdam({ year: tomorrow.getUTCFullYear(), month: tomorrow.getUTCMonth() + 1, day: tomorrow.getUTCDate(), hour: 8, minute: 5 });
    expect(await t.app.get(CommentDigestService).sendDigests(morning)).toBeGreaterThan(0);
    const [digest] = (await mailsTo(t.dataSource, 'lotte.van.dijk@demo.example')).filter((m) => m.template === 'comment-digest');
    expect(digest.subject).toEqual(`7 nieuwe reacties in ${edition.title}`);
    expect(digest.textBody).toContain('== Een buurtmoestuin op het braakliggende terrein ==');
    expect(digest.textBody).toContain('Jeroen Bakker reageerde op je casus op ');
    expect(digest.textBody).toContain(`Hoeveel bewoners doen nu mee?\nLees en reageer in het portaal: http://localhost:3000/leerateliers/${edition.slug}/casussen/${lottesCase.id}#reactie-${id}`);
    expect(digest.textBody).toContain(NOTE);
  });

  it('shows the trainer note to its author and the trainer alone', async () => {
    for (const [email, sees] of [
      ['lotte.van.dijk@demo.example', true],
      ['trainer@demo.example', true],
      ['coordinator@demo.example', true],
      ['deelnemer@demo.example', false],
      ['jeroen.bakker@demo.example', false],
      ['gast@demo.example', false],
    ] as const) {
      const page = await (await login(email)).get(casePath());
      expect({ email, sees: page.text.includes(NOTE) }).toEqual({ email, sees });
    }
    const digests = await t.dataSource.query("SELECT toAddress FROM mail_outbox WHERE textBody LIKE ?", [`%${NOTE}%`]);
    expect(digests).toEqual([{ toAddress: 'lotte.van.dijk@demo.example' }]);
  });
});
