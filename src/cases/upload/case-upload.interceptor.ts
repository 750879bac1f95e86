import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import multer, { MulterError } from 'multer';
import { finalize, Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CaseUploadStorage, type StoredUploadInfo } from './case-upload-storage';
import { nameForMessage, type ReceivedUpload, type UploadProblem } from './received-upload';
import { UploadFolder } from './upload-folder';

export const UPLOAD_FIELD = 'bestanden';

export type RequestWithUpload = Request & { caseUpload?: ReceivedUpload };

/**
 * Reads a multipart upload of attachments with multer into the incoming folder. Unlike Nest's
 * FilesInterceptor it does not throw on a multer error: the handler gets the reason, so the
 * person sees a message beside the file field instead of an error page. Whatever the handler
 * does not move into place is removed when it is done, also when it throws.
 */
@Injectable()
export class CaseUploadInterceptor implements NestInterceptor {
  private readonly upload: RequestHandler;
  private readonly maxMb: number;
  private readonly maxFiles: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig, private readonly folder: UploadFolder) {
    this.maxMb = Math.round(config.uploadMaxBytes / (1024 * 1024));
    this.maxFiles = config.uploadMaxFiles;
    this.upload = multer({
      storage: new CaseUploadStorage(folder),
      // The display name is cleaned in one tested place (safeDisplayName), path parts included.
      preservePath: true,
      defParamCharset: 'utf8',
      limits: { fileSize: config.uploadMaxBytes, files: config.uploadMaxFiles, fields: 5, fieldSize: 1000, parts: config.uploadMaxFiles + 5 },
    }).array(UPLOAD_FIELD, config.uploadMaxFiles);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<RequestWithUpload>();
    const res = context.switchToHttp().getResponse<Response>();
    const error = await new Promise<unknown>((resolve) => this.upload(req, res, resolve));
    const files = ((req.files as (Express.Multer.File & StoredUploadInfo)[] | undefined) ?? []).filter((file) => file.path);
    req.caseUpload = error
      ? { files: [], problem: this.problemOf(error) }
      : {
          files: files.map((file) => ({
            originalName: file.originalname,
            incomingPath: file.path,
            size: file.size,
            sha256: file.sha256,
            detected: file.detected,
          })),
        };
    return next.handle().pipe(finalize(() => void Promise.all(files.map((file) => this.folder.removeIncoming(file.path)))));
  }

  private problemOf(error: unknown): UploadProblem {
    // busboy refuses a part whose header holds control characters, which only a file name can bring in.
    if (error instanceof Error && error.message === 'Malformed part header') return { key: 'cases.upload.badName' };
    if (!(error instanceof MulterError)) return { key: 'cases.upload.failed' };
    switch (error.code) {
      case 'LIMIT_FILE_SIZE':
        // multer 2 names the file; its types do not know that yet.
        return { key: 'cases.upload.tooLarge', params: { name: nameForMessage((error as MulterError & { filename?: string }).filename), max: this.maxMb } };
      case 'LIMIT_FILE_COUNT':
      case 'LIMIT_UNEXPECTED_FILE':
        return { key: 'cases.upload.tooManyAtOnce', params: { max: this.maxFiles } };
      default:
        return { key: 'cases.upload.failed' };
    }
  }
}

