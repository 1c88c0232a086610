import { readdirSync, readFileSync } from 'node:fs';

/** Peak memory of this process's descendants while a monitor ran. */
export interface MemoryPeak {
  /** Highest sum of resident memory over all descendants at one sample, in bytes. */
  totalBytes: number;
  /** Highest resident memory of one descendant, with its command name. */
  largestProcess: { command: string; bytes: number };
}

const PAGE_SIZE = 4096;

function readProcess(pid: string): { parent: number; command: string; residentBytes: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command is in parentheses and may contain spaces; fields after it are space-separated.
    const closing = stat.lastIndexOf(')');
    const command = stat.slice(stat.indexOf('(') + 1, closing);
    const fields = stat.slice(closing + 2).split(' ');
    const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return { parent: Number(fields[1]), command, residentBytes: Number(statm[1]) * PAGE_SIZE };
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Resident memory of every live descendant of `rootPid`. */
function descendantsMemory(rootPid: number): { command: string; bytes: number }[] {
  const processes = new Map<number, { parent: number; command: string; residentBytes: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const info = readProcess(entry);
    if (info) processes.set(Number(entry), info);
  }
  const isDescendant = (pid: number): boolean => {
    let current = processes.get(pid)?.parent;
    for (let depth = 0; current !== undefined && depth < 64; depth += 1) {
      if (current === rootPid) return true;
      current = processes.get(current)?.parent;
    }
    return false;
  };
  return [...processes.entries()]
    .filter(([pid]) => isDescendant(pid))
    .map(([, info]) => ({ command: info.command, bytes: info.residentBytes }));
}

/** Samples the memory of this process's children every `intervalMs` until stopped; returns the peaks. */
export function startMemoryMonitor(intervalMs = 200): { current(): number; stop(): MemoryPeak } {
  const peak: MemoryPeak = { totalBytes: 0, largestProcess: { command: '', bytes: 0 } };
  let latestTotal = 0;
  const sample = (): void => {
    const processes = descendantsMemory(process.pid);
    latestTotal = processes.reduce((sum, info) => sum + info.bytes, 0);
    peak.totalBytes = Math.max(peak.totalBytes, latestTotal);
    for (const info of processes) if (info.bytes > peak.largestProcess.bytes) peak.largestProcess = { ...info };
  };
  const timer = setInterval(sample, intervalMs);
  return {
    current: () => latestTotal,
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
