// `npm run serve` (and `npm start`, after building): serves the already built dist/ as it will be served,
// on PORT (default 4321), until stopped (Ctrl-C). Through nginx with the configuration the build wrote
// (_nginx.conf) when nginx is installed; else through a small Node server that answers as that
// configuration does where a reader can tell (/articles/x → /articles/x/, the site's own 404 pages).
import { hasNginx, serveWithNginx } from './nginx.ts';
import { serveWithNode } from './node-server.ts';

import { settings } from '../environment/settings.ts';

const { port, basePath } = settings;
const withNginx = hasNginx();
const site = withNginx
  ? await serveWithNginx('dist', { basePath, port })
  : await serveWithNode('dist', { basePath, port });
console.log(
  withNginx
    ? `Serving dist/ with nginx at ${site.url} (Ctrl-C to stop)`
    : `Serving dist/ with Node at ${site.url} (nginx is not installed: no compression or security headers; Ctrl-C to stop)`,
);
const stop = (): void => {
  void site.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
