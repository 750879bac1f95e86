import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/** Stored names are 32 hex characters; anything else never reaches the file system. */
const STORED_NAME = /^[0-9a-f]{32}$/;

/**
 * Where attachments live: `cases/` holds accepted files under random names; `.incoming/` holds
 * uploads still arriving or being checked. Both sit in the upload folder, on one file system,
 * so that accepting a file is a rename: it is either fully there or not at all.
 */
@Injectable()
export class UploadFolder {
  readonly storedDir: string;
  readonly incomingDir: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.storedDir = path.join(config.uploadDir, 'cases');
    this.incomingDir = path.join(config.uploadDir, '.incoming');
  }

  ensure(): void {
    fs.mkdirSync(this.storedDir, { recursive: true });
    fs.mkdirSync(this.incomingDir, { recursive: true });
  }

  newStoredName(): string {
    return randomBytes(16).toString('hex');
  }

  newIncomingPath(): string {
    return path.join(this.incomingDir, `${this.newStoredName()}.part`);
  }

  storedPath(storedName: string): string {
    if (!STORED_NAME.test(storedName)) throw new Error('Not a stored attachment name');
    return path.join(this.storedDir, storedName);
  }

  async moveIntoPlace(incomingPath: string, storedName: string): Promise<void> {
    await fs.promises.rename(incomingPath, this.storedPath(storedName));
  }

  /** Removes a stored file; a file that is already gone is fine. */
  async removeStored(storedName: string): Promise<void> {
    await fs.promises.rm(this.storedPath(storedName), { force: true });
  }

  async removeIncoming(incomingPath: string): Promise<void> {
    if (path.dirname(incomingPath) !== this.incomingDir) return;
    await fs.promises.rm(incomingPath, { force: true });
  }

  /** Files in a folder last changed before `before`. */
  async filesOlderThan(dir: string, before: Date): Promise<string[]> {
    const names = await fs.promises.readdir(dir).catch(() => [] as string[]);
    const old: string[] = [];
    for (const name of names) {
      const stat = await fs.promises.stat(path.join(dir, name)).catch(() => null);
      if (stat?.isFile() && stat.mtime < before) old.push(name);
    }
    return old;
  }
}
