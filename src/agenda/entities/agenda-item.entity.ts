import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A case on the agenda: in a block (`blockNumber`), or left out by the trainer with a reason.
 * The proposal's confidence and explanation are kept until the trainer moves the case.
 */
@Entity('agenda_items')
@Index('IDX_agenda_items_agenda_case', ['agendaId', 'caseId'], { unique: true })
export class AgendaItem {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  agendaId: number;

  @Column({ type: 'integer' })
  caseId: number;

  @Column({ type: 'integer', nullable: true })
  blockNumber: number | null;

  @Column({ type: 'integer' })
  position: number;

  /** The case's own discussion time; null for the even share. */
  @Column({ type: 'integer', nullable: true })
  minutes: number | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  leftOutReason: string | null;

  /** 0–100; null once the trainer placed the case. */
  @Column({ type: 'integer', nullable: true })
  confidence: number | null;

  /** The proposal's reasons, one per line. */
  @Column({ type: 'text', default: '' })
  because: string;
}
