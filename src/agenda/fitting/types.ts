/** A break, placed by minutes after the meeting's start or at a moment. */
export type BreakInput = { afterMinutes: number; minutes: number } | { at: Date; minutes: number };

export interface FittingBlockInput {
  label: string;
  theme?: string | null;
  /** In the order they are to be discussed. */
  caseIds: string[];
  /** Minutes for single cases, instead of the even share; kept within min..max. */
  durations?: Record<string, number>;
}

export interface FittingInput {
  /** The meeting's start and end, as instants (UTC). */
  start: Date;
  end: Date;
  /** Walk-in before the start; shown, but nothing is planned in it. Default 0. */
  walkInMinutes?: number;
  /** Default 15. */
  openingMinutes?: number;
  /** Default 15. */
  closingMinutes?: number;
  /** Default: one break of 15 minutes halfway the discussion time (none in under an hour). */
  breaks?: BreakInput[];
  /** In agenda order. */
  blocks: FittingBlockInput[];
  /** The trainer's bounds on the discussion time per case. Defaults 10 and 30. */
  minMinutesPerCase?: number;
  maxMinutesPerCase?: number;
  /** Parallel tables: a number 1..4, or 'auto' (the default): as few as let every case fit. */
  tables?: 'auto' | number;
}

export type SlotKind = 'walk-in' | 'opening' | 'break' | 'closing';

export interface Slot {
  kind: SlotKind;
  label: string;
  start: Date;
  end: Date;
}

export interface ScheduledCase {
  caseId: string;
  table: number;
  start: Date;
  end: Date;
  minutes: number;
}

export interface ScheduledBlock {
  label: string;
  theme: string | null;
  table: number;
  /** From the start of its first case to the end of its last. */
  start: Date;
  end: Date;
  /** Some of its cases come before a break and some after. */
  continuesAfterBreak: boolean;
  cases: ScheduledCase[];
}

export type UnscheduledReason = 'no-time' | 'longer-than-part';

export interface UnscheduledCase {
  caseId: string;
  blockLabel: string;
  reason: UnscheduledReason;
  message: string;
}

export type WarningCode =
  | 'no-cases'
  | 'too-many-cases'
  | 'parallel-tables'
  | 'duration-adjusted'
  | 'duplicate-case'
  | 'empty-block'
  | 'block-continues-after-break';

export interface FittingWarning {
  code: WarningCode;
  message: string;
}

export interface FittingResult {
  /** Walk-in, opening, breaks and closing, in time order. */
  slots: Slot[];
  /** How many tables are used (1 when the cases run one after another). */
  tables: number;
  /** The even share per case, or null when there are no cases. */
  minutesPerCase: number | null;
  blocks: ScheduledBlock[];
  unscheduled: UnscheduledCase[];
  warnings: FittingWarning[];
}
