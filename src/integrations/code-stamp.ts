// What an after-build step's output is made by: its own source and every project module it imports, the
// installed packages (package-lock.json) and any data files it reads. A step's cache of earlier outputs is
// valid only while this stamp is unchanged, so a change of code or dictionaries redoes every file.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

/** The relative module specifiers of a source text: static imports and re-exports, side-effect and dynamic imports. */
export function relativeImports(source: string): string[] {
  const specifiers = source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\1/g);
  return [...new Set([...specifiers].map((match) => match[2] ?? ''))];
}

/** `entries` (paths relative to `projectRoot`) and every project module they import, directly or not, sorted. */
export async function moduleClosure(projectRoot: string, entries: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const pending = entries.map((entry) => resolve(projectRoot, entry));
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (found.has(file)) continue;
    found.add(file);
    for (const specifier of relativeImports(await readFile(file, 'utf8'))) {
      pending.push(resolve(dirname(file), specifier));
    }
  }
  return [...found].map((file) => relative(projectRoot, file)).sort();
}

/**
 * A stamp of the code and data behind an after-build step: the closure of its `modules`, the lockfile, the
 * `dataFiles` it reads (all relative to `projectRoot`) and any `settings` that change its output.
 */
export async function codeStamp(
  projectRoot: string,
  inputs: { modules: readonly string[]; dataFiles?: readonly string[]; settings?: readonly unknown[] },
): Promise<string> {
  const files = [
    ...(await moduleClosure(projectRoot, inputs.modules)),
    'package-lock.json',
    ...(inputs.dataFiles ?? []),
  ];
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\n`);
    hash.update(await readFile(join(projectRoot, file)));
    hash.update('\n');
  }
  hash.update(JSON.stringify(inputs.settings ?? []));
  return hash.digest('base64url');
}
