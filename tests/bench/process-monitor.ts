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
function descendantsMemory(rootPid: number): { pid: number; command: string; bytes: number }[] {
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
    .map(([pid, info]) => ({ pid, command: info.command, bytes: info.residentBytes }));
}

/** Memory the kernel says can still be given to programs without swapping (`MemAvailable`), in bytes. */
function availableMemory(): number {
  try {
    const match = /^MemAvailable:\s+(\d+) kB/m.exec(readFileSync('/proc/meminfo', 'utf8'));
    return match ? Number(match[1]) * 1024 : Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** One sample: when it was taken (epoch ms), the sum over all descendants, and the largest of them. */
export interface MemorySample {
  at: number;
  totalBytes: number;
  largest?: { command: string; bytes: number };
}

/** What a monitor is told to do when the machine runs short of memory. */
export interface LowMemoryGuard {
  /** Called once, when the memory still available to programs falls below this many bytes. */
  belowBytes: number;
  onLowMemory(state: { availableBytes: number; totalBytes: number }): void;
}

/** A running monitor of this process's descendants. */
export interface MemoryMonitor {
  /** Sum of resident memory at the latest sample. */
  current(): number;
  /** Process ids of the descendants at the latest sample. */
  descendants(): number[];
  /** Stops sampling; returns the peaks and every sample taken. */
  stop(): MemoryPeak & { samples: MemorySample[] };
}

/** Samples the memory of this process's children every `intervalMs` until stopped, optionally guarding the machine's memory. */
export function startMemoryMonitor(intervalMs = 200, guard?: LowMemoryGuard): MemoryMonitor {
  const peak: MemoryPeak = { totalBytes: 0, largestProcess: { command: '', bytes: 0 } };
  const samples: MemorySample[] = [];
  let latestTotal = 0;
  let latestPids: number[] = [];
  let guarded = false;
  const sample = (): void => {
    const processes = descendantsMemory(process.pid);
    latestTotal = processes.reduce((sum, info) => sum + info.bytes, 0);
    latestPids = processes.map((info) => info.pid);
    peak.totalBytes = Math.max(peak.totalBytes, latestTotal);
    let largest: MemorySample['largest'];
    for (const info of processes) {
      if (info.bytes > (largest?.bytes ?? 0)) largest = { command: info.command, bytes: info.bytes };
      if (info.bytes > peak.largestProcess.bytes) peak.largestProcess = { command: info.command, bytes: info.bytes };
    }
    samples.push({ at: Date.now(), totalBytes: latestTotal, ...(largest ? { largest } : {}) });
    if (guard && !guarded && processes.length > 0) {
      const availableBytes = availableMemory();
      if (availableBytes < guard.belowBytes) {
        guarded = true;
        guard.onLowMemory({ availableBytes, totalBytes: latestTotal });
      }
    }
  };
  const timer = setInterval(sample, intervalMs);
  let stopped = false;
  return {
    current: () => latestTotal,
    descendants: () => latestPids,
    stop: () => {
      if (!stopped) {
        stopped = true;
        clearInterval(timer);
        sample();
      }
      return { ...peak, samples };
    },
  };
}
