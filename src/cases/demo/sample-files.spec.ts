import { inflateSync } from 'node:zlib';
import { detectFileType } from '../domain/file-signature';
import { samplePdf, samplePng } from './sample-files';

describe('sample files', () => {
  it('makes a PDF whose cross-reference table points at each object', () => {
    const pdf = samplePdf('Wijkkaart (concept)');
    const text = pdf.toString('latin1');
    expect(detectFileType(pdf)?.kind).toEqual('pdf');
    const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(xref, xref + 4)).toEqual('xref');
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.map((offset) => text.slice(offset, offset + 7))).toEqual(offsets.map((_, i) => `${i + 1} 0 obj`));
    expect(text).toContain('(Wijkkaart \\(concept\\)) Tj');
  });

  it('makes a PNG with the pixels asked for', () => {
    const png = samplePng(4, 2, [[255, 0, 0], [0, 0, 255]]);
    expect(detectFileType(png)?.kind).toEqual('png');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([4, 2]);
    const idatLength = png.readUInt32BE(33);
    const pixels = inflateSync(png.subarray(41, 41 + idatLength));
    expect([...pixels.subarray(0, 4), ...pixels.subarray(13, 17)]).toEqual([0, 255, 0, 0, 0, 0, 0, 255]);
  });
});
