/*
 * Just enough of the ZIP format to read entry names from the start and the end of a file,
 * without unpacking anything. Office documents and OpenDocument files are ZIP archives; their
 * entry names say what they are.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;

export function isZip(head: Uint8Array): boolean {
  return head.length >= 4 && readUint32(head, 0) === LOCAL_HEADER;
}

/**
 * Names from the local file headers in `head` and from the central directory in `tail`.
 * The bytes are scanned for header signatures rather than walked entry by entry, because an
 * entry written with a data descriptor does not say how long it is. A signature that happens
 * to occur inside compressed data yields a nonsense name, which no check below looks for.
 */
export function zipEntryNames(head: Uint8Array, tail?: Uint8Array): Set<string> {
  const names = new Set<string>();
  collect(head, LOCAL_HEADER, 26, 30, names);
  if (tail) collect(tail, CENTRAL_HEADER, 28, 46, names);
  return names;
}

export interface StoredEntry {
  name: string;
  content: Uint8Array;
}

/** The first entry when it is stored uncompressed and lies within `head`, as OpenDocument requires for `mimetype`. */
export function firstStoredEntry(head: Uint8Array): StoredEntry | null {
  if (!isZip(head) || head.length < 30) return null;
  const method = readUint16(head, 8);
  const size = readUint32(head, 18);
  const nameLength = readUint16(head, 26);
  const extraLength = readUint16(head, 28);
  const contentStart = 30 + nameLength + extraLength;
  if (method !== 0 || contentStart + size > head.length) return null;
  return {
    name: latin1(head.subarray(30, 30 + nameLength)),
    content: head.subarray(contentStart, contentStart + size),
  };
}

function collect(bytes: Uint8Array, signature: number, nameLengthAt: number, nameAt: number, names: Set<string>): void {
  for (let i = 0; i + nameAt <= bytes.length; i++) {
    if (bytes[i] !== 0x50 || readUint32(bytes, i) !== signature) continue;
    const length = readUint16(bytes, i + nameLengthAt);
    if (i + nameAt + length > bytes.length) continue;
    names.add(latin1(bytes.subarray(i + nameAt, i + nameAt + length)));
  }
}

function readUint16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
