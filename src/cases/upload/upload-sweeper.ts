import * as path from 'node:path';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AttachmentsRepository } from '../attachments.repository';
import { UploadFolder } from './upload-folder';

/**
 * A file is written before its row and removed after it, so a crash at the wrong moment can
 * leave a file that no row points to, or half an upload. Files untouched for this long are
 * certainly not part of an upload in progress (a file being written keeps getting newer).
 */
const GRACE_MS = 60 * 60 * 1000;

/** Cleans the upload folder at start-up, so the database and the folder agree again. */
@Injectable()
export class UploadSweeper implements OnApplicationBootstrap {
  private readonly logger = new Logger('Uploads');

  constructor(
    private readonly folder: UploadFolder,
    private readonly attachments: AttachmentsRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.folder.ensure();
    try {
      const removed = await this.sweep(new Date());
      if (removed > 0) this.logger.warn(`Removed ${removed} file(s) left behind by interrupted uploads.`);
    } catch (error) {
      this.logger.error(`Could not clean the upload folder: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Returns how many files it removed. */
  async sweep(now: Date): Promise<number> {
    const before = new Date(now.getTime() - GRACE_MS);
    const incoming = await this.folder.filesOlderThan(this.folder.incomingDir, before);
    for (const name of incoming) await this.folder.removeIncoming(path.join(this.folder.incomingDir, name));
    const known = await this.attachments.allStoredNames();
    const orphans = (await this.folder.filesOlderThan(this.folder.storedDir, before)).filter((name) => !known.has(name));
    for (const name of orphans) await this.folder.removeStored(name).catch(() => undefined);
    return incoming.length + orphans.length;
  }
}
