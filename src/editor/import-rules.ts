// The rules `npm run import` uses to find an article in the text of a saved page: lines of the site's chrome
// to drop, the separator between a title and its column, and the shapes of the date and source lines. They are
// data editors extend (content/import-rules.json, documented in docs/editing.md), checked here when read.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Where the rules file lives in the project. */
export const IMPORT_RULES_FILE = fileURLToPath(new URL('../../content/import-rules.json', import.meta.url));

/** Fields a date or source line can give. */
export interface PageMeta {
  date?: string | undefined;
  source?: string | undefined;
}

/** The rules, ready to apply. */
export interface ImportRules {
  /**
   * Whether a line is the site's chrome: one of the lines to drop, or starting like one of the
   * `dropLinesStartingWith` (compared with half- and full-width punctuation and spaces folded).
   */
  readonly isChrome: (line: string) => boolean;
  /** Title/column separators, e.g. `--` in 抗击疫情,广电在行动--防疫前沿. */
  readonly titleColumnSeparators: readonly string[];
  /**
   * The fields of a date or source line, or undefined if the line is no such line. With `atStart`, the line
   * may go on after the shape and a space (an HTML page's `2020-03-03 人民邮电报 【字体:大 中 小】`).
   */
  readonly metaOf: (line: string, atStart?: boolean) => PageMeta | undefined;
}

/** A line folded for comparison: NFKC (，→ , and full-width spaces) and runs of spaces as one. */
export function foldLine(line: string): string {
  return line.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** A calendar day as pages write it: 2020-02-08, 2020/2/8, 2020.02.08, 2020年2月8日, with an optional time after it. */
const DATE_PATTERN =
  '(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?:\\s*日|(?![日\\d]))(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?';
/** A source's name: up to 30 characters without spaces, sentence punctuation or brackets of page controls. */
const SOURCE_PATTERN = '([^\\s,，。;；!！?？【】|｜]{1,30})';
/** Half-width marks a template may write for either width. */
const EITHER_WIDTH: Readonly<Record<string, string>> = { ':': ':：', ',': ',，', '(': '(（', ')': ')）', '|': '|｜' };

/** A line template (`时间:{date} 来源:{source} 作者:{...}`) as a regular expression over a whole line. */
function templatePattern(template: string): { pattern: RegExp; atStart: RegExp; fields: ('date' | 'source')[] } {
  const fields: ('date' | 'source')[] = [];
  let pattern = '';
  for (const token of template.trim().split(/(\{date\}|\{source\}|\{\.\.\.\}|\s+)/)) {
    if (token === '') continue;
    if (token === '{...}') {
      pattern += '.*?';
    } else if (token === '{date}') {
      fields.push('date');
      pattern += DATE_PATTERN;
    } else if (token === '{source}') {
      fields.push('source');
      pattern += SOURCE_PATTERN;
    } else if (/^\s+$/.test(token)) {
      pattern += '\\s*';
    } else {
      for (const character of token) {
        const widths = EITHER_WIDTH[character];
        pattern += widths ? `\\s*[${widths}]\\s*` : character.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      }
    }
  }
  return {
    pattern: new RegExp(`^${pattern}$`, 'u'),
    atStart: new RegExp(`^${pattern}(?=[\\s\\u00a0\\u3000【|｜]|$)`, 'u'),
    fields,
  };
}

/** The day a date match names, written YYYY-MM-DD. */
function writtenDay(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A list of non-empty strings under `key` of the rules file, or a message naming the key. */
function stringList(rules: Record<string, unknown>, key: string): string[] {
  const value = rules[key];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) {
    throw new Error(`${IMPORT_RULES_FILE}: "${key}" must be a list of non-empty strings`);
  }
  return value as string[];
}

/** The rules from the rules file's parsed JSON; a malformed file stops with the key named. */
export function importRulesOf(json: unknown): ImportRules {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error(`${IMPORT_RULES_FILE} must hold an object (see docs/editing.md, "Import rules")`);
  }
  const rules = json as Record<string, unknown>;
  const known = new Set(['about', 'dropLines', 'dropLinesStartingWith', 'titleColumnSeparators', 'metaLines']);
  const unknown = Object.keys(rules).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new Error(`${IMPORT_RULES_FILE}: unknown key "${unknown.join('", "')}"; allowed: ${[...known].join(', ')}`);
  }
  const chrome = new Set(stringList(rules, 'dropLines').map(foldLine));
  const chromeStarts = (
    rules['dropLinesStartingWith'] === undefined ? [] : stringList(rules, 'dropLinesStartingWith')
  ).map(foldLine);
  const templates = stringList(rules, 'metaLines').map((template) => {
    const compiled = templatePattern(template);
    if (compiled.fields.length === 0) {
      throw new Error(`${IMPORT_RULES_FILE}: metaLines entry "${template}" has neither {date} nor {source}`);
    }
    return compiled;
  });
  return {
    isChrome: (line) => {
      const folded = foldLine(line);
      return chrome.has(folded) || chromeStarts.some((start) => folded.startsWith(start));
    },
    titleColumnSeparators: stringList(rules, 'titleColumnSeparators'),
    metaOf: (line, atStart = false) => {
      const trimmed = line.trim();
      for (const { pattern, atStart: startPattern, fields } of templates) {
        const match = (atStart ? startPattern : pattern).exec(trimmed);
        if (!match) continue;
        const meta: PageMeta = {};
        let group = 1;
        for (const field of fields) {
          if (field === 'date') {
            meta.date = writtenDay(match[group] ?? '', match[group + 1] ?? '', match[group + 2] ?? '');
            group += 3;
          } else {
            meta.source = match[group];
            group += 1;
          }
        }
        return meta;
      }
      return undefined;
    },
  };
}

/** The project's rules, read from content/import-rules.json. */
export async function loadImportRules(file: string = IMPORT_RULES_FILE): Promise<ImportRules> {
  const text = await readFile(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return importRulesOf(json);
}
