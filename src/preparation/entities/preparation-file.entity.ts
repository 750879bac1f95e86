import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { FileKind } from '../../cases/domain/file-signature';

/**
 * A file with the preparation material. It lies in the upload folder under `storedName`, a
 * random name; the name from the uploader's computer is only shown (`displayName`, cleaned).
 * Type and MIME type were read from the file's own bytes, as for case attachments.
 */
@Entity('preparation_files')
@Index('IDX_preparation_files_edition', ['editionId'])
export class PreparationFile {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  editionId: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  storedName: string;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 120 })
  mime: string;

  @Column({ type: 'varchar', length: 10 })
  kind: FileKind;

  /** In bytes. */
  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'integer', nullable: true })
  uploadedById: number | null;

  @CreateDateColumn()
  createdAt: Date;
}
