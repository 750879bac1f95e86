import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, run, USAGE } from './group-cases';
import { validateGroupingInput } from './validate-input';

describe('parseArgs', () => {
  it.each([
    [['--input', 'a.json'], { input: 'a.json', output: undefined }],
    [['--input=a.json', '--output=b.json'], { input: 'a.json', output: 'b.json' }],
    [['--output', 'b.json', '--input', 'a.json'], { input: 'a.json', output: 'b.json' }],
    [['--help'], { help: true }],
    [[], { error: '--input ontbreekt' }],
    [['--input'], { error: '--input heeft een bestandsnaam nodig' }],
    [['--input', '--output', 'b.json'], { error: '--input heeft een bestandsnaam nodig' }],
    [['--input', 'a', '--input', 'b'], { error: '--input is twee keer opgegeven' }],
    [['--inptu', 'a.json'], { error: 'Onbekend argument: --inptu' }],
    [['cases.json'], { error: 'Onbekend argument: cases.json' }],
  ])('reads %j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });
});

describe('validateGroupingInput', () => {
  it('accepts themes as names or objects, and cases with or without themes', () => {
    const input = {
      themes: ['wonen', { name: 'energie', description: 'warmte en stroom', keywords: ['zon'] }],
      cases: [{ id: 'a', title: 'T', text: 'x', themes: ['wonen'], author: 'ignored' }, { id: 'b', title: 'T', text: 'y' }],
    };
    expect(validateGroupingInput(input)).toEqual({ input: { themes: input.themes, cases: input.cases } });
  });

  it('says where the input is wrong', () => {
    const result = validateGroupingInput({
      themes: ['', { title: 'x' }, { name: 'zorg', keywords: 'ouderen' }],
      cases: [{ id: 'a', title: 1, text: 'x' }, { id: 'a', title: 't', text: 't', themes: 'wonen' }, 'casus', { id: '', title: 't' }],
    });
    expect(result).toEqual({
      problems: [
        'themes[0]: mag niet leeg zijn',
        'themes[1]: moet een naam zijn, of een object met "name" (en eventueel "description" en "keywords")',
        'themes[2].keywords: moet een lijst van teksten zijn',
        'cases[0].title: moet tekst zijn',
        'cases[1].id: "a" komt vaker voor; elk id mag maar één keer',
        'cases[1].themes: moet een lijst van teksten zijn',
        'cases[2]: moet een object zijn met id, title en text',
        'cases[3].id: moet een niet-lege tekst zijn',
        'cases[3].text: moet tekst zijn',
      ],
    });
  });

  it('needs an object with a list of cases', () => {
    expect(validateGroupingInput([])).toEqual({ problems: ['de invoer moet een JSON-object zijn met "cases" (en eventueel "themes")'] });
    expect(validateGroupingInput({ themes: 'wonen' })).toEqual({
      problems: ['themes: moet een lijst zijn', 'cases: moet een lijst van casussen zijn'],
    });
  });
});

describe('run', () => {
  let dir: string;
  let out: string[];
  let err: string[];
  const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) };
  const input = {
    themes: ['wonen', 'energie'],
    cases: [
      { id: 'a', title: 'Huurders en renovatie', text: 'De woningcorporatie renoveert de flats.', themes: ['wonen'] },
      { id: 'b', title: 'Zonnepanelen op de sporthal', text: 'De energiecoöperatie wil zonnepanelen leggen.' },
    ],
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'agenda-cli-'));
    out = [];
    err = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the grouping as pretty JSON to the output file', () => {
    writeFileSync(join(dir, 'cases.json'), JSON.stringify(input));
    const code = run(['--input', join(dir, 'cases.json'), '--output', join(dir, 'groups.json')], io);
    expect([code, out, err]).toEqual([0, [], []]);
    const written = readFileSync(join(dir, 'groups.json'), 'utf8');
    expect(written.endsWith('}\n')).toBe(true);
    expect(written).toContain('\n  "blocks": [');
    const result = JSON.parse(written) as { blocks: unknown[] };
    expect(result.blocks).toEqual([
      { label: 'wonen', theme: 'wonen', caseIds: ['a'] },
      { label: 'energie', theme: 'energie', caseIds: ['b'] },
    ]);
  });

  it('writes to standard output without --output', () => {
    writeFileSync(join(dir, 'cases.json'), JSON.stringify({ cases: input.cases }));
    expect(run([`--input=${join(dir, 'cases.json')}`], io)).toBe(0);
    const result = JSON.parse(out.join('')) as { assignments: { caseId: string }[] };
    expect(result.assignments.map((a) => a.caseId)).toEqual(['a', 'b']);
  });

  it('refuses a missing or wrong file with exit code 2 and a clear message', () => {
    expect(run(['--input', join(dir, 'missing.json')], io)).toBe(2);
    expect(err.join('')).toMatch(/^Kan het invoerbestand niet lezen: .*missing\.json/);

    err = [];
    writeFileSync(join(dir, 'bad.json'), '{"cases": [');
    expect(run(['--input', join(dir, 'bad.json')], io)).toBe(2);
    expect(err.join('')).toMatch(/^Het invoerbestand is geen geldige JSON: /);

    err = [];
    writeFileSync(join(dir, 'shape.json'), JSON.stringify({ cases: [{ id: 'a', title: 'T' }] }));
    expect(run(['--input', join(dir, 'shape.json')], io)).toBe(2);
    expect(err).toEqual(['De invoer klopt niet:\n- cases[0].text: moet tekst zijn\n']);
  });

  it('explains its use on --help and on wrong arguments', () => {
    expect(run(['--help'], io)).toBe(0);
    expect(out).toEqual([`${USAGE}\n`]);
    expect(run(['--verbose'], io)).toBe(2);
    expect(err).toEqual([`Onbekend argument: --verbose\n\n${USAGE}\n`]);
  });

  it('exits with 1 when the output cannot be written', () => {
    writeFileSync(join(dir, 'cases.json'), JSON.stringify(input));
    expect(run(['--input', join(dir, 'cases.json'), '--output', join(dir, 'no-such-dir', 'groups.json')], io)).toBe(1);
    expect(err.join('')).toMatch(/^Kan het uitvoerbestand niet schrijven: /);
  });
});
