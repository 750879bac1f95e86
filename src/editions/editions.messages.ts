import { defineMessages } from '../common/i18n/define-messages';

/** Text of the public edition pages. */
export const editionsMessages = defineMessages(
  {
    home: {
      title: 'Leerateliers',
      intro:
        'In een leeratelier leer je in twee middagen hoe je als gemeente beter samenwerkt met inwoners en initiatieven. Bij de tweede bijeenkomst bespreken we casussen die de deelnemers zelf meenemen.',
      upcoming: 'Komende leerateliers',
      none: 'Er staan op dit moment geen leerateliers gepland. Kijk later nog eens.',
      more: 'Meer over {title}',
    },
    edition: {
      meeting1: 'Eerste bijeenkomst',
      meeting2: 'Tweede bijeenkomst',
      walkIn: 'Inloop vanaf {time}',
      venue: 'Locatie',
      places: 'Plaatsen',
      placesLeft: 'Nog {count} plaatsen vrij (maximaal {max} deelnemers)',
      placesLeftOne: 'Nog 1 plaats vrij (maximaal {max} deelnemers)',
      full: 'Vol: je kunt je aanmelden voor de wachtlijst',
      fee: 'Kosten',
      feeFree: 'Gratis',
      feeExclVat: '{amount} excl. btw',
      caseDeadline: 'Casus inleveren',
      caseDeadlineText: 'Lever je casus in vóór {date}.',
      practical: 'Praktische informatie',
      statusOpen: 'Aanmelden kan',
      statusClosed: 'Aanmelden is gesloten',
      backToList: 'Alle leerateliers',
    },
  },
  {
    home: {
      title: 'Learning workshops',
      intro:
        'In a learning workshop you learn in two afternoons how a municipality can work better with residents and local initiatives. At the second meeting we discuss cases the participants bring in.',
      upcoming: 'Upcoming workshops',
      none: 'No workshops are planned at the moment. Please check again later.',
      more: 'More about {title}',
    },
    edition: {
      meeting1: 'First meeting',
      meeting2: 'Second meeting',
      walkIn: 'Walk-in from {time}',
      venue: 'Venue',
      places: 'Places',
      placesLeft: '{count} places left (at most {max} participants)',
      placesLeftOne: '1 place left (at most {max} participants)',
      full: 'Full: you can join the waiting list',
      fee: 'Fee',
      feeFree: 'Free',
      feeExclVat: '{amount} excl. VAT',
      caseDeadline: 'Case deadline',
      caseDeadlineText: 'Hand in your case before {date}.',
      practical: 'Practical information',
      statusOpen: 'Registration is open',
      statusClosed: 'Registration is closed',
      backToList: 'All workshops',
    },
  },
);
