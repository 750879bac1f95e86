import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it.each([
    [0, '0 bytes', '0 bytes'],
    [830, '830 bytes', '830 bytes'],
    [12_300, '12 kB', '12 kB'],
    [1_572_864, '1,5 MB', '1.5 MB'],
    [20 * 1024 * 1024, '20 MB', '20 MB'],
  ])('%i bytes reads %j / %j', (bytes, nl, en) => {
    expect(formatFileSize(bytes, 'nl')).toEqual(nl);
    expect(formatFileSize(bytes, 'en')).toEqual(en);
  });
});
