import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeStamp, moduleClosure, relativeImports } from '../../../src/integrations/code-stamp.ts';
import { projectRoot } from '../../support/build-site.ts';

describe('relativeImports', () => {
  it('finds static, type-only, re-exported, side-effect and dynamic imports of project modules, once each', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      "export { c } from './c.ts';",
      "import './d.ts';",
      "const e = await import('./e.ts');",
      'import { f } from "./a.ts";',
      "import { readFile } from 'node:fs/promises';",
      "import type { AstroIntegration } from 'astro';",
    ].join('\n');
    expect(relativeImports(source)).toEqual(['./a.ts', '../b.ts', './c.ts', './d.ts', './e.ts']);
  });
});

describe('moduleClosure', () => {
  it('follows the Traditional edition step into the conversion code it runs, and nowhere else', async () => {
    const modules = await moduleClosure(projectRoot, ['src/integrations/traditional-edition.ts']);
    for (const module of [
      'src/integrations/traditional-edition.ts',
      'src/editions/traditional-page.ts',
      'src/editions/traditional.ts',
      'src/editions/simplified-only.ts',
      'src/articles/qr-code.ts',
      'src/site.ts',
    ])
      expect(modules).toContain(module);
    expect(modules.filter((module) => module.startsWith('src/search/'))).toEqual([]);
  });
});

describe('codeStamp', () => {
  let root = '';
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'code-stamp-'));
    await mkdir(join(root, 'src'));
    await writeFile(join(root, 'src/step.ts'), "import { helper } from './helper.ts';\n");
    await writeFile(join(root, 'src/helper.ts'), 'export const helper = 1;\n');
    await writeFile(join(root, 'src/unrelated.ts'), 'export const other = 1;\n');
    await writeFile(join(root, 'package-lock.json'), '{}');
    await writeFile(join(root, 'words.txt'), '总台 總臺\n');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const stamp = (settings: unknown[] = []) =>
    codeStamp(root, { modules: ['src/step.ts'], dataFiles: ['words.txt'], settings });

  it('changes with an imported module, the lockfile, a data file or a setting, and with nothing else', async () => {
    const original = await stamp();
    expect(await stamp()).toBe(original);
    await writeFile(join(root, 'src/unrelated.ts'), 'export const other = 2;\n');
    expect(await stamp()).toBe(original);
    expect(await stamp(['https://example.org'])).not.toBe(original);
    await writeFile(join(root, 'src/helper.ts'), 'export const helper = 2;\n');
    const afterHelper = await stamp();
    expect(afterHelper).not.toBe(original);
    await writeFile(join(root, 'package-lock.json'), '{"v":2}');
    const afterLock = await stamp();
    expect(afterLock).not.toBe(afterHelper);
    await writeFile(join(root, 'words.txt'), '');
    expect(await stamp()).not.toBe(afterLock);
  });
});
