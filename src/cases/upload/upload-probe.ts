import { createHash } from 'node:crypto';
import { Transform, TransformCallback } from 'node:stream';
import { SIGNATURE_HEAD_BYTES, SIGNATURE_TAIL_BYTES } from '../domain/file-signature';

export interface ProbeResult {
  size: number;
  sha256: string;
  /** The first SIGNATURE_HEAD_BYTES of the file. */
  head: Buffer;
  /** The last SIGNATURE_TAIL_BYTES of the file. */
  tail: Buffer;
}

/**
 * Passes an upload through unchanged while hashing it and keeping its first and last bytes,
 * which is all the type check needs. Memory stays at about head + tail + one chunk, whatever
 * the size of the file.
 */
export class UploadProbe extends Transform {
  private readonly hash = createHash('sha256');
  private size = 0;
  private readonly head: Buffer[] = [];
  private headLength = 0;
  private tail: Buffer[] = [];
  private tailLength = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    if (this.headLength < SIGNATURE_HEAD_BYTES) {
      const part = chunk.subarray(0, SIGNATURE_HEAD_BYTES - this.headLength);
      this.head.push(Buffer.from(part));
      this.headLength += part.length;
    }
    this.tail.push(chunk);
    this.tailLength += chunk.length;
    // Drop whole chunks from the front as long as the rest still covers the tail.
    while (this.tail.length > 1 && this.tailLength - this.tail[0].length >= SIGNATURE_TAIL_BYTES) {
      this.tailLength -= this.tail.shift()!.length;
    }
    callback(null, chunk);
  }

  /** Call once the stream has finished. */
  result(): ProbeResult {
    const tail = Buffer.concat(this.tail);
    return {
      size: this.size,
      sha256: this.hash.digest('hex'),
      head: Buffer.concat(this.head),
      tail: tail.subarray(Math.max(0, tail.length - SIGNATURE_TAIL_BYTES)),
    };
  }
}
