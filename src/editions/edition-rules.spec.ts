import { isValidSlug, placesLeft, walkInStart } from './edition-rules';

describe('edition rules', () => {
  it('accepts only slugs the portal makes', () => {
    expect(isValidSlug('najaar-2026-utrecht')).toBe(true);
    expect(['', 'Najaar', 'a--b', '-a', 'a-', '../x', 'a'.repeat(81), 'é'].map(isValidSlug)).toEqual(
      Array(8).fill(false),
    );
  });

  it('counts places left without going below zero', () => {
    expect(placesLeft({ capacityMax: 20 }, 7)).toBe(13);
    expect(placesLeft({ capacityMax: 20 }, 22)).toBe(0);
  });

  it('opens the doors half an hour before 13.00 uur', () => {
    expect(walkInStart(new Date('2018-10-04T11:00:00Z'), 30).toISOString()).toBe('2018-10-04T10:30:00.000Z');
  });
});
