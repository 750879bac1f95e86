/** Input that no agenda can be made from; the message is Dutch, for the trainer. */
export type FittingErrorCode =
  | 'invalid-times'
  | 'invalid-minutes'
  | 'min-above-max'
  | 'meeting-too-short'
  | 'break-outside-meeting'
  | 'breaks-overlap'
  | 'invalid-tables';

export class AgendaFittingError extends Error {
  constructor(
    readonly code: FittingErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AgendaFittingError';
  }
}

export const fittingErrors = {
  invalidTimes: () =>
    new AgendaFittingError('invalid-times', 'De eindtijd van de bijeenkomst moet na de begintijd liggen.'),
  invalidMinutes: (what: string) =>
    new AgendaFittingError('invalid-minutes', `${what} moet een heel aantal minuten zijn (0 of meer).`),
  minAboveMax: (min: number, max: number) =>
    new AgendaFittingError(
      'min-above-max',
      `De minimale tijd per casus (${min} min) is langer dan de maximale tijd (${max} min).`,
    ),
  tooShort: (available: number, min: number) =>
    new AgendaFittingError(
      'meeting-too-short',
      available <= 0
        ? 'De bijeenkomst is te kort: opening, pauzes en afsluiting vullen de hele tijd.'
        : `De bijeenkomst is te kort: het langste stuk tussen opening, pauzes en afsluiting duurt ${available} min, ` +
          `en een casus duurt minstens ${min} min.`,
    ),
  breakOutside: () =>
    new AgendaFittingError(
      'break-outside-meeting',
      'Een pauze valt buiten de bijeenkomst of overlapt met de opening of de afsluiting.',
    ),
  breaksOverlap: () => new AgendaFittingError('breaks-overlap', 'Twee pauzes overlappen elkaar.'),
  invalidTables: (tables: unknown) =>
    new AgendaFittingError('invalid-tables', `Het aantal tafels moet 1 tot en met 4 zijn, of automatisch (nu: ${String(tables)}).`),
};
