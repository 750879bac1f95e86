import { defineMessages } from './define-messages';

/** Text of the layout, the site pages and the error pages. */
export const siteMessages = defineMessages(
  {
    site: {
      name: 'Casusportaal',
      tagline: 'Casussen voor het leeratelier burgerparticipatie',
      skipLink: 'Naar de inhoud',
      mainNav: 'Hoofdmenu',
      home: 'Leerateliers',
      myEditions: 'Mijn leerateliers',
      admin: 'Beheer',
      language: 'Taal',
      switchTo: 'English',
      switchToLabel: 'Read this site in English',
      footerLabel: 'Over deze site',
      privacy: 'Privacyverklaring',
      accessibility: 'Toegankelijkheidsverklaring',
      footerText: 'Het Casusportaal hoort bij het leeratelier over samenwerken met inwoners.',
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
  },
  {
    site: {
      name: 'Casusportaal',
      tagline: 'Cases for the learning workshop on citizen participation',
      skipLink: 'Skip to content',
      mainNav: 'Main menu',
      home: 'Workshops',
      myEditions: 'My workshops',
      admin: 'Administration',
      language: 'Language',
      switchTo: 'Nederlands',
      switchToLabel: 'Lees deze site in het Nederlands',
      footerLabel: 'About this site',
      privacy: 'Privacy statement',
      accessibility: 'Accessibility statement',
      footerText: 'The Casusportaal belongs to the learning workshop on working with residents.',
    },
    pages: {
      privacyTitle: 'Privacy statement',
      privacyText:
        'The Casusportaal keeps only what the workshop needs: your name, e-mail address, organisation and job title, your answers and your case. Personal data of residents does not belong in the portal. After the retention period we delete cases, attachments and personal data. You can ask the organiser for your own data.',
      accessibilityTitle: 'Accessibility statement',
      accessibilityText:
        'We want everyone to be able to use the Casusportaal. Every page works without JavaScript and we test every page automatically against WCAG 2.1 level AA. If something still does not work for you, please tell the organiser of your workshop.',
    },
    form: {
      optional: 'optional',
      errorPrefix: 'Error:',
    },
    errors: {
      title400: 'This request is not right',
      text400: 'We cannot read the data in this request. Go back and try again.',
      title403: 'No access',
      text403: 'You do not have access to this page.',
      title404: 'Page not found',
      text404: 'This page does not exist (any more). The link may be old, or the address may contain a typo.',
      title413: 'Too large',
      text413: 'What you sent is larger than the portal accepts.',
      title429: 'Please wait',
      text429: 'You tried too often in a short time. Wait a few minutes and try again.',
      title500: 'Something went wrong',
      text500: 'Something went wrong on our side. What you saved before is kept. Please try again in a few minutes.',
      toHome: 'Go to the home page',
      code: 'Error code {status}',
    },
  },
);
