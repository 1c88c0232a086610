// npm run bench:visits — what a reader's browser downloads on the two real articles, step by step:
// a first article view, a first search, a second search in the same tab, and the same search after
// reloading the page. Measured over nginx with the configuration the build writes (precompressed
// files, caching by file kind) and, side by side, over the bench's plain Node server (gzip on the fly,
// no caching headers: what the site got before it shipped a server configuration).
//
// Options: --reuse DIR  measure an existing build instead of building into .bench/visits/site.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveWithNginx } from '../support/nginx.ts';
import { readSearchPage } from '../support/search-page.ts';
import { TELECOM } from '../fixtures/search-queries.ts';
import { startCountingServer } from './counting-server.ts';

/** Bytes a server sent: response bodies (as compressed on the wire), and everything with the headers. */
interface Sent {
  body: number;
  withHeaders: number;
}

/** A server for the measurement: its URL and what it sent since the last mark. */
interface MeteredServer {
  url: string;
  mark(): Promise<void>;
  sentSinceMark(): Promise<Sent>;
  close(): Promise<void>;
}

const STEPS = [
  'first article view',
  'first search (广电)',
  'second search in the same tab (网络)',
  'search after a reload',
];

async function nginxServer(siteDir: string): Promise<MeteredServer> {
  const logDir = await mkdtemp(join(tmpdir(), 'archive-visits-'));
  const log = join(logDir, 'access.log');
  const site = await serveWithNginx(siteDir, { accessLog: log });
  let markedAt: Sent = { body: 0, withHeaders: 0 };
  const total = async (): Promise<Sent> => {
    const lines = (await readFile(log, 'utf8').catch(() => '')).split('\n').filter((line) => line !== '');
    const column = (index: number): number => lines.reduce((sum, line) => sum + Number(line.split(' ')[index]), 0);
    return { body: column(2), withHeaders: column(3) };
  };
  return {
    url: site.url,
    mark: async () => {
      markedAt = await total();
    },
    sentSinceMark: async () => {
      const now = await total();
      return { body: now.body - markedAt.body, withHeaders: now.withHeaders - markedAt.withHeaders };
    },
    close: async () => {
      await site.close();
      await rm(logDir, { recursive: true, force: true });
    },
  };
}

async function plainServer(siteDir: string): Promise<MeteredServer> {
  const server = await startCountingServer(siteDir);
  return {
    url: server.url,
    mark: () => {
      server.reset();
      return Promise.resolve();
    },
    sentSinceMark: async () => {
      await server.waitForIdle();
      const body = server.responses().reduce((sum, response) => sum + response.bytes, 0);
      // This server sends a few short headers; only bodies are compared.
      return { body, withHeaders: Number.NaN };
    },
    close: () => server.close(),
  };
}

/** Runs the four steps in one fresh browser context; what the server sent for each. */
async function visit(browser: Browser, server: MeteredServer): Promise<Sent[]> {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  const bytes: Sent[] = [];
  const step = async (work: () => Promise<unknown>): Promise<void> => {
    await server.mark();
    await work();
    await page.waitForLoadState('networkidle');
    bytes.push(await server.sentSinceMark());
  };
  try {
    await step(() => page.goto(`${server.url}articles/${TELECOM}/`));
    await step(async () => {
      await page.goto(`${server.url}search/?q=${encodeURIComponent('广电')}`);
      await readSearchPage(page);
    });
    await step(async () => {
      await page.fill('#page-search-input', '网络');
      await page.press('#page-search-input', 'Enter');
      await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('网络'));
      await readSearchPage(page);
    });
    await step(async () => {
      await page.reload();
      await readSearchPage(page);
    });
  } finally {
    await context.close();
  }
  return bytes;
}

const reuseAt = process.argv.indexOf('--reuse');
const siteDir = reuseAt > 0 ? (process.argv[reuseAt + 1] ?? '') : join(projectRoot, '.bench', 'visits', 'site');
if (reuseAt <= 0) await buildSite({ outDir: siteDir });
const browser = await launchChromium();
const rows: string[][] = [];
try {
  const servers = [
    ['nginx with the build’s configuration', await nginxServer(siteDir)],
    ['plain server (gzip on the fly, no caching)', await plainServer(siteDir)],
  ] as const;
  const figures = [];
  for (const [, server] of servers) {
    figures.push(await visit(browser, server));
    await server.close();
  }
  const [nginx = [], plain = []] = figures;
  const kB = (bytes: number | undefined): string => `${((bytes ?? 0) / 1000).toFixed(1)} kB`;
  for (const [index, name] of STEPS.entries()) {
    rows.push([name, kB(nginx[index]?.body), kB(nginx[index]?.withHeaders), kB(plain[index]?.body)]);
  }
  const firstSearch = nginx[1]?.body ?? 1;
  console.log(`\nBytes sent for each step, ${servers[0][0]} vs ${servers[1][0]}:\n`);
  console.log('| step | nginx: bodies | nginx: with headers | plain server: bodies |\n| --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log(
    `\nSearch after a reload: ${(((nginx[3]?.body ?? 0) / firstSearch) * 100).toFixed(1)} % of a first search's bytes; ` +
      `second search in the tab: ${(((nginx[2]?.body ?? 0) / firstSearch) * 100).toFixed(1)} %.`,
  );
} finally {
  await browser.close();
}
