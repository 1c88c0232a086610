import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { LOG_TAP_VARIABLE, readLogTap } from './build-log-tap.ts';
import { buildSteps, stepSpans, type BuildStep } from './build-steps.ts';
import { startMemoryMonitor, type MemoryPeak } from './process-monitor.ts';

const run = promisify(execFile);

/** The bare Astro + Pagefind site the archive is compared with. */
const baselineRoot = fileURLToPath(new URL('./baseline/', import.meta.url));

/** Timings and memory of one cold build (output and caches removed first). */
export interface BuildMeasurement {
  /** Wall time of the whole `astro build` process, in seconds. */
  totalSeconds: number;
  /** Time of the index steps, as logged by the integrations ("[name] indexed N pages in X s"), summed. */
  indexSeconds: number;
  /** Each logged index step: integration name and seconds. */
  indexSteps: { integration: string; seconds: number }[];
  /** Everything else: Astro's content sync, bundling, page rendering and other integrations. */
  astroSeconds: number;
  /** Pages Pagefind indexed. */
  indexedPages: number;
  memory: MemoryPeak;
  /** Astro's phases and each after-build integration, with its duration and peak memory (absent in runs before 2026-11-27). */
  steps?: BuildStep[];
  /** False for a build on top of the previous one's output and cache (the incremental case); absent means cold. */
  cold?: boolean;
  /** CPU time (user + system) of the build and every process it started, in seconds; over totalSeconds: cores used. */
  cpuSeconds?: number;
}

