// `npm run import -- <file>… [--id <id>] [--force] [--encoding <name>]`: see src/editor/import-command.ts.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runImport } from '../import-command.ts';
import { settings } from '../../environment/settings.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const articlesDir = resolve(projectRoot, settings.contentDir);

process.exitCode = await runImport(process.argv.slice(2), {
  articlesDir,
  projectRoot,
  cwd: settings.invocationFolder,
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
