import { firstStoredEntry, isZip, zipEntryNames } from './zip-entries';

/** One stored entry: local header, name, content (CRC left at zero; it is not read). */
function local(name: string, content: string): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt32LE(content.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, Buffer.from(name), Buffer.from(content)]);
}

function central(name: string): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(name.length, 28);
  return Buffer.concat([header, Buffer.from(name)]);
}

describe('zip entries', () => {
  const archive = Buffer.concat([local('mimetype', 'application/x-test'), local('a/b.xml', '<x/>'), central('mimetype'), central('c.xml')]);

  it('reads names from local headers and from the central directory', () => {
    expect(isZip(archive)).toEqual(true);
    expect([...zipEntryNames(archive)].sort()).toEqual(['a/b.xml', 'mimetype']);
    expect([...zipEntryNames(archive, archive)].sort()).toEqual(['a/b.xml', 'c.xml', 'mimetype']);
  });

  it('reads the first entry when it is stored', () => {
    const first = firstStoredEntry(archive);
    expect(first && { name: first.name, content: Buffer.from(first.content).toString() }).toEqual({
      name: 'mimetype',
      content: 'application/x-test',
    });
  });

  it('gives nothing for a cut-off header, a compressed first entry or other bytes', () => {
    expect(zipEntryNames(archive.subarray(0, 33))).toEqual(new Set());
    const compressed = Buffer.from(archive);
    compressed.writeUInt16LE(8, 8);
    expect(firstStoredEntry(compressed)).toEqual(null);
    expect(firstStoredEntry(archive.subarray(0, 40))).toEqual(null);
    expect(isZip(Buffer.from('PK'))).toEqual(false);
    expect(firstStoredEntry(Buffer.from('%PDF-1.4'))).toEqual(null);
  });
});
