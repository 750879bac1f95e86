import { formatEuro } from './money';

describe('formatEuro', () => {
  it('writes prices the Dutch way', () => {
    expect(formatEuro(49500)).toBe('€ 495,-');
    expect(formatEuro(49550)).toBe('€ 495,50');
    expect(formatEuro(149505)).toBe('€ 1.495,05');
  });

  it('writes prices the English way', () => {
    expect(formatEuro(49500, 'en')).toBe('€495');
    expect(formatEuro(149505, 'en')).toBe('€1,495.05');
  });
});