/** CPU seconds (user + system) of this process's finished children, from /proc (Linux); undefined elsewhere. */
function childrenCpuSeconds(): number | undefined {
  try {
    // Fields after the command name: state is 3rd; cutime and cstime are the 16th and 17th of the line.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? ticks / CLOCK_TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}

/** The kernel's clock tick for /proc times (USER_HZ: 100 on Linux on every common architecture). */
const CLOCK_TICKS_PER_SECOND = 100;

/** A build stopped by the bench because the machine was running out of memory. */
export class BuildOutOfMemory extends Error {
  /** Memory of the build's processes when it was stopped, in bytes. */
  readonly peakBytes: number;
  constructor(label: string, peakBytes: number, availableBytes: number, afterSeconds: number) {
    super(
      `${label} stopped after ${afterSeconds.toFixed(0)} s at ${(peakBytes / 2 ** 30).toFixed(1)} GiB: only ${(availableBytes / 2 ** 30).toFixed(1)} GiB of the machine's memory was left`,
    );
    this.peakBytes = peakBytes;
  }
}

/** How a build is run: cold (output and cache removed first, the default) or on top of the previous build. */
export interface BuildMode {
  cold?: boolean;
}

/**
 * Memory that must stay available to the machine while a build runs: below it the bench stops the build
 * (its own processes only) rather than let the kernel's out-of-memory killer pick a process of someone
 * else's on this shared machine.
 */
const MEMORY_RESERVE = 1.5 * 2 ** 30;

/** Called about once a second while a build runs. */
export type BuildProgress = (state: {
  elapsedSeconds: number;
  residentBytes: number;
  articlePagesWritten: number;
}) => void;

/** `[pagefind-index] indexed 23 pages in 0.23 s`, `[search-index] indexed 20 articles and … in 0.48 s`. */
const INDEXED = /\[([\w@/.-]+)\] indexed (\d+) (pages|files|articles)\b[^\n]*? in ([\d.]+) ?s\b/g;

/** Article folders written so far: on ext4 a folder's link count is 2 + its sub-folders, which costs one stat at 100,000 articles. */
function countArticlePages(outDir: string): number {
  try {
    const links = statSync(`${outDir}/articles`).nlink;
    return links > 2 ? links - 2 : readdirSync(`${outDir}/articles`).length;
  } catch {
    return 0;
  }
}

/** Environment that makes every Node process of a build tap its log lines into `tapFile` (see build-log-tap.ts). */
function tapEnvironment(tapFile: string, inherited = ''): Record<string, string> {
  const tapModule = pathToFileURL(fileURLToPath(new URL('./build-log-tap.ts', import.meta.url))).href;
  return { NODE_OPTIONS: `${inherited} --import=${tapModule}`.trim(), [LOG_TAP_VARIABLE]: tapFile };
}

async function measured(
  outDir: string,
  cacheDir: string,
  progress: BuildProgress,
  mode: BuildMode,
  build: (tapEnvironment: Record<string, string>) => Promise<{ stdout: string; stderr: string }>,
  label: string,
): Promise<BuildMeasurement> {
  const cold = mode.cold ?? true;
  if (cold) {
    await rm(outDir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  }
  const tapFolder = await mkdtemp(join(tmpdir(), 'bench-build-log-'));
  const tapFile = join(tapFolder, 'log.tsv');
  let stoppedForMemory: { availableBytes: number; totalBytes: number; afterSeconds: number } | undefined;
  const startedAt = Date.now();
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  const monitor = startMemoryMonitor(200, {
    belowBytes: MEMORY_RESERVE,
    onLowMemory: (state) => {
      stoppedForMemory = { ...state, afterSeconds: (performance.now() - started) / 1000 };
      // Only this build's own processes (children of the bench), by their ids.
      for (const pid of monitor.descendants()) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // it ended in the meantime
        }
      }
    },
  });
  const ticker = setInterval(() => {
    progress({
      elapsedSeconds: (performance.now() - started) / 1000,
      residentBytes: monitor.current(),
      articlePagesWritten: countArticlePages(outDir),
    });
  }, 1000);
  try {
    const output = await build(tapEnvironment(tapFile, process.env['NODE_OPTIONS']));
    const totalSeconds = (performance.now() - started) / 1000;
    const cpuAfter = childrenCpuSeconds();
    const endedAt = Date.now();
    const steps = [...`${output.stdout}\n${output.stderr}`.matchAll(INDEXED)];
    const indexSteps = steps.map((step) => ({ integration: step[1] ?? '', seconds: Number(step[4]) }));
    const indexSeconds = indexSteps.reduce((sum, step) => sum + step.seconds, 0);
    const pagefindStep = steps.find((step) => step[3] !== 'articles') ?? steps[0];
    const { samples, ...memory } = monitor.stop();
    return {
      totalSeconds,
      indexSeconds,
      indexSteps,
      astroSeconds: totalSeconds - indexSeconds,
      indexedPages: Number(pagefindStep?.[2] ?? 0),
      memory,
      steps: buildSteps(stepSpans(readLogTap(tapFile), startedAt, endedAt), samples),
      cold,
      ...(cpuBefore !== undefined && cpuAfter !== undefined ? { cpuSeconds: cpuAfter - cpuBefore } : {}),
    };
  } catch (error) {
    const { totalBytes } = monitor.stop();
    if (stoppedForMemory) {
      throw new BuildOutOfMemory(label, totalBytes, stoppedForMemory.availableBytes, stoppedForMemory.afterSeconds);
    }
    throw error;
  } finally {
    clearInterval(ticker);
    monitor.stop();
    await rm(tapFolder, { recursive: true, force: true });
  }
}

/** Builds `contentDir` with this project's real build (`buildSite`) into `outDir`, cold unless `{ cold: false }`. */
export function buildArchive(
  contentDir: string,
  outDir: string,
  progress: BuildProgress,
  mode: BuildMode = {},
): Promise<BuildMeasurement> {
  return measured(
    outDir,
    `${outDir}.cache`,
    progress,
    mode,
    (environment) => buildSite({ contentDir, outDir, environment }),
    'the archive build',
  );
}

/** Builds `contentDir` as the bare baseline (tests/bench/baseline) into `outDir`, with the same Node and Astro. */
export function buildBaseline(contentDir: string, outDir: string, progress: BuildProgress): Promise<BuildMeasurement> {
  const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
  return measured(
    outDir,
    `${outDir}.cache`,
    progress,
    {},
    async (tap) => {
      try {
        return await run(process.execPath, [astroBin, 'build', '--root', baselineRoot], {
          cwd: projectRoot,
          env: {
            ...process.env,
            ...tap,
            BENCH_CONTENT_DIR: contentDir,
            BENCH_OUT_DIR: outDir,
            BENCH_CACHE_DIR: `${outDir}.cache`,
            ASTRO_TELEMETRY_DISABLED: '1',
          },
          maxBuffer: 64 * 1024 * 1024,
        });
      } catch (error) {
        const failed = error as { stdout?: string; stderr?: string };
        throw new Error(`baseline build failed:\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`);
      }
    },
    'the baseline build',
  );
}

/** Builds `contentDir` with the archive's config minus one feature (tests/bench/variant.config.ts, BENCH_VARIANT). */
export function buildArchiveVariant(
  contentDir: string,
  outDir: string,
  variant: string,
  progress: BuildProgress,
): Promise<BuildMeasurement> {
  const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
  // Astro resolves --config against the project root and accepts only a relative path.
  const variantConfig = relative(projectRoot, fileURLToPath(new URL('./variant.config.ts', import.meta.url)));
  return measured(
    outDir,
    `${outDir}.cache`,
    progress,
    {},
    async (tap) => {
      try {
        return await run(process.execPath, [astroBin, 'build', '--config', variantConfig], {
          cwd: projectRoot,
          env: {
            ...process.env,
            ...tap,
            BENCH_VARIANT: variant,
            ARCHIVE_CONTENT_DIR: contentDir,
            ARCHIVE_OUT_DIR: outDir,
            ARCHIVE_CACHE_DIR: `${outDir}.cache`,
            ASTRO_TELEMETRY_DISABLED: '1',
          },
          maxBuffer: 64 * 1024 * 1024,
        });
      } catch (error) {
        const failed = error as { stdout?: string; stderr?: string };
        throw new Error(`variant build ${variant} failed:\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`);
      }
    },
    `the ${variant} variant build`,
  );
}
