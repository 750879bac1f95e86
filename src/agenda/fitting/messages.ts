import { FittingWarning, UnscheduledReason } from './types';

/** The Dutch texts of the warnings and of why a case was not planned, by code. */
export const warn = {
  noCases: (): FittingWarning => ({
    code: 'no-cases',
    message: 'Er zijn nog geen casussen; de agenda bevat alleen de vaste onderdelen.',
  }),
  tooManyCases: (count: number, min: number, tables: number): FittingWarning => ({
    code: 'too-many-cases',
    message:
      `${count} ${count === 1 ? 'casus past' : 'casussen passen'} niet in de tijd, ook niet met ${min} minuten per casus` +
      `${tables > 1 ? ` aan ${tables} tafels` : ''}. Ze staan onder "Niet ingepland".`,
  }),
  parallelTables: (tables: number): FittingWarning => ({
    code: 'parallel-tables',
    message: `Na elkaar passen de casussen niet in de tijd; de blokken zijn verdeeld over ${tables} tafels tegelijk.`,
  }),
  durationAdjusted: (caseId: string, asked: number, given: number, min: number, max: number): FittingWarning => ({
    code: 'duration-adjusted',
    message: `Casus ${caseId} krijgt ${given} min in plaats van ${asked}: de tijd per casus ligt tussen ${min} en ${max} min.`,
  }),
  duplicateCase: (caseId: string): FittingWarning => ({
    code: 'duplicate-case',
    message: `Casus ${caseId} staat in meer dan één blok; alleen de eerste plek telt.`,
  }),
  emptyBlock: (label: string): FittingWarning => ({
    code: 'empty-block',
    message: `Blok "${label}" heeft geen casussen en is weggelaten.`,
  }),
  continuesAfterBreak: (label: string): FittingWarning => ({
    code: 'block-continues-after-break',
    message: `Blok "${label}" gaat na de pauze verder.`,
  }),
};

export function unscheduledMessage(reason: UnscheduledReason, minutes: number): string {
  return reason === 'longer-than-part'
    ? `Deze casus duurt ${minutes} min; zo lang is geen enkel deel tussen opening, pauzes en afsluiting.`
    : 'Er is geen tijd meer over voor deze casus.';
}
