import { dirname, join } from 'node:path';

type MarkedModule = typeof import('marked');

/*
 * marked is published as an ES module only. Node 20 (from 20.19) can `require` it, so the
 * built app loads it directly; Jest's CommonJS module system cannot, so under Jest the UMD
 * build that ships in the same package is loaded instead. Both are the same version of the
 * same code.
 */
export function loadMarked(): MarkedModule {
  try {
    return require('marked') as MarkedModule;
  } catch {
    const umd = join(dirname(require.resolve('marked/package.json')), 'lib', 'marked.umd.js');
    return require(umd) as MarkedModule;
  }
}
