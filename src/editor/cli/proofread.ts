// `npm run proofread -- [files] [--strict]`: see src/editor/proofread-command.ts.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProofread } from '../proofread-command.ts';
import { settings } from '../../environment/settings.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const articlesDir = resolve(projectRoot, settings.contentDir);

process.exitCode = await runProofread(process.argv.slice(2), {
  articlesDir,
  projectRoot,
  cwd: settings.invocationFolder,
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
