import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { articleBodyProblems, writtenFrontMatterValue } from './schema.ts';

/** `target` with one method replaced; every other member still works on the original object. */
function withOverride<T extends object, K extends keyof T>(target: T, key: K, replacement: T[K]): T {
  return new Proxy(target, {
    get(original, property) {
      if (property === key) return replacement;
      const value: unknown = Reflect.get(original, property, original);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(original) : value;
    },
  });
}

/**
 * Astro's glob loader, made strict: the build fails (before any page is written)
 * when two files get the same article id, when an article cannot be rendered
 * (e.g. a duplicate section id), when a date is not a real calendar day, or when
 * a body is empty. Every message names the file and the field.
 */
export function strictGlob(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name: 'strict-glob-loader',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const absolute = (filePath: string): string => (isAbsolute(filePath) ? filePath : resolve(root, filePath));
      const problems: string[] = [];
      const renderErrors: string[] = [];
      // The glob loader logs render failures and carries on; an archive must not publish such a page.
      const logger = withOverride(context.logger, 'error', (message: string): void => {
        renderErrors.push(message);
        context.logger.error(message);
      });
      // Two files with one id (a.md and A.md, or a.md and a.mdx) would silently overwrite each other.
      const fileOfId = new Map<string, string>();
      const store = withOverride(context.store, 'set', (entry: Parameters<LoaderContext['store']['set']>[0]) => {
        const earlier = fileOfId.get(entry.id);
        if (earlier !== undefined && entry.filePath !== undefined && earlier !== entry.filePath) {
          problems.push(
            `${absolute(entry.filePath)}: duplicate article id "${entry.id}", also used by ${absolute(earlier)}: rename one file`,
          );
        }
        if (entry.filePath !== undefined) fileOfId.set(entry.id, entry.filePath);
        return context.store.set(entry);
      });
      await inner.load({
        ...context,
        logger,
        store,
        // Astro's own duplicate-id check throws instead of warning with this setting.
        config: { ...context.config, prerenderConflictBehavior: 'error' },
        // YAML silently rolls 2020-13-45 over into 2021-02-14: validate the date as written. A file
        // that fails validation is noted and loading goes on, so the editor sees every problem at once.
        parseData: async (props) => {
          const file = props.filePath ? absolute(props.filePath) : `article "${props.id}"`;
          try {
            if (!props.filePath || !(props.data['date'] instanceof Date)) return await context.parseData(props);
            const writtenDate = writtenFrontMatterValue(await readFile(props.filePath, 'utf8'), 'date');
            const data = writtenDate === undefined ? props.data : { ...props.data, date: writtenDate };
            return await context.parseData({ ...props, data });
          } catch (error) {
            problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
            // Never published: the load fails below. The raw data only lets the other files load.
            return props.data as Awaited<ReturnType<typeof context.parseData<typeof props.data>>>;
          }
        },
      });
      problems.push(...renderErrors);
      for (const entry of context.store.values()) {
        const file = entry.filePath ? absolute(entry.filePath) : `article "${entry.id}"`;
        for (const problem of articleBodyProblems(entry.body)) problems.push(`${file}: ${problem}`);
        // A render failure cached by an earlier build is rendered again to report it.
        if (renderErrors.length === 0 && !entry.rendered && !entry.deferredRender && entry.filePath?.endsWith('.md')) {
          try {
            await context.renderMarkdown(entry.body ?? '', { fileURL: pathToFileURL(file) });
          } catch (error) {
            problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      }
      if (problems.length > 0) {
        throw new Error(`Invalid articles in collection "${context.collection}":\n- ${problems.join('\n- ')}`);
      }
    },
  };
}
