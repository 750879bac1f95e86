import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The room or corner of a parallel table, as the print view and the calendar show it. */
@Entity('agenda_rooms')
export class AgendaRoom {
  @PrimaryColumn({ type: 'integer' })
  agendaId: number;

  /** 1–4 */
  @PrimaryColumn({ type: 'integer' })
  tableNumber: number;

  @Column({ type: 'varchar', length: 60 })
  name: string;
}
