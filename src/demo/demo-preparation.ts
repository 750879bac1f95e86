import { EntityManager } from 'typeorm';
import { Edition } from '../editions/edition.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { PreparationAnswer } from '../preparation/entities/preparation-answer.entity';
import { PreparationQuestion } from '../preparation/entities/preparation-question.entity';
import { PreparationQuestionVersion } from '../preparation/entities/preparation-question-version.entity';
import { PreparationResponse } from '../preparation/entities/preparation-response.entity';
import { PreparationSettings } from '../preparation/entities/preparation-settings.entity';

const DAY = 24 * 60 * 60 * 1000;

/** The demo participant who logs in with deelnemer@demo.example finds a draft to finish and send. */
const DRAFT_EMAIL = 'deelnemer@demo.example';
/** And one participant has not started, so the trainer's reminder has someone to go to. */
const NOT_STARTED_EMAIL = 'fatima.elamrani@demo.example';

const MATERIAL = [
  'Lees voor de eerste bijeenkomst het artikel “Van inspraak naar samenspraak”. Het gaat over gemeenten die inwoners niet pas aan het eind om hun mening vragen, maar vanaf het begin samen met hen werken. Lezen kost ongeveer twintig minuten.',
  'Beantwoord daarna de drie vragen hieronder. Er zijn geen goede of foute antwoorden. Ik lees alles vooraf, zodat we in de eerste bijeenkomst kunnen beginnen bij wat jullie al weten en willen leren.',
].join('\n\n');

const QUESTIONS = [
  { text: 'Wat wil je na deze twee middagen anders doen in je werk?', hint: 'Een paar zinnen is genoeg.', required: true, maxLength: 1000 },
  {
    text: 'Beschrijf kort een moment waarop samenwerken met inwoners goed ging. Wat maakte het verschil?',
    hint: 'Denk aan een project in je eigen gemeente. Noem geen namen van inwoners.',
    required: true,
    maxLength: 1500,
  },
  { text: 'Welke vraag over het artikel wil je in de groep bespreken?', hint: '', required: false, maxLength: 500 },
];

/** Answers in the words of municipal staff, handed out in turn to the demo participants. */
const ANSWERS: [string, string, string][] = [
  [
    'Ik wil eerder in een project met bewoners praten, al voordat er een plan op papier staat.',
    'Bij de herinrichting van een speelplein mochten kinderen en ouders zelf de tekening maken. Omdat wij alleen de grenzen gaven (budget en veiligheid), voelde het plein echt van hen.',
    'Hoe houd je een raad betrokken als de uitkomst van tevoren nog niet vaststaat?',
  ],
  [
    'Minder zelf oplossen en vaker vragen wat er al in de wijk gebeurt.',
    'Een groep bewoners wilde een moestuin op een braakliggend stuk grond. Het lukte pas toen één collega hun vaste aanspreekpunt werd en de regels voor hen uitzocht.',
    'Wat doe je als de energie in een buurt vooral uit een kleine, luide groep komt?',
  ],
  [
    'Ik wil leren hoe ik partners bij elkaar breng die elkaar normaal niet opzoeken, zoals een woningcorporatie en een sportclub.',
    'Tijdens een buurtavond over eenzaamheid bleek dat de huisarts, de bibliotheek en de kerk hetzelfde zagen. Door ze aan één tafel te zetten, ontstond een wekelijkse koffieochtend.',
    '',
  ],
  [
    'Beter uitleggen wat wel en niet kan, zodat bewoners niet teleurgesteld afhaken.',
    'Bij de aanpak van verkeersoverlast hebben we metingen samen met bewoners gedaan. Daardoor geloofden ze de cijfers, en wij hun verhalen.',
    'Het artikel zegt dat de gemeente soms een stap terug moet doen. Wanneer is dat verstandig en wanneer niet?',
  ],
];

/**
 * The preparation of the upcoming demo edition: material, three questions, and answers from
 * its participants. Most have sent their answers, two have a draft (one of them the demo
 * participant account), and one has not started. Runs inside the demo's transaction, after the
 * participants exist.
 */
export async function seedDemoPreparation(manager: EntityManager, edition: Edition, now: Date): Promise<void> {
  await manager.insert(PreparationSettings, { editionId: edition.id, material: MATERIAL, articleTitle: 'Van inspraak naar samenspraak', articleUrl: 'https://www.example.org/artikelen/van-inspraak-naar-samenspraak', deadline: null, reminderDays: 3, sharedAt: null });
  const questions: PreparationQuestion[] = [];
  for (const [i, fields] of QUESTIONS.entries()) {
    const question = await manager.save(PreparationQuestion, manager.create(PreparationQuestion, { ...fields, editionId: edition.id, position: i + 1, version: 1, removedAt: null }));
    await manager.insert(PreparationQuestionVersion, { ...fields, questionId: question.id, number: 1 });
    questions.push(question);
  }

  const participants = await manager.find(Enrolment, { where: { editionId: edition.id, role: 'participant' }, relations: { user: true }, order: { id: 'ASC' } });
  const others = participants.filter((p) => p.user!.email !== DRAFT_EMAIL && p.user!.email !== NOT_STARTED_EMAIL);
  const drafts = new Set([DRAFT_EMAIL, others.at(-1)?.user!.email]);
  for (const [i, enrolment] of participants.entries()) {
    if (enrolment.user!.email === NOT_STARTED_EMAIL) continue;
    const draft = drafts.has(enrolment.user!.email);
    const texts = ANSWERS[i % ANSWERS.length];
    const submittedAt = draft ? null : new Date(now.getTime() - ((i % 5) + 1) * DAY);
    const response = await manager.save(PreparationResponse, manager.create(PreparationResponse, { editionId: edition.id, enrolmentId: enrolment.id, status: draft ? 'draft' : 'submitted', submittedAt }));
    // A draft is half done: only the first answer is written.
    const given = questions.map((q, n) => ({ q, text: draft && n > 0 ? '' : texts[n] })).filter((a) => a.text !== '');
    await manager.insert(PreparationAnswer, given.map(({ q, text }) => ({ responseId: response.id, questionId: q.id, questionVersion: 1, text })));
  }
}
