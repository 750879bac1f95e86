import { fromAmsterdam, toAmsterdam } from '../../common/dates/amsterdam-time';

const MINUTE = 60_000;

/**
 * A break is stored as minutes after the meeting's start, and typed as a clock time on the
 * day of the meeting ("14:30" or Dutch "14.30"). Undefined for what is not a time.
 */
export function breakStartMinute(meetingStart: Date, clock: string): number | undefined {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(clock.trim());
  if (!match || +match[1] > 23 || +match[2] > 59) return undefined;
  const day = toAmsterdam(meetingStart);
  const at = fromAmsterdam({ ...day, hour: +match[1], minute: +match[2] });
  return Math.round((at.getTime() - meetingStart.getTime()) / MINUTE);
}

/** "14:30": the value of an `<input type="time">`. */
export function breakClock(meetingStart: Date, startMinute: number): string {
  const wall = toAmsterdam(new Date(meetingStart.getTime() + startMinute * MINUTE));
  return `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
}
