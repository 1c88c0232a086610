import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The headers the `_headers` file of a built site sends for every path under its base ("<base>*"), by lower-case name. */
export async function headersForAllPaths(siteDir: string): Promise<Map<string, string>> {
  const headers = new Map<string, string>();
  let inAllPaths = false;
  for (const line of (await readFile(join(siteDir, '_headers'), 'utf8')).split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAllPaths = line.trim().endsWith('/*');
      continue;
    }
    const separator = line.indexOf(':');
    if (inAllPaths && separator > 0) {
      headers.set(line.slice(0, separator).trim().toLowerCase(), line.slice(separator + 1).trim());
    }
  }
  return headers;
}
