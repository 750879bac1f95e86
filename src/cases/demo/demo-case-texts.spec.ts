import { checkCaseText } from '../domain/case-privacy';
import { CASE_LIMITS, missingForSubmit } from '../domain/case-fields';
import { DEMO_CASES, DEMO_THEMES } from './demo-case-texts';

describe('the demo cases', () => {
  it('name no resident: the privacy guard finds nothing in them', () => {
    expect(DEMO_CASES.flatMap((c) => checkCaseText(c.text).map((f) => `${c.text.title}: ${f.match}`))).toEqual([]);
  });

  it('fit the form: lengths, known themes, and complete unless a draft', () => {
    const themes = new Set(DEMO_THEMES.map((t) => t.name));
    for (const c of DEMO_CASES) {
      const tooLong = Object.entries(c.text).filter(([field, value]) => value.length > CASE_LIMITS[field as keyof typeof CASE_LIMITS]);
      const missing = c.status === 'draft' ? {} : missingForSubmit(c.text, c.themes.map((_, i) => i));
      expect({ title: c.text.title, tooLong, missing, unknown: c.themes.filter((t) => !themes.has(t)) }).toEqual({ title: c.text.title, tooLong: [], missing: {}, unknown: [] });
    }
  });

  it('have about twelve authors with one draft and one withdrawn case', () => {
    expect(new Set(DEMO_CASES.map((c) => c.author.email)).size).toEqual(12);
    expect(DEMO_CASES.map((c) => c.status).sort()).toEqual([...Array(10).fill('submitted'), 'draft', 'withdrawn'].sort());
  });
});
