import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from './build-site.ts';

/** The headers public/_headers sends for every path ("/*"), by lower-case name. */
export async function headersForAllPaths(file = join(projectRoot, 'public', '_headers')): Promise<Map<string, string>> {
  const headers = new Map<string, string>();
  let inAllPaths = false;
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAllPaths = line.trim() === '/*';
      continue;
    }
    const separator = line.indexOf(':');
    if (inAllPaths && separator > 0) {
      headers.set(line.slice(0, separator).trim().toLowerCase(), line.slice(separator + 1).trim());
    }
  }
  return headers;
}
