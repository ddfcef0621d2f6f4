// The element's TypeScript types and the properties they describe. A strict `tsc --noEmit`
// consumer (tests/fixtures/types/) uses every property, both events on the element and on
// document, and the element in React's JSX, Preact's JSX and the global JSX namespace; its
// `@ts-expect-error` lines are mistakes the types must reject. It is checked three times: with
// React 19's types, with Preact 10's, and in a project outside this repository with neither,
// as a page installing the npm package without them would be. What the properties do in the
// browser is tests/e2e/properties.test.mjs's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';


const TSC = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/types/', import.meta.url));
const TYPES = fileURLToPath(new URL('../../www/pingshan-infographic.d.ts', import.meta.url));

/**
 * Runs tsc on a project and fails with its report unless it finds nothing.
 * @param {string} project
 */
function typeCheck(project) {
  try {
    execFileSync(TSC, ['-p', project, '--pretty', 'false'], { encoding: 'utf8' });
  } catch (error) {
    const failure = /** @type {{ stdout: string, stderr: string }} */ (error);
    assert.fail(`tsc -p ${project} failed:\n${failure.stdout}${failure.stderr}`);
  }
}

test('a strict consumer with React 19 type-checks the properties, events and JSX', () => {
  typeCheck(FIXTURES);
});

test('issue 25: a strict consumer with Preact 10 type-checks the element in Preact\'s JSX', () => {
  typeCheck(join(FIXTURES, 'preact.tsconfig.json'));
});

test('the types need no React: a strict consumer without it type-checks, with the global JSX namespace', async () => {
  // Outside this repository, so that no node_modules above it holds @types/react; the types
  // are installed where and as the npm package puts them (tools/package.mjs).
  const project = await mkdtemp(join(tmpdir(), 'pingshan-types-'));
  try {
    const installed = join(project, 'node_modules', 'pingshan-infographic');
    await cp(TYPES, join(installed, 'pingshan-infographic.d.ts'));
    await writeFile(join(installed, 'package.json'), JSON.stringify({
      name: 'pingshan-infographic',
      type: 'module',
      types: './pingshan-infographic.d.ts',
      exports: { '.': { types: './pingshan-infographic.d.ts', default: './pingshan-infographic.js' } },
    }));
    await cp(join(FIXTURES, 'plain.tsconfig.json'), join(project, 'tsconfig.json'));
    for (const file of ['element.ts', 'global-jsx.tsx']) await cp(join(FIXTURES, file), join(project, file));
    typeCheck(project);
  } finally {
    await rm(project, { recursive: true, force: true });
  }
});
