// The Traditional copy of a built Simplified file (page, feed, citation): every text converted with
// toTraditional(), links to pages and feeds moved into the Traditional edition, and the metadata that
// names the edition turned round. The page is read with htmlparser2's tokenizer (../built-html/tags.ts),
// as the browser reads it, and every byte the copy does not change is left as it was: scripts and styles keep
// their CSP hashes, elements their ids, so every fragment of a shared link exists in both editions.
import { qrCodeSvg } from '../articles/qr-code.ts';
import { editions } from '../site.ts';
import { baseWithSlash } from '../base-path.ts';
import { readHead, readTags, withChangedAttributes, type StartTag } from '../built-html/tags.ts';
import { simplifiedPath, traditionalPath } from './edition-paths.ts';
import { simplifiedOnlyCharacters, type SimplifiedOnlyCharacter } from './simplified-only.ts';
import { ARCHIVED_TEXT_ATTRIBUTE, INTERFACE_ATTRIBUTES, taiwanInterfaceWording } from './interface-wording.ts';
import { toTraditional } from './traditional.ts';

/** Where the site is published: its origin (SITE_URL, no trailing slash) and its base path. */
export interface PublishedAt {
  origin: string;
  base: string;
}

const { simplified, traditional } = editions;
/** Attribute values that name an edition, and their counterparts. */
const EDITION_VALUES: ReadonlyMap<string, string> = new Map([
  [simplified.lang, traditional.lang],
  [traditional.lang, simplified.lang],
  [simplified.ogLocale, traditional.ogLocale],
  [traditional.ogLocale, simplified.ogLocale],
]);
/** Site paths (after the base) that have a copy in each edition: pages, the feed, citation files. */
const EDITION_PATH = /^(?:|[^?#]*\/|rss\.xml|articles\/[^/]+\/citation\.(?:ris|bib))(?:[?#].*)?$/;
/** Shared files: one copy serves both editions. */
const SHARED_PATH = /^(?:_astro|search-index)\//;
/** Punctuation that may follow a URL in running text without belonging to it. */
const TRAILING_PUNCTUATION = /[.,;:!?。，；：！？）)]+$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The Traditional counterpart of a site path (base included) if it has one; else the path unchanged. */
function traditionalSitePath(path: string, base: string): string {
  const root = baseWithSlash(base);
  if (!path.startsWith(root)) return path;
  const rest = path.slice(root.length);
  if (SHARED_PATH.test(rest) || !EDITION_PATH.test(rest)) return path;
  return traditionalPath(path, base);
}

/** Absolute URLs of the site in `text` moved to their Traditional counterparts. */
function withTraditionalUrls(text: string, at: PublishedAt): string {
  const prefix = `${at.origin}${baseWithSlash(at.base)}`;
  const pattern = new RegExp(`${escapeRegExp(prefix)}[^\\s"'<>\\\\]*`, 'g');
  return text.replace(pattern, (url) => {
    const trailing = TRAILING_PUNCTUATION.exec(url)?.[0] ?? '';
    const bare = url.slice(0, url.length - trailing.length);
    return `${at.origin}${traditionalSitePath(bare.slice(at.origin.length), at.base)}${trailing}`;
  });
}

/** JSON-LD of the Traditional page: converted, its links moved, its `inLanguage` the edition's. */
function traditionalJsonLd(json: string, at: PublishedAt): string {
  return withTraditionalUrls(toTraditional(json), at).replaceAll(
    `"inLanguage":"${simplified.lang}"`,
    `"inLanguage":"${traditional.lang}"`,
  );
}

/** The Traditional counterpart of an absolute URL of the site, if it has one; else the URL unchanged. */
export function traditionalUrl(url: string, at: PublishedAt): string {
  return url.startsWith(at.origin) ? `${at.origin}${traditionalSitePath(url.slice(at.origin.length), at.base)}` : url;
}

/**
 * An attribute value of the Traditional page: converted, its links moved, edition names turned round; the
 * interface's labels and messages (outside the archived text) in Taiwan's words.
 */
function traditionalAttribute(name: string, value: string, at: PublishedAt, interfaceText: boolean): string {
  const swapped = EDITION_VALUES.get(value);
  if (swapped !== undefined && (name === 'lang' || name === 'hreflang' || name === 'content')) return swapped;
  if ((name === 'href' || name === 'action' || name === 'src') && value.startsWith(baseWithSlash(at.base))) {
    return traditionalSitePath(value, at.base);
  }
  const converted = withTraditionalUrls(toTraditional(value), at);
  return interfaceText ? taiwanInterfaceWording(converted) : converted;
}

/** Where the scan is in the archived text (an element marked ARCHIVED_TEXT_ATTRIBUTE and its content). */
class ArchivedText {
  /** The marked element's name and how many elements of that name are open inside it (itself included). */
  private open: { name: string; depth: number } | undefined;

  get inside(): boolean {
    return this.open !== undefined;
  }

  /** Follows a start tag (`void`: it has no end tag). */
  start({ name, attributes }: StartTag, isVoid: boolean): void {
    if (this.open) {
      if (name === this.open.name && !isVoid) this.open.depth += 1;
    } else if (!isVoid && attributes.has(ARCHIVED_TEXT_ATTRIBUTE)) {
      this.open = { name, depth: 1 };
    }
  }

  /** Follows an end tag. */
  end(name: string): void {
    if (this.open?.name !== name) return;
    this.open.depth -= 1;
    if (this.open.depth === 0) this.open = undefined;
  }
}

/** Elements without end tags. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** The class of the element that holds the page's QR code (an inline <svg>). */
const QR_CODE_HOLDER = 'qr-code-image';

/** Whether the page is an article's: its description and titles in <meta> are then the article's own, not interface. */
function isArticlePage(html: string): boolean {
  let article = false;
  readHead(html, {
    names: new Set(['meta']),
    startTag({ attributes }, stop) {
      if (attributes.get('property') !== 'og:type') return;
      article = attributes.get('content') === 'article';
      stop();
    },
  });
  return article;
}

/**
 * The Traditional copy of a built Simplified HTML page published at `at`: text and attribute values
 * converted; links to pages, the feed and citation files moved under the edition's prefix (assets and
 * the search bundle are shared); `lang`, Open Graph locales and JSON-LD `inLanguage` turned round; the
 * canonical URL its own; the hreflang alternates as they were; the 简/繁 switch leading back; the QR code
 * redrawn for the Traditional address.
 */
export async function traditionalHtml(html: string, at: PublishedAt): Promise<string> {
  const articlePage = isArticlePage(html);
  const archived = new ArchivedText();
  let output = '';
  /** Index in `html` up to which `output` holds the copy. */
  let copied = 0;
  let rawText: string | undefined;
  let jsonScript = false;
  let inSwitch = false;
  let qrHolderOpen = false;
  /** While the QR code's own <svg> is read: it is drawn again, not copied. */
  let inQrCode = false;
  let qrCode: { at: number; start: number; end: number } | undefined;
  let canonical: string | undefined;
  const copyUpTo = (index: number): void => {
    output += html.slice(copied, index);
    copied = index;
  };

  const traditionalTag = (tag: StartTag): string => {
    const { name, attributes } = tag;
    if (name === 'link' && attributes.has('hreflang')) return html.slice(tag.start, tag.end);
    if (attributes.has('data-edition-switch')) {
      inSwitch = true;
      return withChangedAttributes(html, tag, (attribute, value) =>
        attribute === 'href' ? simplifiedPath(value, at.base) : (EDITION_VALUES.get(value) ?? value),
      );
    }
    // The note that this edition is a conversion is rendered hidden on the Simplified page: shown here.
    const note = attributes.has('data-edition-note');
    const inArchive = archived.inside;
    // Labels a reader hears are the interface's even inside the archived text (the self-links' 链接到本段).
    const interfaceAttribute = (attribute: string): boolean =>
      attribute === 'aria-label' ||
      (!inArchive && INTERFACE_ATTRIBUTES.has(attribute)) ||
      (name === 'meta' && attribute === 'content' && !articlePage);
    return withChangedAttributes(html, tag, (attribute, value) => {
      if (note && attribute === 'hidden') return undefined;
      const changed = traditionalAttribute(attribute, value, at, interfaceAttribute(attribute));
      if (name === 'link' && attribute === 'href' && attributes.get('rel') === 'canonical') canonical = changed;
      return changed;
    });
  };

  readTags(html, {
    startTag(tag) {
      if (inQrCode) return;
      const { name, attributes } = tag;
      copyUpTo(tag.start);
      if (qrHolderOpen && name === 'svg') {
        inQrCode = true;
        qrCode = { at: output.length, start: tag.start, end: tag.end };
        return;
      }
      qrHolderOpen = name === 'div' && attributes.get('class') === QR_CODE_HOLDER;
      archived.start(tag, VOID_ELEMENTS.has(name) || tag.selfClosing);
      if (name === 'script' || name === 'style') {
        rawText = name;
        jsonScript = (attributes.get('type') ?? '').toLowerCase().startsWith('application/ld+json');
      }
      output += traditionalTag(tag);
      copied = tag.end;
    },
    endTag(name, start) {
      if (inQrCode) {
        if (name !== 'svg') return;
        inQrCode = false;
        copied = html.indexOf('>', start) + 1;
        if (qrCode) qrCode.end = copied;
        return;
      }
      if (name === rawText) rawText = undefined;
      archived.end(name);
      if (name === 'a') inSwitch = false;
    },
    text(start, end) {
      if (inQrCode) return;
      copyUpTo(start);
      copied = end;
      const text = html.slice(start, end);
      // Inside <script> or <style>: code stays byte for byte (its CSP hash), data is text.
      if (rawText !== undefined) {
        output += jsonScript ? traditionalJsonLd(text, at) : text;
        return;
      }
      const converted = withTraditionalUrls(toTraditional(text), at);
      output += inSwitch ? editions.simplified.label : archived.inside ? converted : taiwanInterfaceWording(converted);
    },
  });
  copyUpTo(html.length);
  if (qrCode === undefined) return output;
  // The QR code of the page's own (Traditional) canonical address; its label (本文網址的 QR 碼) is the interface's.
  // Without one, the code as drawn, converted like the rest.
  const svg =
    canonical?.startsWith(at.origin) === true
      ? taiwanInterfaceWording(toTraditional(await qrCodeSvg(canonical)))
      : await traditionalHtml(html.slice(qrCode.start, qrCode.end), at);
  return output.slice(0, qrCode.at) + svg + output.slice(qrCode.at);
}

/** The Traditional copy of a text file of the site (the RSS feed, a citation file): converted, its links moved. */
export function traditionalTextFile(text: string, at: PublishedAt): string {
  return withTraditionalUrls(toTraditional(text), at).replace(
    `<language>${editions.simplified.feedLanguage}</language>`,
    `<language>${editions.traditional.feedLanguage}</language>`,
  );
}

/**
 * Simplified-only characters a reader of a converted page would still read (text and attribute values;
 * not scripts, styles or the switch, which names the Simplified edition in its own script).
 */
export function simplifiedLeftovers(html: string): SimplifiedOnlyCharacter[] {
  const readable: string[] = [];
  let skipped: string | undefined;
  readTags(html, {
    startTag({ name, attributes }) {
      if (skipped !== undefined) return;
      if (name === 'script' || name === 'style') skipped = name;
      else if (name === 'a' && attributes.has('data-edition-switch')) skipped = 'a';
      else readable.push(...attributes.values());
    },
    endTag(name) {
      if (name === skipped) skipped = undefined;
    },
    text(start, end) {
      if (skipped === undefined) readable.push(html.slice(start, end));
    },
  });
  return simplifiedOnlyCharacters(readable.join('\n'));
}
