import { defineMessages } from '../../common/i18n/define-messages';

/** The mails about comments: one at once, the daily digest, and the feedback assignments. */
export const commentMailMessages = defineMessages(
  {
    mail: {
      greeting: 'Beste {name},',
      subject: {
        case: 'Nieuwe reactie op je casus "{case}"',
        note: 'Notitie van de trainer bij je casus "{case}"',
        reply: 'Antwoord op je reactie bij "{case}"',
      },
      intro: {
        case: '{writer} heeft gereageerd op je casus "{case}" in {edition}.',
        note: '{writer} heeft een notitie geschreven bij je casus "{case}" in {edition}. Alleen jij en de trainers zien deze notitie.',
        reply: '{writer} heeft geantwoord op je reactie bij de casus "{case}" in {edition}.',
      },
      read: 'Lees en reageer in het portaal',
      settings: 'Wil je minder of geen e-mail over reacties? Kies het hier',
    },
    digest: {
      subjectOne: 'Eén nieuwe reactie in {edition}',
      subject: '{count} nieuwe reacties in {edition}',
      intro: 'Dit zijn de nieuwe reacties voor jou in {edition}, per casus.',
      line: {
        case: '{writer} reageerde op je casus op {date}',
        note: '{writer} schreef een notitie voor jou op {date}',
        reply: '{writer} antwoordde op je reactie op {date}',
      },
    },
    assignmentsMail: {
      subject: 'Je feedbackopdrachten in {edition}',
      intro: 'De trainer van {edition} vraagt je om te reageren op deze casussen:',
      progress: 'Bekijk je feedbackopdrachten',
    },
  },
  {
    mail: {
      greeting: 'Dear {name},',
      subject: {
        case: 'New comment on your case "{case}"',
        note: 'Note from the trainer on your case "{case}"',
        reply: 'Reply to your comment on "{case}"',
      },
      intro: {
        case: '{writer} commented on your case "{case}" in {edition}.',
        note: '{writer} wrote a note on your case "{case}" in {edition}. Only you and the trainers see this note.',
        reply: '{writer} replied to your comment on the case "{case}" in {edition}.',
      },
      read: 'Read and reply in the portal',
      settings: 'Want less or no e-mail about comments? Choose here',
    },
    digest: {
      subjectOne: 'One new comment in {edition}',
      subject: '{count} new comments in {edition}',
      intro: 'These are the new comments for you in {edition}, by case.',
      line: {
        case: '{writer} commented on your case on {date}',
        note: '{writer} wrote a note for you on {date}',
        reply: '{writer} replied to your comment on {date}',
      },
    },
    assignmentsMail: {
      subject: 'Your feedback assignments in {edition}',
      intro: 'The trainer of {edition} asks you to comment on these cases:',
      progress: 'See your feedback assignments',
    },
  },
);
