// The archive's own astro.config.ts with one feature switched off (BENCH_VARIANT), so the benchmark can
// measure what each feature costs without touching the product. Used by `npm run bench -- --feature-costs N`.
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroUserConfig } from 'astro';
import archiveConfig from '../../astro.config.ts';
import type { FeatureVariant } from './feature-variants.ts';

const variant = (process.env['BENCH_VARIANT'] ?? 'full') as FeatureVariant;
const qrStub = fileURLToPath(new URL('./variant-qr-stub.ts', import.meta.url));

function variantConfig(): AstroUserConfig {
  const config: AstroUserConfig = { ...archiveConfig };
  const withoutIntegration = (name: string): NonNullable<AstroUserConfig['integrations']> =>
    (config.integrations ?? []).filter(
      (integration) =>
        !(integration && typeof integration === 'object' && 'name' in integration && integration.name === name),
    );
  switch (variant) {
    case 'no-search-index':
      return { ...config, integrations: withoutIntegration('search-index') };
    case 'no-section-anchors':
      return {
        ...config,
        markdown: {
          ...config.markdown,
          processor: satteri({ features: { headingAttributes: true, smartPunctuation: false } }),
        },
      };
    case 'no-traditional-edition':
      return { ...config, integrations: withoutIntegration('traditional-edition') };
    case 'no-csp': {
      const { security, ...rest } = config;
      // The server configuration copies each page's CSP into _headers: with no CSP it has nothing to write.
      return {
        ...rest,
        security: { ...security, csp: false },
        integrations: withoutIntegration('server-configuration'),
      };
    }
    case 'no-qr-code':
      return {
        ...config,
        vite: { ...config.vite, resolve: { alias: [{ find: /^.*\/articles\/qr-code\.ts$/, replacement: qrStub }] } },
      };
    default:
      return config;
  }
}

export default variantConfig();
