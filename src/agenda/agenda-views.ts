import * as fs from 'node:fs';
import * as path from 'node:path';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { VIEWS_DIR } from '../common/views/view-engine';

// The site's Handlebars instance, the one hbs renders pages with.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hbs = require('hbs') as { registerPartial(name: string, source: string): void };

const PARTIALS = path.join(VIEWS_DIR, 'agenda', 'partials');

/**
 * The agenda's pages share pieces (the timeline, a block, a case) that would make one file too
 * long. They live beside the agenda views and are registered as "agenda-<name>" partials.
 */
@Injectable()
export class AgendaViews implements OnModuleInit {
  onModuleInit(): void {
    for (const file of fs.readdirSync(PARTIALS).filter((name) => name.endsWith('.hbs'))) {
      hbs.registerPartial(`agenda-${path.basename(file, '.hbs')}`, fs.readFileSync(path.join(PARTIALS, file), 'utf8'));
    }
  }
}
