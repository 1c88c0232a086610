import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sharedPage } from '../support/browser.ts';
import { builtPages } from '../support/site-pages.ts';
import { toTraditional } from '../../src/editions/traditional.ts';

// No page renders a space between two Chinese characters, or next to full-width punctuation, that the text
// did not write: a line of a page's source wrapped inside a sentence (切换，\n并停留) renders as a space. The
// articles' own spaces stay (the 贵州 heading has one: 隔离病毒 但不隔离爱), in either script.

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');

/** Chinese characters and full-width punctuation: where a space is never a typesetting choice. */
const WIDE = '[\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff60“”‘’…—]';
/** A space (or no-break space) between two of them, in rendered text; tabs (table cells) and line breaks are not spaces. */
const SPACE_BETWEEN = new RegExp(`${WIDE}[ \\u00a0]+${WIDE}`, 'gu');

/** Every "X Y" the articles' sources write themselves, in both scripts. */
async function sourceSpaces(): Promise<Set<string>> {
  const folder = join('content', 'articles');
  const allowed = new Set<string>();
  for (const file of (await readdir(folder)).filter((name) => name.endsWith('.md'))) {
    const text = await readFile(join(folder, file), 'utf8');
    for (const match of text.matchAll(SPACE_BETWEEN)) {
      allowed.add(match[0]);
      allowed.add(toTraditional(match[0]));
    }
  }
  return allowed;
}

describe('spaces between Chinese characters', () => {
  it('appear on no built page, in either edition, unless the article wrote them', async () => {
    const allowed = await sourceSpaces();
    const pages = await builtPages(siteDir);
    expect(pages.length).toBeGreaterThan(16);
    const { page } = await sharedPage(siteUrl);
    const stray: string[] = [];
    for (const { path } of pages) {
      await page.goto(new URL(path, siteUrl).href);
      const text = await page.evaluate(() => document.body.innerText);
      for (const match of text.matchAll(SPACE_BETWEEN)) {
        if (!allowed.has(match[0])) stray.push(`${path}: ${text.slice(Math.max(0, match.index - 6), match.index + 8)}`);
      }
    }
    expect(stray).toEqual([]);
  });
});
