import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** How two folders differ, by relative path ('/'-separated), each list sorted. */
export interface TreeDifferences {
  onlyInFirst: string[];
  onlyInSecond: string[];
  /** Files in both whose bytes differ. */
  differing: string[];
  /** Files compared (in either folder). */
  files: number;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Compares every file of two folders: which paths only one has, and which files have different bytes. */
export async function treeDifferences(first: string, second: string): Promise<TreeDifferences> {
  const [inFirst, inSecond] = await Promise.all([filesUnder(first), filesUnder(second)]);
  const secondSet = new Set(inSecond);
  const firstSet = new Set(inFirst);
  const differing: string[] = [];
  for (const path of inFirst.filter((file) => secondSet.has(file))) {
    const [a, b] = await Promise.all([readFile(join(first, path)), readFile(join(second, path))]);
    if (!a.equals(b)) differing.push(path);
  }
  return {
    onlyInFirst: inFirst.filter((file) => !secondSet.has(file)),
    onlyInSecond: inSecond.filter((file) => !firstSet.has(file)),
    differing,
    files: new Set([...inFirst, ...inSecond]).size,
  };
}
