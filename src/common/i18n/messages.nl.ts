/**
 * All Dutch interface text, in plain language (B1). The English file must have the same keys;
 * the type checker enforces that. Placeholders are written {name}.
 */
export const nl = {
  site: {
    name: 'Casusportaal',
    tagline: 'Casussen voor het leeratelier burgerparticipatie',
    skipLink: 'Naar de inhoud',
    mainNav: 'Hoofdmenu',
    home: 'Leerateliers',
    language: 'Taal',
    switchTo: 'English',
    switchToLabel: 'Read this site in English',
    footerLabel: 'Over deze site',
    privacy: 'Privacyverklaring',
    accessibility: 'Toegankelijkheidsverklaring',
    footerText: 'Het Casusportaal hoort bij het leeratelier over samenwerken met inwoners.',
  },
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
  pages: {
    privacyTitle: 'Privacyverklaring',
    privacyText:
      'Het Casusportaal bewaart alleen wat nodig is voor het leeratelier: je naam, e-mailadres, organisatie en functie, je antwoorden en je casus. Persoonsgegevens van inwoners horen niet in het portaal. Na afloop van de bewaartermijn verwijderen we casussen, bijlagen en persoonsgegevens. Je kunt je eigen gegevens opvragen bij de organisator.',
    accessibilityTitle: 'Toegankelijkheidsverklaring',
    accessibilityText:
      'We willen dat iedereen het Casusportaal kan gebruiken. Elke pagina werkt zonder JavaScript en we testen elke pagina automatisch op de eisen van WCAG 2.1 niveau AA. Loop je toch ergens tegenaan? Laat het de organisator van je leeratelier weten.',
  },
  form: {
    optional: 'niet verplicht',
    errorPrefix: 'Fout:',
  },
  errors: {
    title400: 'Dit verzoek klopt niet',
    text400: 'De gegevens in dit verzoek kunnen we niet lezen. Ga terug en probeer het opnieuw.',
    title403: 'Geen toegang',
    text403: 'Je hebt geen toegang tot deze pagina.',
    title404: 'Pagina niet gevonden',
    text404: 'Deze pagina bestaat niet (meer). Misschien is de link oud of zit er een typefout in het adres.',
    title413: 'Te groot',
    text413: 'Wat je stuurde is groter dan het portaal aanneemt.',
    title429: 'Even wachten',
    text429: 'Je hebt het te vaak kort na elkaar geprobeerd. Wacht een paar minuten en probeer het dan opnieuw.',
    title500: 'Er ging iets mis',
    text500: 'Er ging bij ons iets mis. Wat je eerder hebt opgeslagen is bewaard. Probeer het over een paar minuten opnieuw.',
    toHome: 'Naar de startpagina',
    code: 'Foutcode {status}',
  },
};
