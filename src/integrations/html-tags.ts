import { decodeHTMLAttribute } from 'entities';
import { Tokenizer } from 'htmlparser2';

// The after-build steps read and change the built pages: preload links in the head, the CSP of the head's
// <meta>. They run over every page of the archive (105,126 pages for 100,000 articles), so the pages are not
// parsed into trees: htmlparser2's tokenizer reads the page as the browser would (comments, quoted `>`,
// script text and character references all as HTML has them), tells a step each tag with where it stands in
// the text, and stops as soon as the step has what it needs, e.g. at the end of the head. A step then
// changes the page by inserting at those places, so every byte it does not change stays as written.

/** A start tag read from a page. */
export interface StartTag {
  /** The element's name, lower case. */
  name: string;
  /** Attribute values by lower-case name, character references decoded; "" for an attribute without value. */
  attributes: ReadonlyMap<string, string>;
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
  let attributeName = '';
  let attributeValue = '';
  let stopped = false;
  const stop: Stop = () => {
    stopped = true;
    tokenizer.pause();
  };
  const openTagEnd = (endIndex: number): void => {
    if (wanted && !stopped) visitor.startTag?.({ name, attributes, start, end: endIndex + 1 }, stop);
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
      },
      onattribname(nameStart, endIndex) {
        if (!wanted) return;
        attributeName = html.slice(nameStart, endIndex).toLowerCase();
        attributeValue = '';
      },
      onattribdata(dataStart, endIndex) {
        if (wanted) attributeValue += html.slice(dataStart, endIndex);
      },
      onattribentity() {},
      onattribend() {
        // As in the browser, the first of two attributes with one name counts.
        if (!wanted || attributes.has(attributeName)) return;
        attributes.set(
          attributeName,
          attributeValue.includes('&') ? decodeHTMLAttribute(attributeValue) : attributeValue,
        );
      },
      onopentagend: openTagEnd,
      onselfclosingtag: openTagEnd,
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
