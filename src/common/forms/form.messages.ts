import { defineMessages } from '../i18n/define-messages';

/** Messages beside form fields, shared by every form. */
export const formMessages = defineMessages(
  {
    validation: {
      required: 'Vul dit veld in.',
      email: 'Vul een e-mailadres in zoals naam@gemeente.nl.',
      tooLong: 'Dit is te lang.',
      choose: 'Maak een keuze.',
      number: 'Vul een heel getal in.',
      date: 'Vul een datum in.',
      time: 'Vul een tijd in, zoals 13:00.',
    },
    formErrors: {
      title: 'Er is iets niet goed ingevuld',
      intro: 'Kijk de velden met een melding na.',
    },
  },
  {
    validation: {
      required: 'Please fill in this field.',
      email: 'Enter an e-mail address such as name@municipality.nl.',
      tooLong: 'This is too long.',
      choose: 'Please make a choice.',
      number: 'Enter a whole number.',
      date: 'Enter a date.',
      time: 'Enter a time, such as 13:00.',
    },
    formErrors: {
      title: 'Something is not filled in correctly',
      intro: 'Please check the fields with a message.',
    },
  },
);
