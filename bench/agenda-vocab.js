'use strict';
// Word lists for generated Dutch-like cases in bench/agenda-bench.js: per theme the nouns a case
// on it tends to use, plus the words every case in this course uses. Fictional, no real people.

const THEMES = {
  wonen: {
    nouns: ['woningen', 'huurders', 'woningcorporatie', 'nieuwbouw', 'starters', 'wachtlijst', 'huurwoningen',
      'flat', 'renovatie', 'sloop', 'bouwplan', 'woningzoekenden', 'huurdersvereniging', 'appartementen',
      'woongroep', 'seniorenwoningen', 'kamerverhuur', 'projectontwikkelaar', 'bestemmingsplan', 'huurverhoging'],
    places: ['de Molenweg', 'de flats aan de Esdoornlaan', 'het nieuwbouwplan', 'de oude school'],
  },
  'openbare ruimte en groen': {
    nouns: ['speeltuin', 'park', 'plein', 'bomen', 'groenonderhoud', 'moestuin', 'geveltuinen', 'zwerfafval',
      'bankjes', 'herinrichting', 'stoep', 'parkeerplaatsen', 'grasveld', 'speelplek', 'bloembakken',
      'hondenpoep', 'tegels', 'vergroening', 'buitendienst', 'wateroverlast'],
    places: ['het Marktplein', 'het Wilhelminapark', 'de Rozenstraat', 'het braakliggende terrein'],
  },
  'zorg en welzijn': {
    nouns: ['eenzaamheid', 'ouderen', 'mantelzorgers', 'wijkteam', 'welzijnsorganisatie', 'dementie',
      'vrijwilligers', 'thuiszorg', 'huisarts', 'armoede', 'schulden', 'ontmoeting', 'buurtkamer',
      'respijtzorg', 'ondersteuning', 'voedselbank', 'maaltijden', 'huisbezoeken', 'zorgvraag', 'inloop'],
    places: ['het buurthuis', 'de wijk De Horst', 'het gezondheidscentrum', 'de buurtkamer'],
  },
  energie: {
    nouns: ['zonnepanelen', 'warmtenet', 'isolatie', 'energiecoöperatie', 'windmolens', 'warmtepomp',
      'energierekening', 'zonnepark', 'energiearmoede', 'energiecoaches', 'aardgas', 'windturbines',
      'energietransitie', 'spouwmuurisolatie', 'stroom', 'opbrengst', 'participatiefonds', 'daken',
      'warmtetransitie', 'energieteam'],
    places: ['de wijk Zonnehoek', 'het dak van de sporthal', 'de polder', 'de arbeiderswijk'],
  },
  'leefbaarheid en krimp': {
    nouns: ['dorp', 'dorpshuis', 'voorzieningen', 'supermarkt', 'vergrijzing', 'leegstand', 'kernen',
      'buslijn', 'bevolkingsdaling', 'dorpsraad', 'basisschool', 'pinautomaat', 'dorpswinkel', 'kerk',
      'verenigingen', 'platteland', 'buurtbus', 'dorpsbewoners', 'bakker', 'vertrek'],
    places: ['het dorp Elsenburg', 'de kleine kernen', 'het oude verenigingsgebouw', 'de dorpskern'],
  },
  jongeren: {
    nouns: ['jongeren', 'hangplek', 'jongerenwerker', 'overlast', 'jongerenraad', 'scholieren', 'skatebaan',
      'tieners', 'sportclub', 'jongerencentrum', 'leerlingen', 'schoolverzuim', 'stage', 'ouders',
      'jeugdhonk', 'feestavonden', 'wijkagent', 'brommers', 'social media', 'mbo'],
    places: ['het winkelcentrum', 'het park', 'de middelbare school', 'het jongerencentrum'],
  },
  'samenwerking met maatschappelijke organisaties': {
    nouns: ['samenwerking', 'partners', 'convenant', 'regie', 'rolverdeling', 'afspraken', 'stichting',
      'verenigingen', 'netwerk', 'subsidie', 'welzijnswerk', 'bibliotheek', 'ketenpartners', 'overleg',
      'zeggenschap', 'opdrachtgever', 'middenveld', 'kerken', 'scouting', 'sportverenigingen'],
    places: ['het Huis van de Wijk', 'het gemeentehuis', 'het netwerk', 'de wijk'],
  },
};

const MUNICIPALITIES = ['Brederwijk', 'Oosterkamp', 'Lindewold', 'Marwoude', 'Kesterdijk', 'Ravensloot',
  'Ommerwaard', 'Heuvelrode', 'Dijkstede', 'Elsenburg', 'Vennekamp', 'Harlinghorst'];

const GENERIC = ['bewoners', 'gemeente', 'wethouder', 'gemeenteraad', 'initiatief', 'buurt', 'vertrouwen',
  'gesprek', 'bijeenkomst', 'plannen', 'inspraak', 'participatie', 'afdeling', 'budget', 'omwonenden'];

const VERBS = ['willen', 'vragen', 'vrezen', 'zoeken', 'organiseren', 'bespreken', 'steunen', 'missen',
  'verwachten', 'bedenken'];

// Sentence frames: {n} a theme noun, {g} a generic word, {v} a verb, {p} a place, {m} a municipality.
const FRAMES = [
  'In {m} {v} de {g} meer aandacht voor {n} en {n}.',
  'De {g} bij {p} {v} dat de {n} beter geregeld worden.',
  'Sinds vorig jaar speelt rond {p} de vraag wie verantwoordelijk is voor de {n}.',
  'Een groep {g} heeft een plan gemaakt voor {n}, maar de {g} twijfelt over de {n}.',
  'Tijdens de {g} ging het vooral over {n}, {n} en de rol van de {g}.',
  'Hoe zorgen we dat de {n} in {m} niet ten koste gaan van de {n}?',
  'De {g} in {m} {v} een eerlijk {g} over {n}.',
];

module.exports = { THEMES, MUNICIPALITIES, GENERIC, VERBS, FRAMES };
