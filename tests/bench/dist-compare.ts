// Compares two built sites file by file (relative path and bytes), one folder at a time, so two sites of
// 100,000 articles can be compared without listing either whole.
import { opendir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** How one file differs between the two sites. */
type FileDifference = 'content' | 'only in the first' | 'only in the second';

/** What a comparison found. */
export interface TreeComparison {
  /** Files in either site. */
  files: number;
  identical: number;
  /** Files present in both with different bytes. */
  differentContent: number;
  onlyInFirst: number;
  onlyInSecond: number;
  /** The first differences in path order (at most `examples`). */
  examples: { path: string; difference: FileDifference }[];
}

/** Files compared at the same time. */
const FILES_IN_FLIGHT = 16;

interface Listing {
  files: Set<string>;
  folders: Set<string>;
}

async function list(folder: string): Promise<Listing> {
  const listing: Listing = { files: new Set(), folders: new Set() };
  try {
    for await (const entry of await opendir(folder)) {
      if (entry.isDirectory()) listing.folders.add(entry.name);
      else listing.files.add(entry.name);
    }
  } catch {
    // a folder only one side has: everything in it is missing on the other
  }
  return listing;
}

async function sameBytes(first: string, second: string): Promise<boolean> {
  const [firstInfo, secondInfo] = await Promise.all([stat(first), stat(second)]);
  if (firstInfo.size !== secondInfo.size) return false;
  const [a, b] = await Promise.all([readFile(first), readFile(second)]);
  return a.equals(b);
}

/** Compares the sites in `first` and `second` file by file; `examples` is how many differences to name. */
export async function compareTrees(first: string, second: string, examples = 10): Promise<TreeComparison> {
  const result: TreeComparison = {
    files: 0,
    identical: 0,
    differentContent: 0,
    onlyInFirst: 0,
    onlyInSecond: 0,
    examples: [],
  };
  const differences: { path: string; difference: FileDifference }[] = [];
  const note = (path: string, difference: FileDifference): void => {
    if (difference === 'content') result.differentContent += 1;
    else if (difference === 'only in the first') result.onlyInFirst += 1;
    else result.onlyInSecond += 1;
    differences.push({ path, difference });
    // Keep only the first few in path order, so memory stays small whatever the number of differences.
    if (differences.length > examples * 4) {
      differences.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      differences.length = examples;
    }
  };
  const walk = async (relative: string): Promise<void> => {
    const [a, b] = await Promise.all([list(join(first, relative)), list(join(second, relative))]);
    const names = [...new Set([...a.files, ...b.files])].sort();
    for (let start = 0; start < names.length; start += FILES_IN_FLIGHT) {
      await Promise.all(
        names.slice(start, start + FILES_IN_FLIGHT).map(async (name) => {
          const path = relative === '' ? name : `${relative}/${name}`;
          result.files += 1;
          if (!b.files.has(name)) note(path, 'only in the first');
          else if (!a.files.has(name)) note(path, 'only in the second');
          else if (await sameBytes(join(first, path), join(second, path))) result.identical += 1;
          else note(path, 'content');
        }),
      );
    }
    for (const folder of [...new Set([...a.folders, ...b.folders])].sort()) {
      await walk(relative === '' ? folder : `${relative}/${folder}`);
    }
  };
  await walk('');
  differences.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  result.examples = differences.slice(0, examples);
  return result;
}
