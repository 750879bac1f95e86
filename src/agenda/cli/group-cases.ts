import { readFileSync, writeFileSync } from 'node:fs';
import { groupCases } from '../grouping/group-cases';
import { validateGroupingInput } from './validate-input';

/**
 * Proposes theme blocks for a file of cases, without starting the portal:
 *
 *   node dist/agenda/cli/group-cases.js --input cases.json [--output groups.json]
 *
 * Exit codes: 0 done, 2 wrong arguments or input (with a message saying what), 1 the output
 * could not be written.
 */

export interface CliIo {
  readFile(path: string): string;
  writeFile(path: string, content: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const USAGE = [
  'Gebruik: node dist/agenda/cli/group-cases.js --input casussen.json [--output blokken.json]',
  '',
  'Invoer:  {"themes": [...] (optioneel), "cases": [{"id", "title", "text", "themes" (optioneel)}]}',
  'Uitvoer: {"blocks": [{"label", "theme", "caseIds"}], "assignments": [{"caseId", "theme", "confidence", "because"}]}',
  'Zonder --output komt het resultaat op de standaarduitvoer.',
].join('\n');

const nodeIo: CliIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, content) => writeFileSync(path, content, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs the command; `io` replaces any of file and console access (the tests capture output). */
export function run(argv: string[], overrides: Partial<CliIo> = {}): number {
  const io: CliIo = { ...nodeIo, ...overrides };
  const args = parseArgs(argv);
  if ('help' in args) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if ('error' in args) return fail(io, `${args.error}\n\n${USAGE}`);

  let raw: string;
  try {
    raw = io.readFile(args.input);
  } catch (error) {
    return fail(io, `Kan het invoerbestand niet lezen: ${args.input} (${reason(error)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return fail(io, `Het invoerbestand is geen geldige JSON: ${reason(error)}`);
  }
  const checked = validateGroupingInput(parsed);
  if ('problems' in checked) return fail(io, `De invoer klopt niet:\n${checked.problems.map((p) => `- ${p}`).join('\n')}`);

  const output = `${JSON.stringify(groupCases(checked.input), null, 2)}\n`;
  if (!args.output) {
    io.stdout(output);
    return 0;
  }
  try {
    io.writeFile(args.output, output);
  } catch (error) {
    io.stderr(`Kan het uitvoerbestand niet schrijven: ${args.output} (${reason(error)})\n`);
    return 1;
  }
  return 0;
}

type Args = { input: string; output?: string } | { help: true } | { error: string };

export function parseArgs(argv: string[]): Args {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    const [name, inline] = arg.startsWith('--') ? splitOnce(arg.slice(2)) : [undefined, undefined];
    if (name !== 'input' && name !== 'output') return { error: `Onbekend argument: ${arg}` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      return { error: `--${name} heeft een bestandsnaam nodig` };
    }
    if (values[name] !== undefined) return { error: `--${name} is twee keer opgegeven` };
    values[name] = value;
  }
  if (values.input === undefined) return { error: '--input ontbreekt' };
  return { input: values.input, output: values.output };
}

function splitOnce(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  return at < 0 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}

function fail(io: CliIo, message: string): number {
  io.stderr(`${message}\n`);
  return 2;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

if (require.main === module) process.exitCode = run(process.argv.slice(2));
