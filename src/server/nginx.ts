import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NGINX_CONF } from '../integrations/nginx-config.ts';

/** Where Debian puts nginx and its Brotli module. */
const NGINX_BINARY = '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const MIME_TYPES = '/etc/nginx/mime.types';

/** How to get nginx, for the error a run ends with when there is none. */
export const NO_NGINX_MESSAGE =
  'nginx with its Brotli module is needed to serve the built site. Install them ' +
  '(Debian/Ubuntu: `sudo apt-get install nginx libnginx-mod-http-brotli-static`).';

/** Whether nginx and the modules the site's configuration needs are installed. */
export function hasNginx(): boolean {
  return [NGINX_BINARY, BROTLI_MODULE, MIME_TYPES].every((path) => existsSync(path));
}

/** A site served by nginx: its URL (base path included) and how to stop the server. */
export interface ServedSite {
  url: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      answer(true);
    });
    socket.once('error', () => answer(false));
  });
}

/** Where and how to serve a built site. */
export interface NginxOptions {
  /** The site's base path (BASE_PATH of its build); default "/". */
  basePath?: string;
  /** Port to listen on; a free one if not given. */
  port?: number;
  /** A file to log, per response, the path, the status, the body bytes and all bytes sent (headers included). */
  accessLog?: string;
}

/**
 * Serves a built site with nginx and the configuration the build wrote (`_nginx.conf`), as an operator
 * would. Resolves once nginx accepts connections.
 */
export async function serveWithNginx(siteDir: string, options: NginxOptions = {}): Promise<ServedSite> {
  const basePath = options.basePath ?? '/';
  if (!hasNginx()) throw new Error(NO_NGINX_MESSAGE);
  const site = resolve(siteDir);
  if (!existsSync(join(site, NGINX_CONF))) throw new Error(`${site} has no ${NGINX_CONF}: build the site first`);
  const prefix = await mkdtemp(join(tmpdir(), 'archive-nginx-'));
  // A sub-path build is served from a root that holds it under its base path.
  const segments = basePath.split('/').filter((segment) => segment !== '');
  const root = segments.length === 0 ? site : join(prefix, 'www');
  if (segments.length > 0) {
    await mkdir(join(root, ...segments.slice(0, -1)), { recursive: true });
    await symlink(site, join(root, ...segments));
  }
  const listenPort = options.port ?? (await freePort());
  const temp = (name: string): string => `${name}_temp_path ${join(prefix, name)};`;
  await writeFile(
    join(prefix, 'nginx.conf'),
    [
      `load_module ${BROTLI_MODULE};`,
      // Run as whoever starts it; as root, nginx would otherwise hand the files to "nobody".
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      'daemon off;',
      `pid ${join(prefix, 'nginx.pid')};`,
      'error_log stderr warn;',
      'events { worker_connections 256; }',
      'http {',
      `  include ${MIME_TYPES};`,
      '  default_type application/octet-stream;',
      ...(options.accessLog
        ? ["  log_format sent '$uri $status $body_bytes_sent $bytes_sent';", `  access_log ${options.accessLog} sent;`]
        : ['  access_log off;']),
      '  sendfile on;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
      '  server {',
      `    listen 127.0.0.1:${listenPort};`,
      `    root ${root};`,
      `    include ${join(site, NGINX_CONF)};`,
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const nginx = spawn(NGINX_BINARY, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  nginx.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((done) => nginx.once('exit', () => done()));
  const started = Date.now();
  while (!(await acceptsConnections(listenPort))) {
    if (nginx.exitCode !== null || Date.now() - started > 10_000) {
      nginx.kill();
      throw new Error(`nginx did not start:\n${errors}`);
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
  return {
    url: `http://127.0.0.1:${listenPort}/${segments.map((segment) => `${segment}/`).join('')}`,
    close: async () => {
      // SIGQUIT: finish the responses under way, then stop.
      if (nginx.exitCode === null) nginx.kill('SIGQUIT');
      await exited;
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
