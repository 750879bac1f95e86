import type { DetectedFile } from '../domain/file-signature';

/** One complete file of an upload, waiting in the incoming folder for the service's decision. */
export interface ReceivedFile {
  /** As the uploader's computer named it; only ever shown, after cleaning. */
  originalName: string;
  incomingPath: string;
  size: number;
  sha256: string;
  detected: DetectedFile | null;
}

/** Why an upload could not be read at all, as a message key with its values. */
export interface UploadProblem {
  key: string;
  params?: Record<string, string | number>;
}

/** What the upload interceptor hands the handler: the files, or the reason there are none. */
export interface ReceivedUpload {
  files: ReceivedFile[];
  problem?: UploadProblem;
}

/** The last part of a name as it was sent, without invisible characters, for a message; never used as a path. */
export function nameForMessage(name: string | undefined): string {
  return (name ?? '').split(/[/\\]/).pop()!.replace(/[\p{Cc}\p{Cf}]/gu, '').slice(0, 120);
}
