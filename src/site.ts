// The archive's one configuration: its name, language, time zone and page size. The words its pages and
// scripts show are in src/i18n/wording.ts. Imported by build-time code and by browser scripts alike, so
// it holds plain data only.
import { editionWording, siteWording, textSizeLabels } from './i18n/wording.ts';

/**
 * The archive's two script editions of every page: the Simplified original at the site's root and a
 * Traditional conversion of it under `pathPrefix` (same paths, ids and fragments otherwise). The
 * Traditional text is converted at build time with OpenCC's `tw` character standard (no vocabulary
 * substitution: the words stay the source's).
 */
export const editions = {
  simplified: {
    lang: 'zh-Hans',
    ogLocale: 'zh_CN',
    feedLanguage: 'zh-cn',
    pathPrefix: '',
    /** The name of the edition on the switch that leads to it. */
    label: editionWording.simplifiedLabel,
  },
  traditional: {
    lang: 'zh-Hant',
    ogLocale: 'zh_TW',
    feedLanguage: 'zh-tw',
    pathPrefix: 'zh-hant/',
    label: editionWording.traditionalLabel,
    /** The editor's note on every Traditional article (written here in Simplified; converted with the page). */
    note: editionWording.traditionalNote,
  },
} as const;

/** Who the archive is, which language it speaks and how it pages. */
export const site = {
  /** The archive's name, in titles, the header, the feed and Open Graph. */
  name: siteWording.name,
  /** One line saying what the archive is (feed description, footer). */
  tagline: siteWording.tagline,
  /** Language of the original (Simplified) pages: `<html lang>`, JSON-LD `inLanguage`, date formatting. */
  language: editions.simplified.lang,
  /** The newsroom's time zone: an article's calendar day and month are the ones in Beijing. */
  timeZone: 'Asia/Shanghai',
  /** Articles per page of the archive listing. */
  articlesPerPage: 20,
} as const;

/**
 * Text sizes a reader can choose (字号), each a share of the browser's own font size, so none is ever
 * smaller than the reader's setting; the first is the default. The choice is kept in localStorage under
 * `storageKey` and applied before the first paint (src/components/TextSizePreference.astro).
 */
export const textSizes = {
  storageKey: 'archive-text-size',
  choices: [
    { id: 'standard', label: textSizeLabels.standard, scale: 1 },
    { id: 'large', label: textSizeLabels.large, scale: 1.15 },
    { id: 'larger', label: textSizeLabels.larger, scale: 1.3 },
  ],
} as const;
