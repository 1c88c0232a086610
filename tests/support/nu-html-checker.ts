// The W3C Nu HTML Checker (vnu.jar from the vnu-jar package), run with the system's Java over many files at
// once: one Java process for a whole build takes seconds, one per page would take minutes.
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** How to get Java, for the error a test run ends with when there is none. */
export const NO_JAVA_MESSAGE =
  'No `java` found for the Nu HTML Checker (vnu.jar). Install a Java runtime ' +
  '(Debian/Ubuntu: `sudo apt-get install default-jre-headless`).';

/** Whether a `java` command is on the PATH. */
export function hasJava(): boolean {
  return (process.env['PATH'] ?? '').split(delimiter).some((folder) => {
    if (folder === '') return false;
    try {
      accessSync(join(folder, 'java'), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const require = createRequire(import.meta.url);

/** The path of vnu.jar, which the vnu-jar package exports (as a String object). */
function vnuJar(): string {
  return String(require('vnu-jar'));
}

/** One message of the checker's JSON output (the fields the tests use). */
export interface NuMessage {
  /** "error", "info" (subType "warning" for warnings) or "non-document-error" (a file it could not read). */
  type: string;
  subType?: string;
  /** The checked document, a file: URL. */
  url?: string;
  message: string;
  /** Where the markup starts (firstLine only when it is not lastLine). */
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  extract?: string;
  hiliteStart?: number;
  hiliteLength?: number;
}

/** What one run of the checker saw: the files it read and every message it gave. */
export interface NuReport {
  checked: string[];
  messages: NuMessage[];
}

/**
 * Java options for a short run: the checker's own advice of a larger thread stack (its schema is deeply
 * recursive), and the quick (C1) compiler and serial collector only, which halve the CPU time of checking a
 * few dozen pages on a two-core machine, most of which goes to compiling the checker.
 */
const JAVA_OPTIONS = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** Runs the Nu HTML Checker over HTML files and folders of them, all in one Java process. */
export async function checkWithNu(paths: readonly string[]): Promise<NuReport> {
  if (!hasJava()) throw new Error(NO_JAVA_MESSAGE);
  if (paths.length === 0) return { checked: [], messages: [] };
  // --exit-zero-always: findings come back as JSON, and a non-zero exit is left for Java or the checker failing.
  // --verbose: the checker names each file it reads on stderr, so a caller can tell that none was skipped.
  const { stdout, stderr } = await run(
    'java',
    [
      ...JAVA_OPTIONS,
      '-jar',
      vnuJar(),
      '--format',
      'json',
      '--stdout',
      '--exit-zero-always',
      '--skip-non-html',
      '--verbose',
      ...paths,
    ],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  const { messages } = JSON.parse(stdout) as { messages: NuMessage[] };
  return {
    checked: stderr.split('\n').filter((line) => line !== ''),
    // With --verbose, --skip-non-html also reports each other file of a folder it skips (feeds, the search index,
    // the precompressed .br and .gz copies): what was asked for, not a finding about a page.
    messages: messages.filter((message) => !message.message.startsWith('File was not checked.')),
  };
}

/** The markup a message points at (its highlighted part of the extract). */
function highlighted(message: NuMessage): string {
  const { extract = '', hiliteStart = 0, hiliteLength = extract.length } = message;
  return extract.slice(hiliteStart, hiliteStart + hiliteLength);
}

/**
 * Warnings about the Content-Security-Policy that are wrong for this site, each for a known reason:
 * - A same-site script or stylesheet ("/_astro/…") "blocked" by 'self': the checker reads the pages as file: URLs,
 *   whose origin is opaque and matches no 'self'. Checked over HTTP, the same pages get no such warning; that the
 *   policy lets every resource load is tested in Chromium (quality-security.test.ts).
 * - A JSON-LD block taken for an inline script: <script type="application/ld+json"> is a data block, which
 *   browsers never run, so CSP does not apply to it (HTML, "prepare the script element").
 */
function isCheckerArtefact(message: NuMessage): boolean {
  if (
    /^Resource violates Content Security Policy \(meta tag\): external (script|stylesheet) “\/[^/]/.test(
      message.message,
    )
  ) {
    return true;
  }
  return (
    message.message.startsWith('Inline script violates Content Security Policy') &&
    /^<script type="application\/ld\+json">/.test(highlighted(message))
  );
}

/** What must be fixed, one line per message: file, line, column, kind, message and the markup it points at. */
export function nuProblems(messages: readonly NuMessage[]): string[] {
  // Errors, and warnings too, since each names something the markup could say better: the site has none but the
  // checker's artefacts above. Plain information messages (no subType) describe the document rather than fault it.
  return messages
    .filter((message) => message.type !== 'info' || message.subType === 'warning')
    .filter((message) => !isCheckerArtefact(message))
    .map((message) => {
      const file = message.url?.startsWith('file:') ? fileURLToPath(message.url) : (message.url ?? '');
      const kind = message.subType ?? message.type;
      return `${file}:${message.firstLine ?? message.lastLine ?? 0}:${message.firstColumn ?? 0} ${kind}: ${message.message} (${highlighted(message)})`;
    });
}
