// Splits a build's wall time into its steps from the lines it logged (build-log-tap.ts) and gives each step
// the memory samples taken while it ran (process-monitor.ts).
import type { TappedLine } from './build-log-tap.ts';
import type { MemorySample } from './process-monitor.ts';

/** One step of a build: Astro's own phases, then one per integration that logs when it is done. */
export interface BuildStep {
  name: string;
  seconds: number;
  /** Highest sum of resident memory over all build processes at one sample during the step, in bytes. */
  peakBytes: number;
  /** The process with the most resident memory at any sample of the step. */
  largestProcess?: { command: string; bytes: number };
}

/** A step's name and time span (epoch milliseconds). */
interface StepSpan {
  name: string;
  start: number;
  end: number;
}

const START_UP = 'start-up (config, content sync, types)';
const BUNDLING = 'bundling (Vite)';
const PAGES = 'page generation (Astro)';
const AFTER_PAGES = 'after page generation (Astro)';
/** Placeholder for the step that runs after an integration's line until the next one's: named when it logs. */
const NEXT_INTEGRATION = 'integrations';
const END = 'end of build (Astro)';

/** Tags of Astro's own log lines; any other `[tag]` after page generation is an integration reporting its step done. */
const ASTRO_TAGS = new Set(['build', 'vite', 'content', 'types', 'check', 'config', 'router', 'assets']);

/** The steps of one build (names and time spans) from the lines it logged. */
export function stepSpans(lines: TappedLine[], startedAt: number, endedAt: number): StepSpan[] {
  // Astro announces its phases when they start (`Building static entrypoints`, `generating static routes`,
  // `✓ Completed in` when the pages are written); the archive's after-build integrations (and the
  // baseline's Pagefind step) each log one line when they are done (`[search-index] indexed …`), so an
  // integration's step runs from the previous such line to its own. Consecutive spans of one name are
  // merged: an integration that logs several lines is one step.
  const spans: StepSpan[] = [];
  let current = { name: START_UP, start: startedAt };
  let pagesStarted = false;
  const close = (at: number, name: string, next: string): void => {
    spans.push({ name, start: current.start, end: Math.max(current.start, at) });
    current = { name: next, start: Math.max(current.start, at) };
  };
  for (const { at, text } of lines) {
    const message = text.replace(/^\d\d:\d\d:\d\d\s+/, '').trim();
    if (/^\[(WARN|ERROR)\]/.test(message)) continue;
    const tag = /^\[([^\]]+)\]/.exec(message)?.[1];
    if (!pagesStarted && /Building static entrypoints/.test(message)) close(at, current.name, BUNDLING);
    else if (!pagesStarted && /generating static routes/.test(message)) {
      pagesStarted = true;
      close(at, current.name, PAGES);
    } else if (current.name === PAGES && /✓ Completed in/.test(message)) close(at, PAGES, AFTER_PAGES);
    else if (current.name === AFTER_PAGES && tag === 'build' && /✓ Completed in/.test(message))
      close(at, AFTER_PAGES, NEXT_INTEGRATION);
    else if (pagesStarted && tag === 'build' && /page\(s\) built in/.test(message))
      close(at, current.name === NEXT_INTEGRATION ? END : current.name, END);
    else if (pagesStarted && tag !== undefined && !ASTRO_TAGS.has(tag) && current.name !== PAGES)
      close(at, tag, NEXT_INTEGRATION);
  }
  close(endedAt, current.name === NEXT_INTEGRATION ? END : current.name, END);
  const merged: StepSpan[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (span.end <= span.start && span.name !== START_UP) continue;
    if (last && last.name === span.name) last.end = span.end;
    else merged.push({ ...span });
  }
  return merged;
}

/** Each step's duration and the peaks of the memory samples taken while it ran. */
export function buildSteps(spans: StepSpan[], allSamples: MemorySample[]): BuildStep[] {
  // Samples taken when no build process was alive (before it started, after it ended) say nothing of a step.
  const samples = allSamples.filter((sample) => sample.totalBytes > 0);
  return spans.map((span) => {
    const within = samples.filter((sample) => sample.at >= span.start && sample.at <= span.end);
    // A step shorter than the sampling interval gets the last sample taken before it ended.
    const before = samples.filter((sample) => sample.at <= span.end).at(-1) ?? samples[0];
    const during = within.length > 0 ? within : before ? [before] : [];
    let peakBytes = 0;
    let largestProcess: BuildStep['largestProcess'];
    for (const sample of during) {
      peakBytes = Math.max(peakBytes, sample.totalBytes);
      if (sample.largest && sample.largest.bytes > (largestProcess?.bytes ?? 0)) largestProcess = { ...sample.largest };
    }
    return {
      name: span.name,
      seconds: (span.end - span.start) / 1000,
      peakBytes,
      ...(largestProcess ? { largestProcess } : {}),
    };
  });
}
