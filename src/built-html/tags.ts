import { decodeHTMLAttribute } from 'entities';
import { QuoteType, Tokenizer } from 'htmlparser2';

// The after-build steps read and change the built pages: preload links in the head, the CSP of the head's
// <meta>, the Traditional edition's copy of every text and attribute value. They run over every page of the archive (105,126 pages for 100,000 articles), so the pages are not
// parsed into trees: htmlparser2's tokenizer reads the page as the browser would (comments, quoted `>`,
// script text and character references all as HTML has them), tells a step each tag with where it stands in
// the text, and stops as soon as the step has what it needs, e.g. at the end of the head. A step then
// changes the page by inserting at those places or changing a value where it stands, so every byte it does
// not change stays as written. Build time only: nothing here ships to readers.

/** Where an attribute stands in the page, so that a step can change its value in place. */
interface AttributeSpan {
  /** Index of the attribute's name. */
  start: number;
  /** Index just after the attribute: after its closing quote, its value or, without a value, its name. */
  end: number;
  /** Where its value is written (inside the quotes), if it has one. */
  value?: { start: number; end: number };
  /** How the value is quoted. */
  quote: QuoteType;
}

/** A start tag read from a page. */
export interface StartTag {
  /** The element's name, lower case. */
  name: string;
  /** Attribute values by lower-case name, character references decoded; "" for an attribute without value. */
  attributes: ReadonlyMap<string, string>;
  /** Where each of those attributes is written, by the same names. */
  spans: ReadonlyMap<string, AttributeSpan>;
  /** Whether the tag is written self-closing (`<path … />`). */
  selfClosing: boolean;
  /** Index of the tag's `<` in the page. */
  start: number;
  /** Index just after the tag's `>`. */
  end: number;
}

/** Ends a reading of a page after the current callback: the rest of the page is not read. */
type Stop = () => void;

/** What a reading of a page does at each tag; a callback may call `stop` once it has what it needs. */
export interface TagVisitor {
  /** The start tags to report, when not all: the attributes of no other tag are read. */
  names?: ReadonlySet<string>;
  /** A start tag (also one written self-closing). */
  startTag?(tag: StartTag, stop: Stop): void;
  /** An end tag `name` (lower case) whose `<` is at `start`. */
  endTag?(name: string, start: number, stop: Stop): void;
  /** Raw text between `start` and `end` (a script's source is given as written, references undecoded). */
  text?(start: number, end: number, stop: Stop): void;
}

/** Reads the tags of `html` in order, calling `visitor` at each, until a callback calls `stop` or the page ends. */
export function readTags(html: string, visitor: TagVisitor): void {
  let name = '';
  let start = 0;
  let wanted = false;
  let attributes = new Map<string, string>();
  let spans = new Map<string, AttributeSpan>();
  let attributeName = '';
  let attributeStart = 0;
  let attributeValue = '';
  let valueSpan: { start: number; end: number } | undefined;
  let stopped = false;
  const stop: Stop = () => {
    stopped = true;
    tokenizer.pause();
  };
  const openTagEnd = (endIndex: number, selfClosing: boolean): void => {
    if (wanted && !stopped)
      visitor.startTag?.({ name, attributes, spans, selfClosing, start, end: endIndex + 1 }, stop);
  };
  // Character references are decoded only in the attribute values read: the tokenizer then skips through text
  // to the next `<` instead of stepping through it character by character.
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname(nameStart, endIndex) {
        name = html.slice(nameStart, endIndex).toLowerCase();
        wanted = visitor.names?.has(name) ?? true;
        if (!wanted) return;
        start = nameStart - 1;
        attributes = new Map();
        spans = new Map();
      },
      onattribname(nameStart, endIndex) {
        if (!wanted) return;
        attributeName = html.slice(nameStart, endIndex).toLowerCase();
        attributeStart = nameStart;
        attributeValue = '';
        valueSpan = undefined;
      },
      onattribdata(dataStart, endIndex) {
        if (!wanted) return;
        attributeValue += html.slice(dataStart, endIndex);
        valueSpan = { start: valueSpan?.start ?? dataStart, end: endIndex };
      },
      onattribentity() {},
      onattribend(quote, endIndex) {
        // As in the browser, the first of two attributes with one name counts.
        if (!wanted || attributes.has(attributeName)) return;
        attributes.set(
          attributeName,
          attributeValue.includes('&') ? decodeHTMLAttribute(attributeValue) : attributeValue,
        );
        spans.set(attributeName, {
          start: attributeStart,
          end: endIndex,
          quote,
          ...(valueSpan && { value: valueSpan }),
        });
      },
      onopentagend: (endIndex) => openTagEnd(endIndex, false),
      onselfclosingtag: (endIndex) => openTagEnd(endIndex, true),
      onclosetag(nameStart, endIndex) {
        if (!stopped) visitor.endTag?.(html.slice(nameStart, endIndex).toLowerCase(), nameStart - 2, stop);
      },
      ontext(textStart, endIndex) {
        if (!stopped) visitor.text?.(textStart, endIndex, stop);
      },
      ontextentity() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  if (!stopped) tokenizer.end();
}

/**
 * Reads the tags of the `<head>` of `html` (up to `</head>`, or `<body>` when the end tag is left out), calling
 * `visitor` at each; returns the index of the `<` of `</head>`, undefined when the reading stopped before it.
 */
export function readHead(html: string, visitor: TagVisitor = {}): number | undefined {
  let headEnd: number | undefined;
  readTags(html, {
    ...(visitor.names && { names: new Set([...visitor.names, 'body']) }),
    startTag(tag, stop) {
      if (tag.name === 'body') stop();
      else visitor.startTag?.(tag, stop);
    },
    endTag(name, start, stop) {
      if (name !== 'head') {
        visitor.endTag?.(name, start, stop);
        return;
      }
      headEnd = start;
      stop();
    },
    text(start, end, stop) {
      visitor.text?.(start, end, stop);
    },
  });
  return headEnd;
}

/** The whitespace-separated tokens of an attribute such as `rel`, lower case. */
export function attributeTokens(value: string | undefined): string[] {
  return (value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** An attribute value escaped as Astro escapes one (&, <, >, both quotes), whatever quotes it stands in. */
function escapedValue(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * The start tag as written in `html`, each attribute's value replaced by what `change` returns for it (its
 * lower-case name and decoded value): the same value leaves the attribute's bytes as they were, undefined
 * removes the attribute (with the space before it).
 */
export function withChangedAttributes(
  html: string,
  tag: StartTag,
  change: (name: string, value: string) => string | undefined,
): string {
  let output = '';
  let from = tag.start;
  for (const [name, span] of tag.spans) {
    const value = tag.attributes.get(name) ?? '';
    const changed = change(name, value);
    if (changed === value) continue;
    if (changed === undefined) {
      const before = /\s/.test(html[span.start - 1] ?? '') ? span.start - 1 : span.start;
      output += html.slice(from, before);
      from = span.end;
    } else if (span.value && (span.quote === QuoteType.Double || span.quote === QuoteType.Single)) {
      output += html.slice(from, span.value.start) + escapedValue(changed);
      from = span.value.end;
    } else {
      output += `${html.slice(from, span.start)}${html.slice(span.start, span.start + name.length)}="${escapedValue(changed)}"`;
      from = span.end;
    }
  }
  return output + html.slice(from, tag.end);
}
