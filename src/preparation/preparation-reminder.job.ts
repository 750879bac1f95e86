import { Injectable, Logger } from '@nestjs/common';
import { IntervalJob } from '../common/jobs/interval-job';
import { PreparationRemindersService } from './preparation-reminders.service';

/** Often enough that a reminder goes out within the quarter hour it is due. */
export const REMINDER_CHECK_MS = 15 * 60 * 1000;

/** Sends the automatic preparation reminders; a run returns how many went out. */
@Injectable()
export class PreparationReminderJob extends IntervalJob {
  constructor(private readonly reminders: PreparationRemindersService) {
    super(REMINDER_CHECK_MS, new Logger('Preparation'), 'Automatic reminders failed');
  }

  protected run(now: Date): Promise<number> {
    return this.reminders.sendDueReminders(now);
  }
}
