import { seededRandom, shuffled } from './seeded-random';

describe('seededRandom', () => {
  it('repeats its numbers for the same seed and differs for another', () => {
    const take = (seed: number | string) => {
      const random = seededRandom(seed);
      return Array.from({ length: 5 }, () => random());
    };
    expect(take(42)).toEqual(take(42));
    expect(take('editie-2018')).toEqual(take('editie-2018'));
    expect(take(42)).not.toEqual(take(43));
    expect(take('a')).not.toEqual(take('b'));
    expect(take(7).every((n) => n >= 0 && n < 1)).toEqual(true);
  });
});

describe('shuffled', () => {
  it('returns the same items in a repeatable order and leaves the input alone', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const once = shuffled(items, seededRandom(1));
    expect(shuffled(items, seededRandom(1))).toEqual(once);
    expect([...once].sort((a, b) => a - b)).toEqual(items);
    expect(once).not.toEqual(items);
    expect(items).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
