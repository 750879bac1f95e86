import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { UploadFolder } from '../../cases/upload/upload-folder';
import { FilesRepository } from './files.repository';
import { PreparationFileFolder } from './preparation-file-folder';

/** A file being written keeps getting newer; one untouched this long is not part of an upload in progress. */
const GRACE_MS = 60 * 60 * 1000;

/**
 * A file is moved into place before its row commits and removed after its row is deleted, so
 * a crash at the wrong moment can leave a file no row points to. At start-up those are
 * removed, so the database and the folder agree again. (Half-received uploads in the shared
 * incoming folder are the cases' sweeper's work.)
 */
@Injectable()
export class PreparationFileSweeper implements OnApplicationBootstrap {
  private readonly logger = new Logger('Preparation');

  constructor(
    private readonly folder: PreparationFileFolder,
    private readonly uploads: UploadFolder,
    private readonly files: FilesRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.folder.ensure();
    try {
      const removed = await this.sweep(new Date());
      if (removed > 0) this.logger.warn(`Removed ${removed} material file(s) without a row.`);
    } catch (error) {
      this.logger.error(`Could not clean the material folder: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Returns how many files it removed. */
  async sweep(now: Date): Promise<number> {
    const known = await this.files.allStoredNames();
    const orphans = (await this.uploads.filesOlderThan(this.folder.dir, new Date(now.getTime() - GRACE_MS))).filter((name) => !known.has(name));
    for (const name of orphans) await this.folder.remove(name).catch(() => undefined);
    return orphans.length;
  }
}
