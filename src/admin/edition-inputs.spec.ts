import { formatFeeInput, makeSlug, normaliseDate, parseFeeCents, parseWholeNumber, toDateTimeInputs, uniqueSlug } from './edition-inputs';

describe('edition form inputs', () => {
  it('reads dates from a date picker and as Dutch people type them', () => {
    expect(['2030-09-19', '2030-9-5', '19-09-2030', '5-9-2030', '19/09/2030', '19.9.2030'].map(normaliseDate)).toEqual([
      '2030-09-19', '2030-09-05', '2030-09-19', '2030-09-05', '2030-09-19', '2030-09-19',
    ]);
    expect(['', '19 september 2030', '2030/09/19', '19-09-30', 'morgen'].map(normaliseDate)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('reads fees in euros as Dutch price lists write them, in cents', () => {
    expect(['495', '495,50', '495,5', '495.50', '495,-', '€ 495', '€495,00', '1.250', '1.250,75', '0'].map(parseFeeCents)).toEqual([
      49500, 49550, 49550, 49550, 49500, 49500, 49500, 125000, 125075, 0,
    ]);
    expect(['', 'gratis', '-5', '495,505', '1.25.0', '100001'].map(parseFeeCents)).toEqual([
      undefined, undefined, undefined, undefined, undefined, undefined,
    ]);
  });

  it('shows a fee in the form the way it was typed', () => {
    expect([49500, 49550, 49505, 0].map(formatFeeInput)).toEqual(['495', '495,50', '495,05', '0']);
  });

  it('reads whole numbers within bounds only', () => {
    expect([parseWholeNumber('20', 1, 200), parseWholeNumber('0', 1, 200), parseWholeNumber('201', 1, 200), parseWholeNumber('2.5', 1, 200)]).toEqual([
      20, undefined, undefined, undefined,
    ]);
  });

  it('makes a slug of plain letters, digits and single hyphens from a title', () => {
    expect(makeSlug('Leeratelier Burgerparticipatie — najaar 2030')).toBe('leeratelier-burgerparticipatie-najaar-2030');
    expect(makeSlug('Één dag: Wijk & Buurt in Súdwest-Fryslân')).toBe('een-dag-wijk-buurt-in-sudwest-fryslan');
    expect(makeSlug('  ’s-Hertogenbosch!  ')).toBe('s-hertogenbosch');
    expect(makeSlug('???')).toBe('leeratelier');
    const long = makeSlug('Samenwerken met inwoners '.repeat(10));
    expect([long.length <= 70, long.endsWith('-')]).toEqual([true, false]);
  });

  it('adds -2, -3… until the slug is free', () => {
    expect(uniqueSlug('najaar-2030', new Set())).toBe('najaar-2030');
    expect(uniqueSlug('najaar-2030', new Set(['najaar-2030', 'najaar-2030-2', 'najaar-2030-4']))).toBe('najaar-2030-3');
  });

  it('shows a stored moment as the Amsterdam date and time, in summer and in winter', () => {
    expect(toDateTimeInputs(new Date('2030-09-19T11:00:00Z'))).toEqual(['2030-09-19', '13:00']);
    expect(toDateTimeInputs(new Date('2031-01-09T08:05:00Z'))).toEqual(['2031-01-09', '09:05']);
    expect(toDateTimeInputs(new Date('2030-09-19T22:30:00Z'))).toEqual(['2030-09-20', '00:30']);
  });
});
