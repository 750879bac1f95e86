import * as fs from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { AttachmentsRepository, NewAttachment } from './attachments.repository';
import { CaseAccessService, OpenCase } from './case-access';
import { CaseLockedError } from './case-errors';
import { canChangeAttachments, canDownloadAttachment, isAuthor } from './cases.policy';
import { safeDisplayName } from './domain/file-signature';
import { nameForMessage, type ReceivedUpload, type UploadProblem } from './upload/received-upload';
import { UploadFolder } from './upload/upload-folder';

export type AddOutcome = { ok: true; count: number } | { ok: false; problem: UploadProblem };

export interface DownloadableFile {
  path: string;
  displayName: string;
  mime: string;
  size: number;
}

/**
 * Attachments of a case. A file becomes an attachment only once it is complete and its bytes
 * are an allowed type; then its row is written and the file renamed into place in the same
 * transaction. If the transaction fails, the renamed files are removed again; a crash in
 * between leaves a file without a row, which UploadSweeper removes at the next start.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: CaseAccessService,
    private readonly attachments: AttachmentsRepository,
    private readonly folder: UploadFolder,
    private readonly transactions: Transactions,
  ) {}

  /** Also asked before the upload is read at all, so nobody can fill the disk with someone else's case. */
  async openForChange(actor: Actor, slug: string, caseId: number, now = new Date()): Promise<OpenCase> {
    const opened = await this.access.openCase(actor, slug, caseId, now);
    if (canChangeAttachments(actor, opened.enrolment, opened.case, opened.open)) return opened;
    throw isAuthor(actor, opened.enrolment, opened.case) ? new CaseLockedError() : new ForbiddenError();
  }

  async add(actor: Actor, slug: string, caseId: number, upload: ReceivedUpload, now = new Date()): Promise<AddOutcome> {
    const { case: c } = await this.openForChange(actor, slug, caseId, now);
    const problem = upload.problem ?? this.problemWith(upload);
    if (problem) return { ok: false, problem };
    const rows: NewAttachment[] = upload.files.map((file) => ({
      caseId: c.id,
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
        if ((await this.attachments.countByCase(m, c.id)) + rows.length > this.config.uploadMaxFiles) return false;
        await this.attachments.insert(m, rows);
        for (const [i, file] of upload.files.entries()) {
          await this.folder.moveIntoPlace(file.incomingPath, rows[i].storedName);
          moved.push(rows[i].storedName);
        }
        return true;
      });
      if (!fits) return { ok: false, problem: { key: 'cases.upload.tooMany', params: { max: this.config.uploadMaxFiles } } };
    } catch (error) {
      await Promise.all(moved.map((name) => this.folder.removeStored(name)));
      throw error;
    }
    return { ok: true, count: rows.length };
  }

  async download(actor: Actor, slug: string, caseId: number, attachmentId: number, now = new Date()): Promise<DownloadableFile> {
    const { enrolment, case: c } = await this.access.openCase(actor, slug, caseId, now);
    if (!canDownloadAttachment(actor, enrolment, c)) throw new NotFoundError();
    const attachment = Number.isSafeInteger(attachmentId) ? await this.attachments.findInCase(c.id, attachmentId) : null;
    if (!attachment) throw new NotFoundError();
    const path = this.folder.storedPath(attachment.storedName);
    // A file lost from disk is a missing page, not a crash half-way through a download.
    if (!(await fs.promises.stat(path).catch(() => null))?.isFile()) throw new NotFoundError();
    return { path, displayName: attachment.displayName, mime: attachment.mime, size: attachment.size };
  }

  /** The row goes first: a file without a row is cleaned up later, a row without a file would be a broken link. */
  async remove(actor: Actor, slug: string, caseId: number, attachmentId: number, now = new Date()): Promise<string> {
    const { case: c } = await this.openForChange(actor, slug, caseId, now);
    const attachment = Number.isSafeInteger(attachmentId) ? await this.attachments.findInCase(c.id, attachmentId) : null;
    if (!attachment) throw new NotFoundError();
    await this.transactions.write((m) => this.attachments.delete(m, attachment.id));
    await this.folder.removeStored(attachment.storedName).catch(() => undefined);
    return attachment.displayName;
  }

  private problemWith(upload: ReceivedUpload): UploadProblem | undefined {
    if (upload.files.length === 0) return { key: 'cases.upload.none' };
    for (const file of upload.files) {
      const name = nameForMessage(file.originalName);
      if (file.size === 0) return { key: 'cases.upload.empty', params: { name } };
      if (!file.detected) return { key: 'cases.upload.wrongType', params: { name } };
    }
    return undefined;
  }
}
