import { isValidIban, passesElevenTest } from './privacy-checksums';

describe('passesElevenTest', () => {
  it('accepts numbers whose weighted sum is divisible by eleven', () => {
    expect(['123456782', '111222333', '012345672', '12345672'].map(passesElevenTest)).toEqual([true, true, true, true]);
  });

  it('rejects other numbers, all zeros and the wrong length', () => {
    expect(['123456789', '000000000', '1234567', '1234567820', '12345678a'].map(passesElevenTest)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('isValidIban', () => {
  it('accepts valid numbers from several countries, with or without spaces', () => {
    expect(
      ['NL91ABNA0417164300', 'nl91 abna 0417 1643 00', 'DE89370400440532013000', 'BE68539007547034', 'GB82WEST12345698765432'].map(
        isValidIban,
      ),
    ).toEqual([true, true, true, true, true]);
  });

  it('rejects a wrong check, a Dutch number of the wrong shape and junk', () => {
    expect(['NL91ABNA0417164301', 'NL91ABNA041716430', 'XX00', 'NL91 ABNA 0417 1643 00!'].map(isValidIban)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
