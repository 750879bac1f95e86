import * as path from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { PROJECT_ROOT } from '../project-root';
import { viewHelpers } from './view-helpers';

// hbs carries its own copy of Handlebars; helpers and partials must go on that instance.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hbs = require('hbs') as {
  handlebars: { compile: (input: string, options?: Record<string, unknown>) => unknown };
  registerHelper(name: string, fn: (...args: never[]) => unknown): void;
  registerPartials(dir: string, options: { rename: (name: string) => string }, done: (error?: Error) => void): void;
};

export const VIEWS_DIR = path.join(PROJECT_ROOT, 'views');

let registered: Promise<void> | undefined;

/** Registers helpers and partials once per process; every app instance shares them. */
function registerOnce(): Promise<void> {
  registered ??= new Promise<void>((resolve, reject) => {
    for (const [name, fn] of Object.entries(viewHelpers)) hbs.registerHelper(name, fn);
    // Handlebars indents every line of a partial called on an indented line, also the text
    // inside a <textarea>: a case edited twice would gain spaces. hbs compiles without options,
    // so the option is set here, for every template and partial.
    const compile = hbs.handlebars.compile.bind(hbs.handlebars);
    hbs.handlebars.compile = (input, options) => compile(input, { preventIndent: true, ...options });
    // Keep partial names as their file names; hbs would turn dashes into underscores.
    const options = { rename: (name: string) => name };
    hbs.registerPartials(path.join(VIEWS_DIR, 'partials'), options, (error) => (error ? reject(error) : resolve()));
  });
  return registered;
}

export async function setUpViews(app: NestExpressApplication, cacheTemplates: boolean): Promise<void> {
  await registerOnce();
  app.setBaseViewsDir(VIEWS_DIR);
  app.setViewEngine('hbs');
  app.set('view options', { layout: 'layouts/main' });
  app.set('view cache', cacheTemplates);
}
