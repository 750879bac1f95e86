import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { Edition } from '../editions/edition.entity';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { statusKey } from './admin-pages';
import { requireEditionManager } from './admin-access';
import { AdminRepository } from './admin.repository';
import { isBelowMinimum } from './dashboard-rules';

export interface DashboardRow {
  edition: Edition;
  statusKey: string;
  participants: number;
  pendingSignUps: number;
  belowMinimum: boolean;
}

@Injectable()
export class AdminDashboardService {
  constructor(
    private readonly admin: AdminRepository,
    private readonly enrolments: EnrolmentsRepository,
  ) {}

  /** Every edition with its numbers, in three queries however many editions there are. */
  async dashboard(actor: Actor, now = new Date()): Promise<{ rows: DashboardRow[] }> {
    requireEditionManager(actor);
    const editions = await this.admin.listEditions();
    const ids = editions.map((edition) => edition.id);
    const participants = await this.enrolments.countParticipants(ids);
    const pending = await this.admin.countPendingSignUps(ids);
    return {
      rows: editions.map((edition) => {
        const count = participants.get(edition.id) ?? 0;
        return {
          edition,
          statusKey: statusKey(edition.status),
          participants: count,
          pendingSignUps: pending.get(edition.id) ?? 0,
          belowMinimum: isBelowMinimum(edition, count, now),
        };
      }),
    };
  }
}
