import { parse, YAMLParseError } from 'yaml';

/** Front matter read from YAML, or the one line that says why it could not be read. */
export type FrontMatterReading = { data: Record<string, unknown> } | { problem: string };

/** `key: value` at the top level, the value unquoted and holding `: ` (YAML reads that as a nested mapping). */
const UNQUOTED_COLON_VALUE = /^([A-Za-z_][\w-]*):[ \t]+([^'"\s[{>|&*!#][^\n]*?:[ \t][^\n]*)$/gm;

/** Quotes a YAML scalar as a double-quoted string. */
function quoted(value: string): string {
  return JSON.stringify(value.trim());
}

/** The file line of a YAML error, if it has one (the front matter starts on the file's line 2). */
function position(error: unknown): string {
  if (error instanceof YAMLParseError && error.linePos) return ` (line ${error.linePos[0].line + 1})`;
  return '';
}

/** What a YAML error says, without its own position and source excerpt. */
function reason(error: unknown): string {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return message.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Reads an article's front matter. Dates stay as written (YAML 1.2 core schema: `2020-02-30` is a string, not a
 * rolled-over Date), so the schema checks them as the editor wrote them. Chinese headlines often hold a
 * half-width colon (`title: 专访: 5G时代的复工`), which YAML rejects: such a line is read as the whole text after
 * its key.
 */
export function readFrontMatter(yaml: string): FrontMatterReading {
  const attempt = (text: string): FrontMatterReading => {
    const data: unknown = parse(text, { schema: 'core', uniqueKeys: true });
    if (data === null || data === undefined) return { data: {} };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { problem: 'front matter must be "key: value" lines (title, date, source …)' };
    }
    return { data: data as Record<string, unknown> };
  };
  try {
    return attempt(yaml);
  } catch (error) {
    const lenient = yaml.replace(
      UNQUOTED_COLON_VALUE,
      (_line, key: string, value: string) => `${key}: ${quoted(value)}`,
    );
    if (lenient !== yaml) {
      try {
        return attempt(lenient);
      } catch {
        // Report the original problem below.
      }
    }
    const hint = /^[^:\n]*:[^\n]*(?::\s|\s#)/m.test(yaml)
      ? '; put a value holding ": " or " #" in double quotes, e.g. title: "专访: 5G时代的复工"'
      : '';
    return { problem: `front matter is not valid YAML${position(error)}: ${reason(error)}${hint}` };
  }
}
