import * as fs from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import type { DownloadableFile } from '../../cases/attachments.service';
import { safeDisplayName } from '../../cases/domain/file-signature';
import { nameForMessage, type ReceivedUpload, type UploadProblem } from '../../cases/upload/received-upload';
import { NotFoundError } from '../../common/errors/domain-errors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Transactions } from '../../database/transactions';
import { OpenPreparation, PreparationAccess } from '../preparation-access';
import { canManagePreparation, canReadMaterial } from '../preparation.policy';
import { FilesRepository, NewPreparationFile } from './files.repository';
import { PreparationFileFolder } from './preparation-file-folder';

export type AddFilesOutcome = { ok: true; count: number } | { ok: false; problem: UploadProblem };

/**
 * Files with the preparation material, handled as case attachments are: the upload is streamed,
 * hashed and typed by its bytes by the cases' upload interceptor; a file is accepted only when
 * complete and of an allowed type, and then its row is written and the file renamed into place
 * in one transaction. If that fails, renamed files are removed again; a crash in between leaves
 * a file without a row, which PreparationFileSweeper removes at the next start.
 */
@Injectable()
export class PreparationFilesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: PreparationAccess,
    private readonly files: FilesRepository,
    private readonly folder: PreparationFileFolder,
    private readonly transactions: Transactions,
  ) {}

  /** Also asked before a byte of the upload is read, so nobody else can fill the disk. */
  openForChange(actor: Actor, slug: string, now = new Date()): Promise<OpenPreparation> {
    return this.access.open(actor, slug, canManagePreparation, now);
  }

  async add(actor: Actor, slug: string, upload: ReceivedUpload, now = new Date()): Promise<AddFilesOutcome> {
    const { edition } = await this.openForChange(actor, slug, now);
    const problem = upload.problem ?? problemWith(upload);
    if (problem) return { ok: false, problem };
    const rows: NewPreparationFile[] = upload.files.map((file) => ({
      editionId: edition.id,
      storedName: this.folder.newStoredName(),
      displayName: safeDisplayName(file.originalName, file.detected!.extension),
      mime: file.detected!.mime,
      kind: file.detected!.kind,
      size: file.size,
      sha256: file.sha256,
      uploadedById: actor.id,
    }));
    const moved: string[] = [];
    try {
      const fits = await this.transactions.write(async (m) => {
        if ((await this.files.countByEdition(m, edition.id)) + rows.length > this.config.uploadMaxFiles) return false;
        await this.files.insert(m, rows);
        for (const [i, file] of upload.files.entries()) {
          await this.folder.moveIntoPlace(file.incomingPath, rows[i].storedName);
          moved.push(rows[i].storedName);
        }
        return true;
      });
      if (!fits) return { ok: false, problem: { key: 'preparation.files.tooMany', params: { max: this.config.uploadMaxFiles } } };
    } catch (error) {
      await Promise.all(moved.map((name) => this.folder.remove(name)));
      throw error;
    }
    return { ok: true, count: rows.length };
  }

  /** Everyone in the edition may read the material. */
  async download(actor: Actor, slug: string, id: number, now = new Date()): Promise<DownloadableFile> {
    const { edition } = await this.access.open(actor, slug, canReadMaterial, now);
    const file = Number.isSafeInteger(id) ? await this.files.findInEdition(edition.id, id) : null;
    if (!file) throw new NotFoundError();
    const path = this.folder.storedPath(file.storedName);
    // A file lost from disk is a missing page, not a crash half-way through a download.
    if (!(await fs.promises.stat(path).catch(() => null))?.isFile()) throw new NotFoundError();
    return { path, displayName: file.displayName, mime: file.mime, size: file.size };
  }

  /** The row goes first: a file without a row is cleaned up later, a row without a file would be a broken link. */
  async remove(actor: Actor, slug: string, id: number, now = new Date()): Promise<string> {
    const { edition } = await this.openForChange(actor, slug, now);
    const file = Number.isSafeInteger(id) ? await this.files.findInEdition(edition.id, id) : null;
    if (!file) throw new NotFoundError();
    await this.transactions.write((m) => this.files.delete(m, file.id));
    await this.folder.remove(file.storedName).catch(() => undefined);
    return file.displayName;
  }
}

function problemWith(upload: ReceivedUpload): UploadProblem | undefined {
  if (upload.files.length === 0) return { key: 'cases.upload.none' };
  for (const file of upload.files) {
    const name = nameForMessage(file.originalName);
    if (file.size === 0) return { key: 'cases.upload.empty', params: { name } };
    if (!file.detected) return { key: 'cases.upload.wrongType', params: { name } };
  }
  return undefined;
}
