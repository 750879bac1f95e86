import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A block of cases that are discussed together, usually one theme. */
@Entity('agenda_blocks')
@Index('IDX_agenda_blocks_agenda', ['agendaId'])
export class AgendaBlock {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  agendaId: number;

  /** Stays the same while the block exists, so addresses and forms can name it; unique in its agenda. */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 120 })
  label: string;

  /** The theme the proposal made the block for; removed themes keep their row, so this stays readable. */
  @Column({ type: 'integer', nullable: true })
  themeId: number | null;
}
