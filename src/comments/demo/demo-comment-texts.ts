import type { CommentKind } from '../entities/comment.entity';

/*
 * The demo's comments, written for the demo: questions, tips, experiences and a trainer note
 * on the cases of src/cases/demo/demo-case-texts.ts. No resident is named or can be recognised.
 */

export interface DemoComment {
  /** A key to answer it by. */
  key: string;
  /** The case, by the e-mail address of its author. */
  caseOf: string;
  writer: string;
  kind: CommentKind;
  body: string;
  replyTo?: string;
  trainerNote?: boolean;
  /** How long before the start of the demo it was written. */
  hoursAgo: number;
}

const ANNE = 'deelnemer@demo.example';
const JEROEN = 'jeroen.bakker@demo.example';
const FATIMA = 'fatima.elamrani@demo.example';
const PETER = 'gast@demo.example';
const MARIEKE = 'trainer@demo.example';
const LOTTE = 'lotte.van.dijk@demo.example';
const MEHMET = 'mehmet.yilmaz@demo.example';
const SANNE = 'sanne.kuipers@demo.example';

export const DEMO_COMMENTS: DemoComment[] = [
  {
    key: 'grond',
    caseOf: LOTTE,
    writer: ANNE,
    kind: 'vraag',
    hoursAgo: 70,
    body: 'Wie is nu eigenaar van het terrein? Als dat de gemeente is, kun je misschien met een **gebruiksovereenkomst** beginnen in plaats van met een verkoop.',
  },
  {
    key: 'grond-antwoord',
    caseOf: LOTTE,
    writer: LOTTE,
    kind: 'algemeen',
    replyTo: 'grond',
    hoursAgo: 60,
    body: 'Het terrein is van de gemeente. Maar er ligt een plan om er over vijf jaar woningen te bouwen. Daarom durft niemand een vaste afspraak te maken.',
  },
  {
    key: 'grond-tijdelijk',
    caseOf: LOTTE,
    writer: ANNE,
    kind: 'tip',
    replyTo: 'grond-antwoord',
    hoursAgo: 50,
    body: 'Dan zou ik het juist *tijdelijk* noemen: een moestuin voor vijf jaar. Bij ons in Westerkwartier gaf dat rust, omdat iedereen wist waar hij aan toe was.',
  },
  {
    key: 'rooster',
    caseOf: LOTTE,
    writer: JEROEN,
    kind: 'tip',
    hoursAgo: 40,
    body: 'Maak het klein om te beginnen:\n\n- twee bakken in plaats van een hele tuin\n- een vast moment in de week\n- één aanspreekpunt bij de gemeente',
  },
  {
    key: 'raad',
    caseOf: LOTTE,
    writer: PETER,
    kind: 'ervaring',
    hoursAgo: 30,
    body: 'In onze raad hebben we een keer een motie aangenomen om braakliggende grond tijdelijk aan bewoners te geven. Zie ook https://www.vng.nl voor voorbeelden van andere gemeenten.',
  },
  {
    key: 'notitie',
    caseOf: LOTTE,
    writer: MARIEKE,
    kind: 'tip',
    trainerNote: true,
    hoursAgo: 20,
    body: 'Lotte, je vraag voor de groep is nog breed. Kies je voor de tweede bijeenkomst één dilemma: de bewoners die afhaken, of de onzekerheid over de woningbouw?',
  },
  {
    key: 'trainer-algemeen',
    caseOf: LOTTE,
    writer: MARIEKE,
    kind: 'algemeen',
    hoursAgo: 10,
    body: 'Mooi hoe jullie hier met elkaar meedenken. Neem deze vragen mee naar de tweede bijeenkomst.',
  },
  {
    key: 'cooperatie',
    caseOf: MEHMET,
    writer: FATIMA,
    kind: 'ervaring',
    hoursAgo: 45,
    body: 'In Zaanstad begon de coöperatie pas te lopen toen een bewoner de trekker werd en niet de ambtenaar. Wij hielden ons daarna bewust een stap terug.',
  },
  {
    key: 'cooperatie-antwoord',
    caseOf: MEHMET,
    writer: MEHMET,
    kind: 'vraag',
    replyTo: 'cooperatie',
    hoursAgo: 35,
    body: 'Hoe hebben jullie die trekker gevonden? Bij ons willen mensen wel meedoen, maar niemand wil voorzitter worden.',
  },
  {
    key: 'dorpshuis',
    caseOf: SANNE,
    writer: JEROEN,
    kind: 'vraag',
    hoursAgo: 25,
    body: 'Wat gebeurt er met het gebouw als de vereniging het na een paar jaar niet meer kan betalen?',
  },
];
