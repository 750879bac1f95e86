import { detectFileType } from './file-signature';

/*
 * Real headers, written by hand: the ZIP files are complete stored (uncompressed) archives
 * with a correct central directory and CRC, the compound file has a real header and directory.
 */

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function zip(entries: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, value] of Object.entries(entries)) {
    const content = typeof value === 'string' ? Buffer.from(value) : value;
    const nameBytes = Buffer.from(name);
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4); // version needed
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(content.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(10, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(content.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, content);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + content.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const RELS = '<?xml version="1.0"?><Relationships/>';
const ooxml = (folder: string, main: string, extra: Record<string, string> = {}) =>
  zip({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': RELS, [`${folder}/${main}`]: '<x/>', ...extra });

/** A compound file: 512-byte header, then one directory sector listing the given streams. */
function compoundFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(0, 48); // first directory sector
  const directory = Buffer.alloc(512);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(directory, i * 128);
    directory.writeUInt16LE(encoded.length, i * 128 + 64);
    directory[i * 128 + 66] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return Buffer.concat([header, directory]);
}

describe('detectFileType', () => {
  it('recognises PDF, PNG and JPEG by their first bytes', () => {
    expect(detectFileType(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toEqual({ kind: 'pdf', mime: 'application/pdf', extension: 'pdf' });
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    expect(detectFileType(png)).toEqual({ kind: 'png', mime: 'image/png', extension: 'png' });
    const jpeg = Buffer.from('ffd8ffe000104a46494600010101004800480000', 'hex');
    expect(detectFileType(jpeg)).toEqual({ kind: 'jpeg', mime: 'image/jpeg', extension: 'jpg' });
  });

  it('tells Word, PowerPoint and Excel files apart by their folders', () => {
    expect(detectFileType(ooxml('word', 'document.xml'))?.kind).toEqual('docx');
    expect(detectFileType(ooxml('ppt', 'presentation.xml'))?.kind).toEqual('pptx');
    expect(detectFileType(ooxml('xl', 'workbook.xml'))).toEqual({
      kind: 'xlsx',
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      extension: 'xlsx',
    });
  });

  it('finds the folder in the central directory at the end of a large file', () => {
    // A large first entry pushes word/document.xml out of the first 64 KiB; only the central
    // directory at the end lists it.
    const big = zip({ '[Content_Types].xml': CONTENT_TYPES, 'media/big.bin': 'x'.repeat(200_000), 'word/document.xml': '<x/>' });
    const head = big.subarray(0, 64 * 1024);
    const tail = big.subarray(big.length - 64 * 1024);
    expect(detectFileType(head, tail)?.kind).toEqual('docx');
    // Without the tail the type cannot be told, so the upload is refused rather than guessed.
    expect(detectFileType(head)).toEqual(null);
  });

  it('recognises an OpenDocument text by its stored mimetype entry', () => {
    const odt = zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' });
    expect(detectFileType(odt)).toEqual({ kind: 'odt', mime: 'application/vnd.oasis.opendocument.text', extension: 'odt' });
  });

  it('recognises a Word 97–2003 document by its WordDocument stream', () => {
    expect(detectFileType(compoundFile(['WordDocument', '1Table']))).toEqual({
      kind: 'doc',
      mime: 'application/msword',
      extension: 'doc',
    });
  });

  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['a renamed program', Buffer.from('4d5a90000300000004000000ffff0000b800000000000000400000', 'hex')],
    ['a text file', Buffer.from('Dit is gewoon tekst, geen PDF.\n')],
    ['an HTML page', Buffer.from('<!DOCTYPE html><html><script>alert(1)</script>')],
    ['a short prefix of a PNG header', Buffer.from('89504e47', 'hex')],
    ['a plain ZIP archive', zip({ 'foto.jpg': 'x', 'notities.txt': 'y' })],
    ['a ZIP with a word/ folder but no content types', zip({ 'word/document.xml': '<x/>' })],
    ['a macro-enabled Word file', ooxml('word', 'document.xml', { 'word/vbaProject.bin': 'macro' })],
    ['an OpenDocument spreadsheet', zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet' })],
    ['an Excel 97–2003 file', compoundFile(['Workbook'])],
    ['a Windows installer', compoundFile(['\u4840\u3b3f\u4577'])],
    ['a Word 97–2003 file with macros', compoundFile(['WordDocument', 'Macros', '_VBA_PROJECT'])],
  ])('refuses %s', (_label, bytes) => {
    expect(detectFileType(bytes)).toEqual(null);
  });
});
