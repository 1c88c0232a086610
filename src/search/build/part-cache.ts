// Parts of the index that did not change are not rebuilt: each built part is kept in the build cache
// under a fingerprint of everything it is made from, and copied from there when a later build asks
// for the same fingerprint.
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import pMap from 'p-map';
import { linkOrCopy } from '../../integrations/derived-files.ts';

/** File a finished part's folder holds last, so that a build interrupted while writing is never reused. */
const COMPLETE_MARKER = '.complete';

/** A digest of strings, hex. */
function digest(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** The SHA-256 of one file's bytes, hex: how a page is recognised as unchanged. */
export function fileDigest(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A part's fingerprint: the stamp of the code that builds it (see code-stamp.ts), its key and, in order, each page's URL and content digest. */
export function partFingerprint(stamp: string, key: string, pages: readonly { url: string; digest: string }[]): string {
  return digest([stamp, key, ...pages.flatMap((page) => [page.url, page.digest])]).slice(0, 20);
}

/** Built parts kept between builds, one folder per key and fingerprint. */
export class PartCache {
  private readonly folder: string;

  /** `folder` is the cache's own folder (created when first written). */
  constructor(folder: string) {
    this.folder = folder;
  }

  private partPath(key: string, fingerprint: string): string {
    return join(this.folder, key, fingerprint);
  }

  /** The folder of a finished part with this key and fingerprint, if one was built before. */
  async find(key: string, fingerprint: string): Promise<string | undefined> {
    const folder = this.partPath(key, fingerprint);
    try {
      await stat(join(folder, COMPLETE_MARKER));
      return folder;
    } catch {
      return undefined;
    }
  }

  /**
   * Builds a part with `write` (into a fresh folder) and keeps it as the key's only cached version;
   * returns its folder.
   */
  async store(key: string, fingerprint: string, write: (folder: string) => Promise<void>): Promise<string> {
    const keyFolder = join(this.folder, key);
    const building = join(keyFolder, `${fingerprint}.building`);
    await rm(keyFolder, { recursive: true, force: true });
    await mkdir(building, { recursive: true });
    await write(building);
    await writeFile(join(building, COMPLETE_MARKER), '');
    const finished = this.partPath(key, fingerprint);
    await rename(building, finished);
    return finished;
  }

  /** Removes cached parts whose keys are no longer in the archive. */
  async keepOnly(keys: ReadonlySet<string>): Promise<void> {
    let present: string[] = [];
    try {
      present = await readdir(this.folder);
    } catch {
      return;
    }
    await Promise.all(
      present
        .filter((key) => !keys.has(key))
        .map((key) => rm(join(this.folder, key), { recursive: true, force: true })),
    );
  }
}

/**
 * Puts a part's files (without the cache's own marker) into `target`, replacing what was there: as hard links
 * (see ../../integrations/derived-files.ts), since copying the unchanged parts' files was most of the index
 * step of an incremental build.
 */
export async function copyPart(from: string, target: string): Promise<void> {
  await rm(target, { recursive: true, force: true });
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => join(entry.parentPath, entry.name));
  for (const folder of [from, ...folders]) await mkdir(join(target, relative(from, folder)), { recursive: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name !== COMPLETE_MARKER);
  await pMap(
    files,
    (entry) =>
      linkOrCopy(join(entry.parentPath, entry.name), join(target, relative(from, join(entry.parentPath, entry.name)))),
    { concurrency: 32 },
  );
}
