import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A break, counted in minutes from the start of the meeting, so it moves along with the meeting. */
@Entity('agenda_breaks')
@Index('IDX_agenda_breaks_agenda', ['agendaId'])
export class AgendaBreak {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  agendaId: number;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'integer' })
  startMinute: number;

  @Column({ type: 'integer' })
  minutes: number;
}
