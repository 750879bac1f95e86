/**
 * Words that usually go with themes that editions of this course tend to have. A theme list
 * holds only short names ("wonen", "energie"); when few authors picked a theme, its name alone
 * says little about the words a case on it will use. When a theme's name or keywords contain a
 * trigger, these words are added to the theme, lighter than the trainer's own words.
 *
 * Each entry: trigger words (any of them in the theme's name or keywords), then related words.
 */
export const THEME_FAMILIES: { triggers: string[]; words: string[] }[] = [
  {
    triggers: ['wonen', 'woning', 'huisvesting', 'woningbouw', 'bouwen'],
    words: ['woning', 'huur', 'huurder', 'huurders', 'woningcorporatie', 'corporatie', 'nieuwbouw',
      'woningbouw', 'huisvesting', 'starters', 'woningzoekenden', 'wachtlijst', 'appartement',
      'flat', 'renovatie', 'sloop', 'verhuurder', 'bouwplan', 'bouwproject', 'woonwijk',
      'bestemmingsplan', 'tiny', 'woongroep', 'kamerverhuur', 'seniorenwoningen', 'projectontwikkelaar'],
  },
  {
    triggers: ['groen', 'openbare', 'ruimte', 'buitenruimte', 'natuur'],
    words: ['park', 'plein', 'speeltuin', 'speelplek', 'bomen', 'boom', 'groenonderhoud', 'perk',
      'straat', 'stoep', 'zwerfafval', 'afval', 'moestuin', 'buurttuin', 'tuin', 'herinrichting',
      'inrichting', 'bankjes', 'parkeren', 'verkeer', 'fietspad', 'geveltuin', 'tegels', 'vergroening',
      'adoptie', 'onderhoud', 'grasveld', 'bloemen', 'hondenpoep', 'openbare'],
  },
  {
    triggers: ['zorg', 'welzijn', 'gezondheid', 'sociaal', 'sociale'],
    words: ['zorg', 'welzijn', 'mantelzorg', 'mantelzorger', 'eenzaamheid', 'eenzaam', 'ouderen',
      'wijkteam', 'huisarts', 'dementie', 'wmo', 'vrijwilligers', 'thuiszorg', 'kwetsbaar',
      'ondersteuning', 'ggz', 'armoede', 'schulden', 'welzijnswerk', 'buurtzorg', 'zorgvraag',
      'hulpvraag', 'welzijnsorganisatie', 'ontmoeting', 'inloop', 'maaltijd', 'gezondheid'],
  },
  {
    triggers: ['energie', 'energietransitie', 'duurzaamheid', 'duurzaam', 'klimaat', 'warmte'],
    words: ['energie', 'energietransitie', 'zonnepanelen', 'zonnepark', 'windmolen', 'windturbine',
      'warmtenet', 'aardgasvrij', 'isolatie', 'isoleren', 'duurzaam', 'duurzaamheid',
      'energiecooperatie', 'cooperatie', 'warmtepomp', 'klimaat', 'energiearmoede',
      'warmtetransitie', 'energiecoach', 'stroom', 'opwek', 'netcongestie', 'energierekening'],
  },
  {
    triggers: ['leefbaarheid', 'krimp', 'leefbaar', 'platteland', 'dorp', 'dorpen', 'kernen'],
    words: ['leefbaarheid', 'krimp', 'dorp', 'dorpshuis', 'voorzieningen', 'supermarkt', 'school',
      'leegstand', 'vergrijzing', 'platteland', 'kern', 'kernen', 'dorpsraad', 'bus', 'bevolkingsdaling',
      'bibliotheek', 'vertrek', 'sluiting', 'dorpsbelang', 'vereniging', 'buurthuis', 'ontmoetingsplek',
      'overlast', 'veiligheid'],
  },
  {
    triggers: ['jongeren', 'jeugd', 'jongere', 'kinderen', 'jong'],
    words: ['jongeren', 'jeugd', 'jongerenwerk', 'jongerenwerker', 'school', 'scholieren', 'hangplek',
      'overlast', 'jongerenraad', 'jeugdraad', 'tieners', 'sport', 'stage', 'kinderen', 'studenten',
      'jongerencentrum', 'jeugdhonk', 'mbo', 'leerlingen', 'ouders', 'skatebaan', 'jeugdwerk'],
  },
  {
    triggers: ['samenwerking', 'samenwerken', 'organisaties', 'partners', 'maatschappelijke', 'netwerk'],
    words: ['samenwerking', 'samenwerken', 'partners', 'organisaties', 'maatschappelijke',
      'welzijnsorganisatie', 'corporatie', 'stichting', 'vereniging', 'netwerk', 'convenant',
      'subsidie', 'ketenpartners', 'afspraken', 'rolverdeling', 'regie', 'overleg', 'opdrachtgever',
      'verantwoordelijkheid', 'kerk', 'bedrijven', 'ondernemers', 'bibliotheek', 'onderwijs'],
  },
  {
    triggers: ['veiligheid', 'veilig', 'overlast', 'ondermijning'],
    words: ['veiligheid', 'overlast', 'politie', 'wijkagent', 'criminaliteit', 'ondermijning',
      'boa', 'handhaving', 'buurtpreventie', 'inbraak', 'drugs', 'vandalisme', 'camera', 'verlichting'],
  },
  {
    triggers: ['mobiliteit', 'verkeer', 'bereikbaarheid', 'vervoer'],
    words: ['verkeer', 'mobiliteit', 'parkeren', 'fiets', 'fietspad', 'auto', 'snelheid', 'drempels',
      'bus', 'vervoer', 'verkeersveiligheid', 'deelauto', 'parkeerplaatsen', 'oversteekplaats'],
  },
  {
    triggers: ['democratie', 'inspraak', 'participatie', 'burgerberaad', 'vertrouwen'],
    words: ['inspraak', 'burgerberaad', 'loting', 'referendum', 'raadsleden', 'gemeenteraad',
      'vertrouwen', 'zienswijze', 'omgevingswet', 'participatieverordening', 'uitdaagrecht', 'budget'],
  },
  {
    triggers: ['economie', 'ondernemers', 'werkgelegenheid', 'centrum', 'winkelgebied'],
    words: ['ondernemers', 'winkeliers', 'centrum', 'winkels', 'leegstand', 'markt', 'horeca',
      'werkgelegenheid', 'bedrijven', 'ondernemersvereniging', 'bedrijventerrein', 'toerisme'],
  },
  {
    triggers: ['integratie', 'nieuwkomers', 'opvang', 'diversiteit', 'inclusie'],
    words: ['statushouders', 'nieuwkomers', 'asielzoekers', 'azc', 'opvang', 'inburgering', 'taal',
      'diversiteit', 'inclusie', 'vluchtelingen', 'taalcafe', 'discriminatie', 'arbeidsmigranten'],
  },
];
