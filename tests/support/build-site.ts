import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The project root (where package.json lives). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Options of one build of the site. */
export interface SiteBuild {
  outDir: string;
  basePath?: string;
  contentDir?: string;
  siteUrl?: string;
  /** Further environment variables for the build, e.g. a stray BASE_URL that must not matter. */
  environment?: Readonly<Record<string, string>>;
}

/** What a build inherits from the test run's environment: enough to run, nothing that configures the site. */
const INHERITED_VARIABLES = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'CI'];

/** Output of a finished build. */
export interface BuildOutput {
  stdout: string;
  stderr: string;
}

/** Runs this project's real `astro build` with the Node that runs the tests; rejects with the build's output on failure. */
export async function buildSite(build: SiteBuild): Promise<BuildOutput> {
  const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
  // The test runner's own variables (Vitest sets BASE_URL, MODE, …) stay out of the build.
  const inherited = INHERITED_VARIABLES.flatMap((name) => {
    const value = process.env[name];
    return value === undefined ? [] : [[name, value] as const];
  });
  const environment: NodeJS.ProcessEnv = {
    ...Object.fromEntries(inherited),
    ...build.environment,
    ARCHIVE_OUT_DIR: build.outDir,
    ARCHIVE_CACHE_DIR: `${build.outDir}.cache`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (build.basePath) environment['BASE_PATH'] = build.basePath;
  if (build.contentDir) environment['ARCHIVE_CONTENT_DIR'] = build.contentDir;
  if (build.siteUrl) environment['SITE_URL'] = build.siteUrl;
  try {
    const { stdout, stderr } = await run(process.execPath, [astroBin, 'build'], {
      cwd: projectRoot,
      env: environment,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { stdout, stderr };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`astro build failed:\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`);
  }
}
