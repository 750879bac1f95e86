import type { CaseStatus, CaseText } from '../entities/case.entity';

/*
 * The demo's themes and cases, written for the demo. The municipalities are real, the people
 * and the situations are made up, and no resident is named or can be recognised.
 */

export interface DemoTheme {
  name: string;
  description: string;
  keywords: string;
}

export const DEMO_THEMES: DemoTheme[] = [
  { name: 'wonen', description: 'Huurders, woningcorporaties, nieuwbouw en woonvormen.', keywords: 'huurders, woningcorporatie, nieuwbouw, starters, woonvorm' },
  { name: 'openbare ruimte en groen', description: 'Pleinen, parken, speelplekken en straten.', keywords: 'plein, park, speelplek, groen, moestuin, straat' },
  { name: 'zorg en welzijn', description: 'Sociale teams, eenzaamheid, mantelzorg en gezondheid.', keywords: 'sociaal team, eenzaamheid, ouderen, mantelzorg, wijkteam' },
  { name: 'energie', description: 'Energiecoöperaties, warmtenetten en zonnepanelen.', keywords: 'warmtenet, zonnepanelen, coöperatie, isolatie, energietransitie' },
  { name: 'leefbaarheid en krimp', description: 'Voorzieningen in dorpen en wijken die leeglopen.', keywords: 'krimp, dorpshuis, leegstand, voorzieningen, winkelstraat' },
  { name: 'jongeren', description: 'Plekken, stemmen en kansen van jongeren.', keywords: 'jongeren, jeugd, hangplek, jongerenraad, school' },
  { name: 'samenwerking met maatschappelijke organisaties', description: 'Corporaties, welzijn, scholen en verenigingen.', keywords: 'corporatie, welzijnsorganisatie, vereniging, convenant, partners' },
];

export interface DemoAuthor {
  email: string;
  name: string;
  organisation: string;
  jobTitle: string;
}

export interface DemoCase {
  author: DemoAuthor;
  status: CaseStatus;
  themes: string[];
  text: CaseText;
  /** Fields of an earlier submitted version that differ from the current one. */
  earlier?: Partial<CaseText>;
  attachments?: { name: string; kind: 'pdf' | 'png'; caption: string }[];
  /** How long before the start of the demo the case was first submitted. */
  daysAgo: number;
}

const person = (name: string, organisation: string, jobTitle: string): DemoAuthor => ({
  email: `${name.toLowerCase().replace(/\s+/g, '.')}@demo.example`,
  name,
  organisation,
  jobTitle,
});

const text = (fields: Omit<CaseText, 'otherTheme'> & { otherTheme?: string }): CaseText => ({ otherTheme: '', ...fields });

