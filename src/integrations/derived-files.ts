// Outputs of an after-build step kept between builds in Astro's cacheDir, found by the hash of what they
// were made from. With experimental.incrementalBuild, Astro still empties outDir at the start of a build and
// copies the pages it skipped back from its own cache, so a step cannot tell an unchanged page by its file
// (its mtime is new): it hashes the page's bytes and copies its earlier output when the hash is known. The
// output is then byte for byte what converting the page again would write, because the step's code and data
// are part of the cache's stamp (./code-stamp.ts) and the cache is emptied whenever the stamp changes.
// An output is placed in the build as a hard link to the cached file, not a copy: copying every unchanged
// file of both editions, their compressed forms and the index parts was most of an incremental build of
// 10,000 articles. So a file of the build is never rewritten in place: a step that changes one replaces it
// (replaceFile), which leaves the cached file as it was.

import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The file in a cache folder that holds the stamp its entries were made with. */
const STAMP_FILE = 'stamp.txt';

/** A hash of `parts` (text or bytes, in order), naming an output in the cache. */
export function derivationKey(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(typeof part === 'string' ? `${part.length}:${part}` : `${part.length}:`);
    if (typeof part !== 'string') hash.update(part);
  }
  return hash.digest('base64url');
}

/** Places `source` at `target` as a hard link, or a copy where the two are on different file systems. */
export async function linkOrCopy(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      await rm(target, { force: true });
      await link(source, target);
    } else if (code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK') {
      await copyFile(source, target);
    } else {
      throw error;
    }
  }
}

/** Writes `text` to `file` as a new file that takes the old one's name: a linked file's other names keep their bytes. */
export async function replaceFile(file: string, text: string | Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}.replacing`;
  await writeFile(partial, text);
  await rename(partial, file);
}

/** One step's cache of outputs: files named by a derivation key and a suffix (`.gz`, `.html`, …). */
export class DerivedFiles {
  private readonly folder: string;
  private readonly used = new Set<string>();
  /** Numbers the partial files, so that two identical files stored at once do not share one. */
  private partials = 0;

  private constructor(folder: string) {
    this.folder = folder;
  }

  /** The cache in `folder` for outputs made under `stamp`; emptied when it was made under another. */
  static async open(folder: string, stamp: string): Promise<DerivedFiles> {
    const stampFile = join(folder, STAMP_FILE);
    const previous = await readFile(stampFile, 'utf8').catch(() => undefined);
    if (previous !== stamp) {
      await rm(folder, { recursive: true, force: true });
      await mkdir(folder, { recursive: true });
      await writeFile(stampFile, stamp);
    }
    return new DerivedFiles(folder);
  }

  private pathOf(key: string, suffix: string): string {
    return join(this.folder, key.slice(0, 2), `${key}${suffix}`);
  }

  /** Puts the output `key` + `suffix` at `target` (a link, see above); false (and nothing written) when the cache has none. */
  async copyTo(key: string, suffix: string, target: string): Promise<boolean> {
    try {
      await linkOrCopy(this.pathOf(key, suffix), target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
    this.used.add(`${key}${suffix}`);
    return true;
  }

  /** Puts the output `key` + `suffix` in place whole or not at all (`write` fills a partial file), so a killed build leaves no half file. */
  private async put(key: string, suffix: string, write: (partial: string) => Promise<void>): Promise<void> {
    const file = this.pathOf(key, suffix);
    await mkdir(dirname(file), { recursive: true });
    this.partials += 1;
    const partial = `${file}.${process.pid}-${this.partials}.partial`;
    await write(partial);
    await rename(partial, file);
    this.used.add(`${key}${suffix}`);
  }

  /** Keeps the build's `file` (written whole, never rewritten in place) as the output `key` + `suffix`, as a link. */
  keep(key: string, suffix: string, file: string): Promise<void> {
    return this.put(key, suffix, (partial) => linkOrCopy(file, partial));
  }

  /** Keeps `bytes` as the output `key` + `suffix`. */
  store(key: string, suffix: string, bytes: string | Uint8Array): Promise<void> {
    return this.put(key, suffix, (partial) => writeFile(partial, bytes));
  }

  /** Deletes every output this build neither copied nor stored, so the cache holds one build's outputs. */
  async pruneUnused(): Promise<number> {
    const entries = await readdir(this.folder, { recursive: true, withFileTypes: true });
    const unused = entries
      .filter((entry) => entry.isFile() && entry.parentPath !== this.folder && !this.used.has(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
    await Promise.all(unused.map((file) => rm(file, { force: true })));
    return unused.length;
  }
}
