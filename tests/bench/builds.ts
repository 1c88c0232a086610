import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildSite, projectRoot } from '../support/build-site.ts';
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
}

/** Called about once a second while a build runs. */
export type BuildProgress = (state: {
  elapsedSeconds: number;
  residentBytes: number;
  articlePagesWritten: number;
}) => void;

/** `[pagefind-index] indexed 23 pages in 0.23 s`, `[search-index] indexed 20 articles and … in 0.48 s`. */
const INDEXED = /\[([\w@/.-]+)\] indexed (\d+) (pages|files|articles)\b[^\n]*? in ([\d.]+) ?s\b/g;

function countArticlePages(outDir: string): number {
  try {
    return readdirSync(`${outDir}/articles`).length;
  } catch {
    return 0;
  }
}

async function measured(
  outDir: string,
  cacheDir: string,
  progress: BuildProgress,
  build: () => Promise<{ stdout: string; stderr: string }>,
): Promise<BuildMeasurement> {
  await rm(outDir, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
  const monitor = startMemoryMonitor();
  const started = performance.now();
  const ticker = setInterval(() => {
    progress({
      elapsedSeconds: (performance.now() - started) / 1000,
      residentBytes: monitor.current(),
      articlePagesWritten: countArticlePages(outDir),
    });
  }, 1000);
  try {
    const output = await build();
    const totalSeconds = (performance.now() - started) / 1000;
    const steps = [...`${output.stdout}\n${output.stderr}`.matchAll(INDEXED)];
    const indexSteps = steps.map((step) => ({ integration: step[1] ?? '', seconds: Number(step[4]) }));
    const indexSeconds = indexSteps.reduce((sum, step) => sum + step.seconds, 0);
    const pagefindStep = steps.find((step) => step[3] !== 'articles') ?? steps[0];
    return {
      totalSeconds,
      indexSeconds,
      indexSteps,
      astroSeconds: totalSeconds - indexSeconds,
      indexedPages: Number(pagefindStep?.[2] ?? 0),
      memory: monitor.stop(),
    };
  } finally {
    clearInterval(ticker);
    monitor.stop();
  }
}

/** Builds `contentDir` with this project's real build (`buildSite`) into `outDir`. */
export function buildArchive(contentDir: string, outDir: string, progress: BuildProgress): Promise<BuildMeasurement> {
  return measured(outDir, `${outDir}.cache`, progress, () => buildSite({ contentDir, outDir }));
}

/** Builds `contentDir` as the bare baseline (tests/bench/baseline) into `outDir`, with the same Node and Astro. */
export function buildBaseline(contentDir: string, outDir: string, progress: BuildProgress): Promise<BuildMeasurement> {
  const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
  return measured(outDir, `${outDir}.cache`, progress, async () => {
    try {
      return await run(process.execPath, [astroBin, 'build', '--root', baselineRoot], {
        cwd: projectRoot,
        env: {
          ...process.env,
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
  });
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
  return measured(outDir, `${outDir}.cache`, progress, async () => {
    try {
      return await run(process.execPath, [astroBin, 'build', '--config', variantConfig], {
        cwd: projectRoot,
        env: {
          ...process.env,
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
  });
}
