import { firstStoredEntry, isZip, latin1, zipEntryNames } from './zip-entries';

export { contentDisposition, safeDisplayName } from './upload-name';

/*
 * What an uploaded file really is, decided from its bytes; the name and the type the browser
 * claims are chosen by the sender and prove nothing. Only the formats the course works with
 * are recognised; everything else, including a renamed program, gets null.
 *
 * What the caller passes: `head`, the first SIGNATURE_HEAD_BYTES of the file (or the whole
 * file when it is smaller), and `tail`, the last SIGNATURE_TAIL_BYTES (may overlap head; may
 * be left out when head is the whole file). Office files need the tail: a ZIP archive lists
 * all its entries at its end, and a Word 97–2003 file often keeps its directory there. A
 * streaming caller can keep the first chunk and a rolling buffer of the last bytes.
 */

export const SIGNATURE_HEAD_BYTES = 64 * 1024;
export const SIGNATURE_TAIL_BYTES = 64 * 1024;

export type FileKind = 'pdf' | 'docx' | 'doc' | 'pptx' | 'xlsx' | 'odt' | 'png' | 'jpeg';

export interface DetectedFile {
  kind: FileKind;
  mime: string;
  /** Without the dot. */
  extension: string;
}

const TYPES: Record<FileKind, DetectedFile> = {
  pdf: { kind: 'pdf', mime: 'application/pdf', extension: 'pdf' },
  docx: { kind: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  doc: { kind: 'doc', mime: 'application/msword', extension: 'doc' },
  pptx: { kind: 'pptx', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' },
  xlsx: { kind: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  odt: { kind: 'odt', mime: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
  png: { kind: 'png', mime: 'image/png', extension: 'png' },
  jpeg: { kind: 'jpeg', mime: 'image/jpeg', extension: 'jpg' },
};

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function detectFileType(head: Uint8Array, tail?: Uint8Array): DetectedFile | null {
  const found = detectKind(head, tail);
  return found ? { ...TYPES[found] } : null;
}

function detectKind(head: Uint8Array, tail?: Uint8Array): FileKind | null {
  if (startsWith(head, PDF)) return 'pdf';
  if (startsWith(head, PNG)) return 'png';
  if (startsWith(head, JPEG)) return 'jpeg';
  if (startsWith(head, OLE2)) return wordDocument(head, tail) ? 'doc' : null;
  if (isZip(head)) return zipKind(head, tail);
  return null;
}

const ODT_MIME = 'application/vnd.oasis.opendocument.text';

/** Office parts by folder; each format keeps its main part in its own folder. */
const OOXML_FOLDERS: readonly [string, FileKind][] = [
  ['word/', 'docx'],
  ['ppt/', 'pptx'],
  ['xl/', 'xlsx'],
];

function zipKind(head: Uint8Array, tail?: Uint8Array): FileKind | null {
  const first = firstStoredEntry(head);
  if (first?.name === 'mimetype') return latin1(first.content) === ODT_MIME ? 'odt' : null;
  const names = [...zipEntryNames(head, tail)];
  if (!names.includes('[Content_Types].xml')) return null;
  // Macro-enabled files (.docm and the like) carry a VBA project; macros are a way in for
  // malware and a case never needs them.
  if (names.some((n) => n.toLowerCase().endsWith('vbaproject.bin'))) return null;
  const kinds = new Set(OOXML_FOLDERS.filter(([folder]) => names.some((n) => n.startsWith(folder))).map(([, kind]) => kind));
  return kinds.size === 1 ? [...kinds][0] : null;
}

/**
 * A compound file is also what .xls, .ppt, .msg and Windows installers (.msi) are made of, so
 * it only counts as a Word document when the directory lists a "WordDocument" stream. Macros
 * live in a "_VBA_PROJECT" stream and are refused, as for .docm.
 */
function wordDocument(head: Uint8Array, tail?: Uint8Array): boolean {
  const parts = tail ? [head, tail] : [head];
  const has = (name: string) => parts.some((bytes) => indexOf(bytes, utf16Name(name)) !== -1);
  return has('WordDocument') && !has('_VBA_PROJECT');
}

/** A directory entry name: UTF-16LE with its terminating zero. */
function utf16Name(name: string): Uint8Array {
  return new Uint8Array(Buffer.from(`${name}\0`, 'utf16le'));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function indexOf(bytes: Uint8Array, needle: Uint8Array): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle);
}
