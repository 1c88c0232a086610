// The Traditional copy of a built Simplified file (page, feed, citation): every text converted with
// toTraditional(), links to pages and feeds moved into the Traditional edition, and the metadata that
// names the edition turned round. The markup is the build's own and well-formed, so a tag-level scan
// is enough, and it leaves every byte it does not change as it was: scripts and styles keep their
// CSP hashes, elements their ids, so every fragment of a shared link exists in both editions.
import { qrCodeSvg } from '../articles/qr-code.ts';
import { editions } from '../site.ts';
import { baseWithSlash } from '../base-path.ts';
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

const ARCHIVED_MARK = new RegExp(`\\s${ARCHIVED_TEXT_ATTRIBUTE}(?=[\\s=>]|$)`);

/** Where the scan is in the archived text (an element marked ARCHIVED_TEXT_ATTRIBUTE and its content). */
class ArchivedText {
  /** The marked element's name and how many elements of that name are open inside it (itself included). */
  private open: { name: string; depth: number } | undefined;

  get inside(): boolean {
    return this.open !== undefined;
  }

  /** Follows a start tag (`void`: it has no end tag). */
  start(name: string, attributes: string, isVoid: boolean): void {
    if (this.open) {
      if (name === this.open.name && !isVoid) this.open.depth += 1;
    } else if (!isVoid && ARCHIVED_MARK.test(attributes)) {
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

const TOKEN = /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\/?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** A start tag with its attribute values passed through `change` (name, value) → new value. */
function rewriteTag(
  tag: string,
  name: string,
  attributes: string,
  change: (name: string, value: string) => string,
): string {
  const rewritten = attributes.replace(
    ATTRIBUTE,
    (whole, attribute: string, double?: string, single?: string, bare?: string) => {
      const value = double ?? single ?? bare;
      if (value === undefined) return whole;
      return `${attribute}="${change(attribute.toLowerCase(), value).replace(/"/g, '&quot;')}"`;
    },
  );
  return tag.startsWith('</') ? tag : `<${name}${rewritten}>`;
}

/**
 * The Traditional copy of a built Simplified HTML page published at `at`: text and attribute values
 * converted; links to pages, the feed and citation files moved under the edition's prefix (assets and
 * the search bundle are shared); `lang`, Open Graph locales and JSON-LD `inLanguage` turned round; the
 * canonical URL its own; the hreflang alternates as they were; the 简/繁 switch leading back; the QR code
 * redrawn for the Traditional address.
 */
export async function traditionalHtml(html: string, at: PublishedAt): Promise<string> {
  let output = '';
  let last = 0;
  let rawText: 'script' | 'style' | undefined;
  let jsonScript = false;
  let inSwitch = false;
  const archived = new ArchivedText();
  // An article page's description and titles in <meta> are the article's own; other pages' are interface.
  const articlePage = /<meta property="og:type" content="article"/.test(html);
  for (const match of html.matchAll(TOKEN)) {
    const [tag, rawName = '', attributes = ''] = match;
    const name = rawName.toLowerCase();
    const text = html.slice(last, match.index);
    last = match.index + tag.length;
    const isEnd = tag.startsWith('</');
    if (rawText !== undefined) {
      // Inside <script> or <style> until their end tag: code stays byte for byte (its CSP hash), data is text.
      if (!(isEnd && name === rawText)) {
        output += text + tag;
        continue;
      }
      output += jsonScript ? traditionalJsonLd(text, at) : text;
      output += tag;
      rawText = undefined;
      jsonScript = false;
      continue;
    }
    const convertedText = withTraditionalUrls(toTraditional(text), at);
    output += inSwitch
      ? editions.simplified.label
      : archived.inside
        ? convertedText
        : taiwanInterfaceWording(convertedText);
    if (tag.startsWith('<!')) {
      output += tag;
      continue;
    }
    if (isEnd) {
      archived.end(name);
      if (name === 'a') inSwitch = false;
      output += tag;
      continue;
    }
    archived.start(name, attributes, VOID_ELEMENTS.has(name) || /\/\s*$/.test(attributes));
    if (name === 'script' || name === 'style') {
      rawText = name;
      jsonScript = /type\s*=\s*["']?application\/ld\+json/i.test(attributes);
    }
    if (name === 'link' && /\bhreflang\s*=/.test(attributes)) {
      // The alternates name both editions already: the same in both copies.
      output += tag;
      continue;
    }
    if (/\bdata-edition-switch\b/.test(attributes)) {
      inSwitch = true;
      output += rewriteTag(tag, rawName, attributes, (attribute, value) =>
        attribute === 'href' ? simplifiedPath(value, at.base) : (EDITION_VALUES.get(value) ?? value),
      );
      continue;
    }
    // The note that this edition is a conversion is rendered hidden on the Simplified page: shown here.
    const shown = /\bdata-edition-note\b/.test(attributes) ? attributes.replace(/\shidden(?=[\s>]|$)/, '') : attributes;
    const inArchive = archived.inside;
    // Labels a reader hears are the interface's even inside the archived text (the self-links' 链接到本段).
    const interfaceAttribute = (attribute: string): boolean =>
      attribute === 'aria-label' ||
      (!inArchive && INTERFACE_ATTRIBUTES.has(attribute)) ||
      (name === 'meta' && attribute === 'content' && !articlePage);
    output += rewriteTag(tag, rawName, shown, (attribute, value) =>
      traditionalAttribute(attribute, value, at, interfaceAttribute(attribute)),
    );
  }
  output += withTraditionalUrls(toTraditional(html.slice(last)), at);
  return redrawQrCode(output, at);
}

/** The page's QR code drawn again for its own (Traditional) canonical address. */
async function redrawQrCode(html: string, at: PublishedAt): Promise<string> {
  const qr = /(<div class="qr-code-image">)<svg[\s\S]*?<\/svg>/.exec(html);
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!qr || canonical === undefined || !canonical.startsWith(at.origin)) return html;
  // Its label (本文網址的 QR 碼) is the interface's.
  const svg = taiwanInterfaceWording(toTraditional(await qrCodeSvg(canonical)));
  return html.slice(0, qr.index) + qr[1] + svg + html.slice(qr.index + qr[0].length);
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
  const readable = html
    .replace(/<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>/g, '')
    .replace(/<a [^>]*data-edition-switch[^>]*>[^<]*<\/a>/g, '');
  return simplifiedOnlyCharacters(readable);
}
