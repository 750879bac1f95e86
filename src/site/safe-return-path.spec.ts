import { safeReturnPath } from './safe-return-path';

describe('safeReturnPath', () => {
  it('keeps local paths with their query', () => {
    expect(safeReturnPath('/leerateliers/najaar?x=1')).toBe('/leerateliers/najaar?x=1');
  });

  it.each([undefined, '', 'https://evil.example', '//evil.example', '/\\evil.example', '/a\nb', ['/x']])(
    'sends %j to the home page',
    (value) => {
      expect(safeReturnPath(value)).toBe('/');
    },
  );
});
