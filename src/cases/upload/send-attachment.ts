import * as fs from 'node:fs';
import { pipeline } from 'node:stream';
import type { Response } from 'express';
import { contentDisposition } from '../domain/file-signature';
import type { DownloadableFile } from '../attachments.service';

/**
 * Streams a stored attachment as a download. `attachment` makes the browser save it rather than
 * open it inside the portal, and nosniff stops it from guessing another type than the one the
 * bytes were checked to be.
 */
export function sendAttachment(res: Response, file: DownloadableFile): void {
  res.status(200).set({
    'Content-Type': file.mime,
    'Content-Length': String(file.size),
    'Content-Disposition': contentDisposition(file.displayName),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
  pipeline(fs.createReadStream(file.path), res, () => undefined);
}
