// npm run bench:visits — what a reader's browser downloads on the two real articles, step by step:
// a first article view, a first search, a second search in the same tab, and the same search after
// reloading the page. Measured over nginx with the configuration the build writes (precompressed
// files, caching by file kind) and, side by side, over the bench's plain Node server (gzip on the fly,
// no caching headers: what the site got before it shipped a server configuration).
//
// Options: --articles N  a synthetic archive of N articles (tests/bench/corpus.ts) instead of the two real
//                         ones, searched for 干部 (in about half the articles) and then 秘鲁 (about 5 %);
//          --reuse DIR    measure an existing build of the two real articles instead of building one.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveWithNginx } from '../../src/server/nginx.ts';
import { readSearchPage } from '../support/search-page.ts';
import { TELECOM } from '../fixtures/search-queries.ts';
import { generateCorpus } from './corpus.ts';
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

/** What a visit opens: an article, then two searches. */
interface Visit {
  articleId: string;
  firstQuery: string;
  secondQuery: string;
}

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
async function visit(
  browser: Browser,
  server: MeteredServer,
  { articleId, firstQuery, secondQuery }: Visit,
): Promise<Sent[]> {
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
    await step(() => page.goto(`${server.url}articles/${articleId}/`));
    await step(async () => {
      await page.goto(`${server.url}search/?q=${encodeURIComponent(firstQuery)}`);
      await readSearchPage(page);
    });
    await step(async () => {
      await page.fill('#page-search-input', secondQuery);
      await page.press('#page-search-input', 'Enter');
      await page.waitForFunction(
        (query) => document.querySelector('[data-search-status]')?.textContent?.includes(query),
        secondQuery,
      );
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

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const articles = Number(option('--articles') ?? 0);
const folder = join(projectRoot, '.bench', 'visits');
const siteDir = option('--reuse') ?? join(folder, articles > 0 ? `site-${articles}` : 'site');
let plan: Visit = { articleId: TELECOM, firstQuery: '广电', secondQuery: '网络' };
if (articles > 0) {
  const contentDir = join(folder, `content-${articles}`);
  const { sample } = await generateCorpus(contentDir, articles);
  plan = { articleId: sample[0]?.id ?? '', firstQuery: '干部', secondQuery: '秘鲁' };
  console.log(`building a synthetic archive of ${articles} articles…`);
  await buildSite({ outDir: siteDir, contentDir });
} else if (option('--reuse') === undefined) {
  await buildSite({ outDir: siteDir });
}
const STEPS = [
  'first article view',
  `first search (${plan.firstQuery})`,
  `second search in the same tab (${plan.secondQuery})`,
  'the same search after reloading',
];
const browser = await launchChromium();
const rows: string[][] = [];
try {
  const servers = [
    ['nginx with the build’s configuration', await nginxServer(siteDir)],
    ['plain server (gzip on the fly, no caching)', await plainServer(siteDir)],
  ] as const;
  const figures = [];
  for (const [, server] of servers) {
    figures.push(await visit(browser, server, plan));
    await server.close();
  }
  const [nginx = [], plain = []] = figures;
  const kB = (bytes: number | undefined): string => `${((bytes ?? 0) / 1000).toFixed(1)} kB`;
  for (const [index, name] of STEPS.entries()) {
    rows.push([name, kB(nginx[index]?.body), kB(nginx[index]?.withHeaders), kB(plain[index]?.body)]);
  }
  const firstSearch = nginx[1]?.body ?? 1;
  const site = articles > 0 ? `${articles} synthetic articles` : 'the two real articles';
  console.log(`\nBytes sent for each step on ${site}, ${servers[0][0]} vs ${servers[1][0]}:\n`);
  console.log('| step | nginx: bodies | nginx: with headers | plain server: bodies |\n| --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log(
    `\nSearch after a reload: ${(((nginx[3]?.body ?? 0) / firstSearch) * 100).toFixed(1)} % of a first search's bytes; ` +
      `second search in the tab: ${(((nginx[2]?.body ?? 0) / firstSearch) * 100).toFixed(1)} %.`,
  );
} finally {
  await browser.close();
}
