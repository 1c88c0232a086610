import { describe, expect, it } from 'vitest';
import {
  attributeTokens,
  readHead,
  readTags,
  withChangedAttributes,
  type StartTag,
} from '../../../src/built-html/tags.ts';

function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  readTags(html, { startTag: (tag) => tags.push(tag) });
  return tags;
}

describe('readTags', () => {
  it('gives each start tag its lower-case name, decoded attributes and place in the page', () => {
    const html = `<P Class=lede data-x='a &amp; b' hidden>text</p><br/>`;
    const [p, br] = startTags(html);
    expect(p?.name).toBe('p');
    expect(Object.fromEntries(p?.attributes ?? [])).toEqual({ class: 'lede', 'data-x': 'a & b', hidden: '' });
    expect(html.slice(p?.start, p?.end)).toBe(`<P Class=lede data-x='a &amp; b' hidden>`);
    expect(html.slice(br?.start, br?.end)).toBe('<br/>');
  });

  it('reads markup as HTML does: not in comments, not in script text, not past a quoted ">"', () => {
    const html =
      '<!-- <script src="/old.js"></script> --><a title="1 > 0" href="/x">x</a>' +
      '<script>if (a < b) document.write("<link href=/y>")</script>';
    expect(startTags(html).map((tag) => tag.name)).toEqual(['a', 'script']);
    expect(startTags(html)[0]?.attributes.get('href')).toBe('/x');
  });

  it('gives end tags at their "<" and script text as written', () => {
    const html = '<script type="module">a("&amp;")</script>';
    const seen: string[] = [];
    readTags(html, {
      text: (start, end) => seen.push(`text ${html.slice(start, end)}`),
      endTag: (name, start) => seen.push(`end ${name} ${html.slice(start)}`),
    });
    expect(seen).toEqual(['text a("&amp;")', 'end script </script>']);
  });

  it('stops when told to', () => {
    const names: string[] = [];
    readTags('<a></a><b></b><c></c>', {
      startTag: ({ name }, stop) => {
        names.push(name);
        if (name === 'b') stop();
      },
    });
    expect(names).toEqual(['a', 'b']);
  });
});

describe('readHead', () => {
  it('reads the tags of the head only and gives where </head> starts', () => {
    const html = '<html><head><meta charset="utf-8"><title>a</title></head><body><p></p></body></html>';
    const names: string[] = [];
    expect(readHead(html, { startTag: ({ name }) => names.push(name) })).toBe(html.indexOf('</head>'));
    expect(names).toEqual(['html', 'head', 'meta', 'title']);
  });

  it('stops at <body> when the head has no end tag, and skips a "</head>" in a script', () => {
    expect(readHead('<head><meta charset="utf-8"><body><p></p></head>')).toBeUndefined();
    const html = '<head><script>s = "</head>";</script></head><body></body>';
    expect(readHead(html)).toBe(html.lastIndexOf('</head>'));
  });
});

describe('attributeTokens', () => {
  it('splits a token list such as rel, in lower case', () => {
    expect(attributeTokens(' ModulePreload  prefetch ')).toEqual(['modulepreload', 'prefetch']);
    expect(attributeTokens(undefined)).toEqual([]);
  });
});

describe('withChangedAttributes', () => {
  const html = `<a  HREF="/x/?a=1&amp;b=2" title='老 &quot;师&quot;' data-n=3 hidden data-same="发">`;
  const [tag] = startTags(html);

  it('leaves every byte of a tag whose values stay the same', () => {
    expect(withChangedAttributes(html, tag as StartTag, (_, value) => value)).toBe(html);
  });

  it('changes values in place, in their own quotes, escaped as Astro escapes them', () => {
    const changed = withChangedAttributes(html, tag as StartTag, (name, value) =>
      name === 'href'
        ? `/t${value}`
        : name === 'title'
          ? value.replace('老', '老"')
          : name === 'data-n'
            ? '4 5'
            : value,
    );
    expect(changed).toBe(
      `<a  HREF="/t/x/?a=1&amp;b=2" title='老&quot; &quot;师&quot;' data-n="4 5" hidden data-same="发">`,
    );
  });

  it('removes an attribute given undefined, with the space before it', () => {
    expect(withChangedAttributes(html, tag as StartTag, (name, value) => (name === 'hidden' ? undefined : value))).toBe(
      `<a  HREF="/x/?a=1&amp;b=2" title='老 &quot;师&quot;' data-n=3 data-same="发">`,
    );
  });

  it('tells a tag written self-closing', () => {
    expect(startTags('<path d="M0"/><p>').map((found) => found.selfClosing)).toEqual([true, false]);
  });
});
