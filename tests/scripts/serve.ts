// `npm run serve`: serves the already built dist/ through nginx with the configuration the build wrote
// (_nginx.conf), exactly as it will be served, on PORT (default 4321), until stopped (Ctrl-C).
import { serveWithNginx } from '../support/nginx.ts';

const port = Number(process.env['PORT'] ?? 4321);
const site = await serveWithNginx('dist', { basePath: process.env['BASE_PATH'] ?? '/', port });
console.log(`Serving dist/ with nginx at ${site.url} (Ctrl-C to stop)`);
const stop = (): void => {
  void site.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
