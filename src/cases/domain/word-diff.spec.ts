import fc from 'fast-check';
import { DiffPart, diffText } from './word-diff';

const rebuild = (parts: DiffPart[], side: 'removed' | 'added') =>
  parts.filter((p) => p.type === 'same' || p.type === side).map((p) => p.text).join('');

describe('diffText', () => {
  it('marks a changed word', () => {
    expect(diffText('De bewoners willen een moestuin.', 'De bewoners willen een speeltuin.')).toEqual({
      granularity: 'word',
      parts: [
        { type: 'same', text: 'De bewoners willen een ' },
        { type: 'removed', text: 'moestuin' },
        { type: 'added', text: 'speeltuin' },
        { type: 'same', text: '.' },
      ],
    });
  });

  it('shows a change of several words as one deletion and one insertion', () => {
    expect(diffText('We spraken met de oude raad.', 'We spraken met het nieuwe college.').parts).toEqual([
      { type: 'same', text: 'We spraken met ' },
      { type: 'removed', text: 'de oude raad' },
      { type: 'added', text: 'het nieuwe college' },
      { type: 'same', text: '.' },
    ]);
  });

  it('shows inserted and deleted words with their spaces', () => {
    expect(diffText('Wij zijn klaar.', 'Wij zijn nog niet klaar.').parts).toEqual([
      { type: 'same', text: 'Wij zijn ' },
      { type: 'added', text: 'nog niet ' },
      { type: 'same', text: 'klaar.' },
    ]);
    expect(diffText('Het plan, dat iedereen steunt, gaat door.', 'Het plan gaat door.').parts).toEqual([
      { type: 'same', text: 'Het plan' },
      { type: 'removed', text: ', dat iedereen steunt,' },
      { type: 'same', text: ' gaat door.' },
    ]);
  });

  it('keeps compound and hyphenated words whole', () => {
    expect(diffText('het bewonersinitiatief en e-mailadres', 'het buurtinitiatief en e-mailadres').parts).toEqual([
      { type: 'same', text: 'het ' },
      { type: 'removed', text: 'bewonersinitiatief' },
      { type: 'added', text: 'buurtinitiatief' },
      { type: 'same', text: ' en e-mailadres' },
    ]);
  });

  it('handles empty texts', () => {
    expect(diffText('', '')).toEqual({ granularity: 'word', parts: [] });
    expect(diffText('', 'Nieuw.').parts).toEqual([{ type: 'added', text: 'Nieuw.' }]);
    expect(diffText('Oud.', '').parts).toEqual([{ type: 'removed', text: 'Oud.' }]);
  });

  it('ignores the difference between \\r\\n and \\n', () => {
    expect(diffText('regel een\r\nregel twee', 'regel een\nregel twee').parts).toEqual([
      { type: 'same', text: 'regel een\nregel twee' },
    ]);
  });

  it('falls back to paragraphs, then to the whole text, when the work would be too large', () => {
    const before = 'Eerste alinea over de buurt.\n\nTweede alinea, oud.';
    const after = 'Eerste alinea over de buurt.\n\nTweede alinea, nieuw.\n\nDerde alinea.';
    expect(diffText(before, after, 5)).toEqual({
      granularity: 'paragraph',
      parts: [
        { type: 'same', text: 'Eerste alinea over de buurt.\n\n' },
        { type: 'removed', text: 'Tweede alinea, oud.' },
        { type: 'added', text: 'Tweede alinea, nieuw.\n\nDerde alinea.' },
      ],
    });
    expect(diffText('een twee', 'drie vier', 0)).toEqual({
      granularity: 'whole',
      parts: [
        { type: 'removed', text: 'een twee' },
        { type: 'added', text: 'drie vier' },
      ],
    });
  });

  it('diffs two completely different texts of 5,000 characters word by word, quickly', () => {
    const words = (seed: number) =>
      Array.from({ length: 900 }, (_, i) => ['bewoners', 'gemeente', 'plein', 'overleg', 'idee'][(i * seed) % 5] + (i % 7)).join(' ');
    const before = words(3).slice(0, 5000);
    const after = words(7).slice(0, 5000);
    const started = Date.now();
    const diff = diffText(before, after);
    expect(diff.granularity).toEqual('word');
    expect(Date.now() - started).toBeLessThan(1000);
    expect([rebuild(diff.parts, 'removed'), rebuild(diff.parts, 'added')]).toEqual([before, after]);
  });

  it('always rebuilds both texts from its parts, with no empty or repeated part types', () => {
    const text = fc
      .array(fc.constantFrom('de', 'buurt', 'wil', 'een', 'tuin', ' ', ' ', '\n', '\n\n', ',', '.', 'Bewoners'), { maxLength: 40 })
      .map((t) => t.join(''));
    fc.assert(
      fc.property(text, text, fc.constantFrom(0, 50, 4_000_000), (before, after, maxCells) => {
        const { parts } = diffText(before, after, maxCells);
        expect([rebuild(parts, 'removed'), rebuild(parts, 'added')]).toEqual([before, after]);
        expect(parts.every((p) => p.text !== '')).toEqual(true);
        expect(parts.every((p, i) => i === 0 || p.type !== parts[i - 1].type)).toEqual(true);
      }),
    );
  });
});
