import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { SIGNATURE_HEAD_BYTES, SIGNATURE_TAIL_BYTES } from '../domain/file-signature';
import { UploadProbe } from './upload-probe';

async function probe(content: Buffer, chunkSize: number) {
  const chunks = [];
  for (let i = 0; i < content.length; i += chunkSize) chunks.push(content.subarray(i, i + chunkSize));
  const out: Buffer[] = [];
  const p = new UploadProbe();
  await pipeline(Readable.from(chunks), p, new Writable({ write: (chunk: Buffer, _e, cb) => (out.push(chunk), cb()) }));
  return { result: p.result(), passed: Buffer.concat(out) };
}

describe('UploadProbe', () => {
  const content = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) % 251));

  it.each([1000, 16_384, 65_536, 100_000])('keeps head, tail, size and hash with chunks of %i bytes', async (chunkSize) => {
    const { result, passed } = await probe(content, chunkSize);
    expect(passed.equals(content)).toEqual(true);
    expect(result.size).toEqual(300_000);
    expect(result.sha256).toEqual(createHash('sha256').update(content).digest('hex'));
    expect(result.head.equals(content.subarray(0, SIGNATURE_HEAD_BYTES))).toEqual(true);
    expect(result.tail.equals(content.subarray(content.length - SIGNATURE_TAIL_BYTES))).toEqual(true);
  });

  it('gives the whole file as head and tail when it is small', async () => {
    const small = Buffer.from('%PDF-1.4\n%%EOF\n');
    const { result } = await probe(small, 4);
    expect([result.head.toString(), result.tail.toString(), result.size]).toEqual([small.toString(), small.toString(), small.length]);
  });
});
