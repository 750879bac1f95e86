import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/** Stored names are 32 hex characters; anything else never reaches the file system. */
const STORED_NAME = /^[0-9a-f]{32}$/;

/**
 * Where material files live: `preparation/` in the upload folder, beside the cases' folder and
 * on the same file system as the incoming folder the upload is streamed into, so accepting a
 * file is a rename. A folder of its own, because the cases' clean-up removes every file in
 * theirs that has no case attachment row.
 */
@Injectable()
export class PreparationFileFolder {
  readonly dir: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.dir = path.join(config.uploadDir, 'preparation');
  }

  ensure(): void {
    fs.mkdirSync(this.dir, { recursive: true });
  }

  newStoredName(): string {
    return randomBytes(16).toString('hex');
  }

  storedPath(storedName: string): string {
    if (!STORED_NAME.test(storedName)) throw new Error('Not a stored file name');
    return path.join(this.dir, storedName);
  }

  async moveIntoPlace(incomingPath: string, storedName: string): Promise<void> {
    await fs.promises.rename(incomingPath, this.storedPath(storedName));
  }

  /** Removes a stored file; a file that is already gone is fine. */
  async remove(storedName: string): Promise<void> {
    await fs.promises.rm(this.storedPath(storedName), { force: true });
  }
}
