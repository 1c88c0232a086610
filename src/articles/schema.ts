import { z } from 'astro/zod';
import { typesetPunctuation } from '../typography/punctuation.ts';
import { SEARCH_IGNORE_ATTRIBUTE } from '../search/shared/text-marks.ts';

/** What SEARCH_IGNORE_ATTRIBUTE was called in articles written before it had the archive's own name. */
const LEGACY_IGNORE_ATTRIBUTE = 'data-pagefind-ignore';

/** A calendar day as editors write it (2020-03-03), optionally with an ISO 8601 time and offset. */
const WRITTEN_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Front-matter keys an article may have; anything else is a typo and fails the build. */
const ARTICLE_FRONT_MATTER_KEYS = ['title', 'date', 'source', 'column', 'description'] as const;

/**
 * The date an editor wrote, as a Date; undefined unless it is a real calendar day
 * (2020-02-30 and 2020-13-45 are not). A bare day means midnight UTC, as YAML reads it.
 */
export function parseWrittenDate(written: string): Date | undefined {
  const match = WRITTEN_DATE.exec(written.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  const isRealDay =
    calendarDay.getUTCFullYear() === year &&
    calendarDay.getUTCMonth() === month - 1 &&
    calendarDay.getUTCDate() === day;
  if (!isRealDay) return undefined;
  const hasTime = written.trim().length > 10;
  const moment = hasTime ? new Date(written.trim().replace(' ', 'T').replace(/\s+/g, '')) : calendarDay;
  return Number.isNaN(moment.getTime()) ? undefined : moment;
}

/**
 * The raw text of a top-level scalar key in a Markdown file's YAML front matter, quotes removed.
 * YAML turns `date: 2020-13-45` into a rolled-over Date (2021-02-14), so the date is checked as written.
 */
export function writtenFrontMatterValue(fileText: string, key: string): string | undefined {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(fileText.replace(/^\uFEFF/, ''))?.[1];
  if (frontMatter === undefined) return undefined;
  const escapedKey = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const line = new RegExp(`^${escapedKey}[ \\t]*:[ \\t]*(.*)$`, 'm').exec(frontMatter)?.[1];
  if (line === undefined) return undefined;
  const value = line.replace(/\s+#.*$/, '').trim();
  const quoted = /^(['"])(.*)\1$/.exec(value);
  return quoted ? quoted[2] : value;
}

const dateMessage = 'date must be a real calendar day written YYYY-MM-DD, e.g. 2020-03-03';

/** Front matter of an article; unknown keys are rejected so typos cannot slip through. */
export const articleSchema = z.strictObject(
  {
    // Text fields are typeset for display (full-width punctuation in Chinese sentences) as they are read:
    // every page, the feed and the citation then show one form; the Markdown file keeps the source's.
    title: z
      .string({ error: 'title is missing: add a line such as "title: 目标不变，力度不减" to the front matter' })
      .trim()
      .min(1, 'title must not be empty')
      .transform(typesetPunctuation),
    date: z.preprocess(
      (value) => (typeof value === 'string' ? (parseWrittenDate(value) ?? value) : value),
      z
        .date({ error: (issue) => `${dateMessage} (found ${JSON.stringify(issue.input) ?? 'nothing'})` })
        .refine((date) => !Number.isNaN(date.getTime()), dateMessage)
        .refine((date) => date.getTime() <= Date.now(), 'date must not be in the future'),
    ),
    source: z
      .string({
        error: 'source is missing: add a line such as "source: 人民邮电报" (the newspaper or site) to the front matter',
      })
      .trim()
      .min(1, 'source must not be empty')
      .transform(typesetPunctuation),
    column: z.string().trim().min(1).transform(typesetPunctuation).optional(),
    description: z.string().trim().min(1).transform(typesetPunctuation).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown front-matter key ${issue.keys.map((key) => `"${key}"`).join(', ')}; allowed keys: ${ARTICLE_FRONT_MATTER_KEYS.join(', ')}`
        : undefined,
  },
);

/**
 * An article as the collection stores it: the front matter as the schema above reads it, and the lede that
 * lists show. Nothing of the text: the article page renders its file when it is built, so the store, which
 * Astro writes as one string, stays a few hundred characters an article whatever the archive's size.
 */
export const storedArticleSchema = z.object({
  title: z.string(),
  date: z.date(),
  source: z.string(),
  column: z.string().optional(),
  description: z.string().optional(),
  /** The description, else the first paragraph cut near 120 characters, typeset for display. */
  lede: z.string(),
});

/** Problems with an article's Markdown body that the front-matter schema cannot see, as messages naming the field. */
export function articleBodyProblems(body: string | undefined): string[] {
  const text = (body ?? '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^#{1,6}\s.*$/gm, '')
    .trim();
  const problems = text === '' ? ['body is empty: an article needs its text below the front matter'] : [];
  // The mark's earlier, Pagefind-style name: the search no longer knows it, so the note would be searched.
  if (text.includes(LEGACY_IGNORE_ATTRIBUTE)) {
    problems.push(`body: write ${SEARCH_IGNORE_ATTRIBUTE} where it says ${LEGACY_IGNORE_ATTRIBUTE} (editor's notes)`);
  }
  return problems;
}
