import { join } from 'node:path';
import { projectRoot } from '../support/build-site.ts';

/** `text` formatted with the project's own Prettier settings, so the files the benchmarks write pass `prettier --check`. */
export async function formatLikeProject(text: string, parser = 'json'): Promise<string> {
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(join(projectRoot, 'package.json'))) ?? {};
  return prettier.format(text, { ...config, parser, plugins: [] });
}
