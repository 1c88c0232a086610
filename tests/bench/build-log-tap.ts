// Loaded into every Node process of a measured build with `--import` (NODE_OPTIONS, see builds.ts): copies
// each line the process writes to stdout or stderr, with the millisecond it was written, into the file
// named by BENCH_LOG_TAP. Astro's own log stamps whole seconds only and buildSite() hands its output back
// only once the build is over, so this is how the bench learns which step ran at each memory sample.
import { openSync, readFileSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { isMainThread } from 'node:worker_threads';

/** Environment variable naming the tap file; without it, importing this module changes nothing. */
export const LOG_TAP_VARIABLE = 'BENCH_LOG_TAP';

/** One line a build process wrote, with the epoch milliseconds at which it was written. */
export interface TappedLine {
  at: number;
  text: string;
}

/** Astro's per-page listing (`├─ /articles/x/index.html (+3ms)`): no step starts there, and it runs to 300,000 lines. */
const PAGE_LINE = /^\s*[├└]─/;
// Terminal colour codes, should a build ever print them.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

function tap(file: string): void {
  const fd = openSync(file, 'a');
  for (const stream of [process.stdout, process.stderr]) {
    const decoder = new StringDecoder('utf8');
    let pending = '';
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((...args: unknown[]) => {
      const [chunk] = args;
      pending +=
        typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? decoder.write(Buffer.from(chunk)) : '';
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      const at = Date.now();
      for (const line of lines) {
        if (line.trim() !== '' && !PAGE_LINE.test(line)) writeSync(fd, `${at}\t${line.replace(ANSI, '')}\n`);
      }
      return write(...args);
    }) as typeof stream.write;
  }
}

// Worker threads' output reaches the main thread's streams, where it is tapped once.
const tapFile = process.env[LOG_TAP_VARIABLE];
if (tapFile && isMainThread) tap(tapFile);

/** The lines tapped into `file`, oldest first (none if the file does not exist). */
export function readLogTap(file: string): TappedLine[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .flatMap((line) => {
      const tab = line.indexOf('\t');
      const at = Number(line.slice(0, tab));
      return tab > 0 && Number.isFinite(at) ? [{ at, text: line.slice(tab + 1) }] : [];
    })
    .sort((a, b) => a.at - b.at);
}
