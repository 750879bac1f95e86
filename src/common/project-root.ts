import * as path from 'node:path';

/** The project folder, from src/common (ts-jest) or dist/common (the build) alike. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
