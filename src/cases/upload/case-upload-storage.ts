import * as fs from 'node:fs';
import { pipeline } from 'node:stream';
import type { Request } from 'express';
import type { StorageEngine } from 'multer';
import { type DetectedFile, detectFileType } from '../domain/file-signature';
import { UploadFolder } from './upload-folder';
import { UploadProbe } from './upload-probe';

/** What the storage engine adds to multer's file description. */
export interface StoredUploadInfo {
  path: string;
  size: number;
  sha256: string;
  /** What the bytes say the file is; null for anything not allowed. */
  detected: DetectedFile | null;
}

/**
 * A multer storage engine that streams each file into the incoming folder, hashing it and
 * reading its type on the way, so nothing is held in memory and nothing is read twice. A
 * file that fails half-way (the connection broke, the size limit was hit) is removed before
 * multer hears of the error; the caller decides later whether a complete file is accepted.
 */
export class CaseUploadStorage implements StorageEngine {
  constructor(private readonly folder: UploadFolder) {}

  _handleFile(_req: Request, file: Express.Multer.File, callback: (error?: unknown, info?: Partial<Express.Multer.File>) => void): void {
    const target = this.folder.newIncomingPath();
    const probe = new UploadProbe();
    // 'wx': never overwrite, even in the astronomically unlikely case of a repeated random name.
    pipeline(file.stream, probe, fs.createWriteStream(target, { flags: 'wx' }), (error) => {
      if (error) {
        void this.folder.removeIncoming(target).finally(() => callback(error));
        return;
      }
      const { size, sha256, head, tail } = probe.result();
      const info: StoredUploadInfo = { path: target, size, sha256, detected: size > 0 ? detectFileType(head, tail) : null };
      callback(null, info as Partial<Express.Multer.File>);
    });
  }

  _removeFile(_req: Request, file: Express.Multer.File, callback: (error: Error | null) => void): void {
    this.folder.removeIncoming(file.path).then(
      () => callback(null),
      (error: Error) => callback(error),
    );
  }
}
