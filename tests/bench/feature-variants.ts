/** The archive feature each variant build leaves out (see tests/bench/variant.config.ts). */
export const FEATURE_VARIANTS = {
  full: 'nothing left out',
  'no-search-index': 'search-index integration (the search page’s own bigram Pagefind bundle)',
  'no-section-anchors': 'section-anchors hast plugin (heading/paragraph ids and self-links)',
  'no-csp': 'CSP with script/style hashes',
  'no-qr-code': 'inline QR code on every article',
  'no-traditional-edition': 'traditional-edition integration (the converted zh-hant/ copy of every page)',
} as const;

/** Names of the variants. */
export type FeatureVariant = keyof typeof FEATURE_VARIANTS;
