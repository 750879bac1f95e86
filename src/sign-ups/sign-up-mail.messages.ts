import { defineMessages } from '../common/i18n/define-messages';

/** The mails about a sign-up: received, a place came free, declined. */
export const signUpMailMessages = defineMessages(
  {
    signUpMail: {
      greeting: 'Beste {name},',
      dates: 'De bijeenkomsten zijn op {meeting1} en {meeting2}.',
      received: {
        subject: 'Je aanmelding voor {title}',
        pending: 'Bedankt voor je aanmelding voor {title}. Er is een plaats voor je. De organisator bekijkt je aanmelding. Daarna krijg je een e-mail. Kun je meedoen? Dan zit daar een uitnodiging voor het Casusportaal bij.',
        waiting: 'Bedankt voor je aanmelding voor {title}. Het leeratelier is vol. Je staat daarom op de wachtlijst, op plaats {place}. Komt er een plaats vrij, dan krijg je een e-mail.',
        withdraw: 'Kun je toch niet meedoen? Trek je aanmelding dan in met deze link:',
        withdrawAction: 'Aanmelding intrekken',
      },
      movedUp: {
        subject: 'Er is een plaats vrij bij {title}',
        text: 'Goed nieuws: er is een plaats vrijgekomen bij {title}. Je staat niet meer op de wachtlijst. De organisator bekijkt nu je aanmelding. Daarna krijg je een e-mail.',
        withdraw: 'Kun je toch niet meedoen? Trek je aanmelding dan in met de link in de eerste e-mail die je van ons kreeg.',
      },
      declined: {
        subject: 'Over je aanmelding voor {title}',
        text: 'Bedankt voor je aanmelding voor {title}. Helaas kun je deze keer niet meedoen.',
        later: 'We hopen je bij een volgend leeratelier te zien. Op deze pagina zie je welke leerateliers er gepland zijn:',
        action: 'Alle leerateliers',
      },
    },
  },
  {
    signUpMail: {
      greeting: 'Dear {name},',
      dates: 'The meetings are on {meeting1} and {meeting2}.',
      received: {
        subject: 'Your sign-up for {title}',
        pending: 'Thank you for signing up for {title}. There is a place for you. The organiser will look at your sign-up. After that you get an e-mail. If you can take part, it includes an invitation to the Casusportaal.',
        waiting: 'Thank you for signing up for {title}. The workshop is full, so you are on the waiting list, at place {place}. When a place becomes free, you get an e-mail.',
        withdraw: 'Cannot take part after all? Withdraw your sign-up with this link:',
        withdrawAction: 'Withdraw my sign-up',
      },
      movedUp: {
        subject: 'A place has become free for {title}',
        text: 'Good news: a place has become free for {title}. You are no longer on the waiting list. The organiser will now look at your sign-up. After that you get an e-mail.',
        withdraw: 'Cannot take part after all? Withdraw your sign-up with the link in the first e-mail we sent you.',
      },
      declined: {
        subject: 'About your sign-up for {title}',
        text: 'Thank you for signing up for {title}. Unfortunately you cannot take part this time.',
        later: 'We hope to see you at a next workshop. This page shows which workshops are planned:',
        action: 'All workshops',
      },
    },
  },
);
