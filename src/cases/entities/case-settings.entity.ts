import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const DEFAULT_MAX_CASES = 1;

/** How an edition handles cases. An edition without a row uses the defaults. */
@Entity('case_settings')
export class CaseSettings {
  @PrimaryColumn({ type: 'integer' })
  editionId: number;

  @Column({ type: 'integer', default: DEFAULT_MAX_CASES })
  maxCasesPerParticipant: number;

  @UpdateDateColumn()
  updatedAt: Date;
}
