// `npm run proofread -- [files] [--strict]`: the proofreading report of articles (every article of
// content/articles when no file is named). It exits non-zero only with --strict, and then only for what is
// unresolved: problems to fix, and defects kept as received in a section no editor's note explains.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, proofreadArticle } from './proofread/proofread.ts';

const USAGE = 'usage: npm run proofread -- [file.md…] [--strict]';

/** Where the command reads and reports (see ImportEnvironment). */
export interface ProofreadEnvironment {
  readonly articlesDir: string;
  readonly projectRoot: string;
  readonly cwd: string;
  readonly log: (line: string) => void;
  readonly error: (line: string) => void;
}

/** Runs the command; the exit code is 1 only with --strict and an unresolved finding (2 for bad arguments). */
export async function runProofread(args: readonly string[], environment: ProofreadEnvironment): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { strict: { type: 'boolean', default: false } },
    });
  } catch (error) {
    environment.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const files =
    parsed.positionals.length > 0
      ? parsed.positionals.map((file) => resolve(environment.cwd, file))
      : (await readdir(environment.articlesDir, { recursive: true }))
          .filter((name) => /\.mdx?$/.test(name))
          .sort()
          .map((name) => join(environment.articlesDir, name));
  let unresolved = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      environment.error(
        `${relative(environment.projectRoot, file)}: cannot be read (${error instanceof Error ? error.message : String(error)})`,
      );
      unresolved += 1;
      continue;
    }
    const report = proofreadArticle(text);
    unresolved += report.unresolved.length;
    environment.log(formatReport(relative(environment.projectRoot, file), report));
    environment.log('');
  }
  environment.log(
    `${files.length} files, ${unresolved} unresolved findings${parsed.values.strict ? '' : ' (run with --strict to fail on them)'}`,
  );
  return parsed.values.strict && unresolved > 0 ? 1 : 0;
}