export const DEMO_CASES: DemoCase[] = [
  {
    author: person('Lotte van Dijk', 'Gemeente Leeuwarden', 'Gebiedsregisseur'),
    status: 'submitted',
    themes: ['openbare ruimte en groen', 'leefbaarheid en krimp'],
    daysAgo: 9,
    text: text({
      title: 'Een buurtmoestuin op het braakliggende terrein',
      organisation: 'Gemeente Leeuwarden, wijk Heechterp-Schieringen',
      context: 'Een naoorlogse wijk met veel huurwoningen. Na de sloop van twee flats ligt er al vier jaar een leeg terrein.',
      situation: 'Een groep bewoners wil op het terrein een moestuin beginnen. Andere buurtbewoners zijn bang voor rommel en overlast. De corporatie wil over vijf jaar misschien weer bouwen.',
      involved: 'Een groep van ongeveer tien bewoners, de woningcorporatie, het wijkteam, de wijkagent en twee afdelingen van de gemeente.',
      tried: 'Een inloopavond in het buurthuis. Daar kwamen vooral voorstanders. De tegenstanders lieten zich niet zien, maar klagen wel bij de wijkagent.',
      question: 'Hoe betrekken we de bewoners die nu tegen zijn, zonder dat het initiatief van de voorstanders doodbloedt?',
    }),
    earlier: { question: 'Hoe krijgen we de tegenstanders mee?' },
    attachments: [{ name: 'Schets moestuin Heechterp.pdf', kind: 'pdf', caption: 'Schets van de buurtmoestuin (demo)' }],
  },
  {
    author: person('Mehmet Yilmaz', 'Gemeente Schiedam', 'Programmamanager energietransitie'),
    status: 'submitted',
    themes: ['energie'],
    daysAgo: 8,
    text: text({
      title: 'Een energiecoöperatie die maar niet van de grond komt',
      organisation: 'Gemeente Schiedam',
      context: 'In een oude wijk met veel particuliere eigenaren wil de gemeente samen met bewoners de woningen isoleren en zonnepanelen plaatsen.',
      situation: 'Drie actieve bewoners hebben een coöperatie opgericht. Er zijn nu twintig leden. Veel eigenaren zeggen dat ze het een goed idee vinden, maar worden geen lid.',
      involved: 'Het bestuur van de coöperatie, eigenaren en huurders in de wijk, een energieadviesbureau en de afdeling duurzaamheid.',
      tried: 'Een folder, twee informatieavonden en een actie met korting op isolatie.',
      question: 'Wat is onze rol als gemeente: meer trekken, of juist een stap terug zodat de coöperatie van de bewoners zelf blijft?',
    }),
    attachments: [{ name: 'Kaart van de wijk.png', kind: 'png', caption: 'Kaart' }],
  },
  {
    author: person('Sanne Kuipers', 'Gemeente Súdwest-Fryslân', 'Dorpencoördinator'),
    status: 'submitted',
    themes: ['leefbaarheid en krimp'],
    daysAgo: 7,
    text: text({
      title: 'Bewoners willen het dorpshuis overnemen',
      organisation: 'Gemeente Súdwest-Fryslân',
      context: 'Een dorp van zevenhonderd inwoners. De school is twee jaar geleden dichtgegaan; het dorpshuis is de laatste plek waar mensen elkaar tegenkomen.',
      situation: 'De stichting die het dorpshuis beheert stopt. Een groep jongere bewoners wil het overnemen, maar het gebouw heeft groot onderhoud nodig.',
      involved: 'De oude stichting, de groep jonge bewoners, de dorpsvereniging, verenigingen die het dorpshuis huren en de gemeenteraad.',
      tried: 'Een gesprek tussen de oude en de nieuwe groep. Dat liep stroef: de oude groep vindt de plannen te groot.',
      question: 'Hoe help je een overdracht tussen twee groepen bewoners die elkaar niet goed verstaan, zonder zelf partij te worden?',
    }),
  },
  {
    author: person('Ruben Hoekstra', 'Gemeente Heerlen', 'Jongerenwerker bij de gemeente'),
    status: 'submitted',
    themes: ['jongeren', 'openbare ruimte en groen'],
    daysAgo: 6,
    text: text({
      title: 'Jongeren willen een eigen plek in het centrum',
      organisation: 'Gemeente Heerlen',
      context: 'In het centrum komen ’s avonds groepen jongeren samen bij het winkelcentrum. Ondernemers klagen over overlast.',
      situation: 'Jongeren hebben zelf een plan gemaakt voor een overdekte plek met een podium. Ondernemers en omwonenden zijn bang dat het de overlast alleen verplaatst.',
      involved: 'Een groep van vijftien jongeren, het jongerenwerk, de ondernemersvereniging, omwonenden en de politie.',
      tried: 'Twee gesprekken tussen jongeren en ondernemers, onder leiding van het jongerenwerk. Het tweede gesprek was al beter dan het eerste.',
      question: 'Hoe houden we de jongeren aan boord als besluiten lang duren en volwassenen steeds nieuwe voorwaarden stellen?',
    }),
    earlier: { situation: 'Jongeren hebben zelf een plan gemaakt voor een overdekte plek. Ondernemers zijn bang voor overlast.' },
  },
  {
    author: person('Esther Mulder', 'Gemeente Apeldoorn', 'Teamleider sociaal team'),
    status: 'submitted',
    themes: ['zorg en welzijn', 'samenwerking met maatschappelijke organisaties'],
    daysAgo: 6,
    text: text({
      title: 'Het sociaal team en de corporatie praten langs elkaar heen',
      organisation: 'Gemeente Apeldoorn, sociaal team Zuid',
      context: 'Het sociaal team ziet veel huishoudens met schulden en een huurachterstand. De corporatie stuurt na drie maanden een deurwaarder.',
      situation: 'We horen te laat van problemen. De corporatie zegt dat ze door privacyregels niets mag delen. Bewoners voelen zich van het kastje naar de muur gestuurd.',
      involved: 'Het sociaal team, de woningcorporatie, de schuldhulpverlening, een bewonerscommissie en de afdeling inkomen.',
      tried: 'Een convenant over vroegsignalering. Het staat op papier, maar in de praktijk gebeurt er weinig.',
      question: 'Hoe maken we van een convenant een samenwerking waar bewoners echt iets aan hebben?',
    }),
    attachments: [{ name: 'Stappenplan vroegsignalering.pdf', kind: 'pdf', caption: 'Stappenplan vroegsignalering (demo)' }],
  },
  {
    author: person('Youssef Amrani', 'Gemeente Tilburg', 'Wijkregisseur'),
    status: 'submitted',
    themes: ['samenwerking met maatschappelijke organisaties', 'leefbaarheid en krimp'],
    daysAgo: 5,
    text: text({
      title: 'Een wijkbudget verdelen zonder ruzie',
      organisation: 'Gemeente Tilburg',
      context: 'Elke wijk krijgt dit jaar een budget van vijftigduizend euro dat bewoners zelf mogen verdelen.',
      situation: 'In onze wijk dienen vooral de bekende, actieve bewoners plannen in. Nieuwe groepen doen niet mee. Er ontstaat onenigheid over wie mag beslissen.',
      involved: 'Het wijkplatform, bewonersgroepen, een moskee, twee sportverenigingen en de wijkregisseur.',
      tried: 'Een stemavond in het buurthuis. Daar kwamen tachtig mensen, bijna allemaal uit dezelfde hoek van de wijk.',
      question: 'Hoe zorg je dat een wijkbudget de hele wijk bereikt, zonder dat de actieve bewoners zich aan de kant gezet voelen?',
      otherTheme: 'democratische vernieuwing',
    }),
  },
  {
    author: person('Ingrid de Boer', 'Gemeente Emmen', 'Beleidsadviseur leefbaarheid'),
    status: 'submitted',
    themes: ['leefbaarheid en krimp', 'wonen'],
    daysAgo: 4,
    text: text({
      title: 'Lege winkels in de hoofdstraat',
      organisation: 'Gemeente Emmen',
      context: 'Een kern met vijfduizend inwoners. In de hoofdstraat staat een op de vier winkels leeg.',
      situation: 'Eigenaren willen de panden ombouwen tot woningen. Een groep bewoners wil juist ruimte voor ontmoeting en kleine ondernemers houden.',
      involved: 'Pandeigenaren, de ondernemersvereniging, een bewonersgroep, de woningcorporatie en de afdeling ruimtelijke ordening.',
      tried: 'Een enquête onder bewoners en een ronde langs de eigenaren.',
      question: 'Hoe kom je met bewoners en eigenaren tot één richting voor de straat, als hun belangen zo verschillen?',
    }),
  },
  {
    author: person('Koen Verhoeven', 'Gemeente Eindhoven', 'Omgevingsmanager'),
    status: 'submitted',
    themes: ['energie', 'wonen'],
    daysAgo: 3,
    text: text({
      title: 'Bewoners praten mee over het warmtenet',
      organisation: 'Gemeente Eindhoven',
      context: 'Een jaren-zestigwijk moet voor 2030 van het aardgas af. De gemeente denkt aan een warmtenet.',
      situation: 'Bewoners voelen zich overvallen. Er gaan verhalen rond over hoge kosten. Een groep wil eerst zelf onderzoeken of er andere oplossingen zijn.',
      involved: 'Bewoners en huurders, de netbeheerder, de corporatie, een warmtebedrijf en de gemeenteraad.',
      tried: 'Twee informatieavonden met een presentatie. Bewoners vonden dat alles al vaststond.',
      question: 'Hoe geef je bewoners echte invloed op een besluit dat voor een groot deel al vastligt?',
    }),
  },
  {
    author: person('Naima Bouzid', 'Gemeente Utrecht', 'Opbouwwerker'),
    status: 'submitted',
    themes: ['zorg en welzijn'],
    daysAgo: 3,
    text: text({
      title: 'Eenzaamheid in een nieuwe wijk',
      organisation: 'Gemeente Utrecht, Leidsche Rijn',
      context: 'Een nieuwbouwwijk van tien jaar oud, met veel gezinnen en een groeiende groep ouderen die er later zijn komen wonen.',
      situation: 'Er is weinig plek om elkaar te ontmoeten. Oudere bewoners zeggen dat ze zich alleen voelen. Jonge gezinnen hebben geen tijd voor vrijwilligerswerk.',
      involved: 'Ouderen in de wijk, de welzijnsorganisatie, huisartsen, een kerk en een buurtvereniging.',
      tried: 'Een wekelijkse koffieochtend. Daar komen steeds dezelfde acht mensen.',
      question: 'Hoe bereik je de mensen die niet naar een koffieochtend komen?',
    }),
  },
  {
    author: person('Thomas Smit', 'Gemeente Zwolle', 'Projectleider openbare ruimte'),
    status: 'submitted',
    themes: ['openbare ruimte en groen', 'jongeren'],
    daysAgo: 2,
    text: text({
      title: 'Kinderen ontwerpen hun eigen speelplein',
      organisation: 'Gemeente Zwolle',
      context: 'Een speelplein tussen drie basisscholen moet opnieuw worden ingericht.',
      situation: 'De kinderen hebben op school een ontwerp gemaakt. Omwonenden willen vooral rust en weinig verharding. Het budget past niet bij alle wensen.',
      involved: 'Leerlingen van drie scholen, leerkrachten, omwonenden, de afdeling groen en de wijkwethouder.',
      tried: 'Een ontwerpdag met de kinderen en een avond voor omwonenden.',
      question: 'Hoe laat je kinderen echt meebeslissen als je van tevoren weet dat niet alles kan?',
    }),
    attachments: [
      { name: 'Ontwerp speelplein.png', kind: 'png', caption: 'Ontwerp' },
      { name: 'Verslag ontwerpdag.pdf', kind: 'pdf', caption: 'Verslag ontwerpdag (demo)' },
    ],
  },
  {
    author: person('Linda Vos', 'Gemeente Nijmegen', 'Beleidsmedewerker wonen'),
    status: 'draft',
    themes: ['wonen'],
    daysAgo: 1,
    text: text({
      title: 'Tiny houses voor starters',
      organisation: 'Gemeente Nijmegen',
      context: 'Een tijdelijk terrein aan de rand van de stad.',
      situation: 'Een groep starters wil er kleine woningen bouwen. Ik werk dit nog uit.',
      involved: '',
      tried: '',
      question: '',
    }),
  },
  {
    author: person('Bas Meijer', 'Gemeente Amersfoort', 'Communicatieadviseur'),
    status: 'withdrawn',
    themes: ['openbare ruimte en groen'],
    daysAgo: 5,
    text: text({
      title: 'Een losloopgebied voor honden',
      organisation: 'Gemeente Amersfoort',
      context: 'Een park waar honden nu overal los lopen.',
      situation: 'Hondenbezitters en andere parkbezoekers botsen. De gemeente wil een apart losloopgebied aanwijzen.',
      involved: 'Hondenbezitters, omwonenden, een speeltuinvereniging en de afdeling groen.',
      tried: 'Een online peiling.',
      question: 'Hoe kies je samen een plek als iedereen het ergens anders wil?',
    }),
  },
];
