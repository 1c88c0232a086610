import { init } from 'es-module-lexer';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageModules, staticImports, withModulePreloads } from '../../../src/integrations/module-preloads.ts';

beforeAll(async () => {
  await init;
});

describe('pageModules', () => {
  it('lists external module scripts by src and inline ones by text, skipping classic scripts', () => {
    const html =
      '<head><script>var a = 1;</script><script type="module">import "/_astro/a.js";</script></head>' +
      '<body><script type="module" src="/_astro/Search.x1.js"></script><script type="module"> </script></body>';
    expect(pageModules(html)).toEqual({
      sources: ['/_astro/Search.x1.js'],
      inline: ['import "/_astro/a.js";'],
      preloaded: [],
      headEnd: html.indexOf('</head>'),
    });
  });

  it('reads the markup as HTML: attributes in any quotes and order, not scripts in comments', () => {
    const html =
      "<head><link href='/_astro/a.js' rel='modulepreload'><script>x = '</head>';</script></head>" +
      '<body><!-- <script type="module" src="/_astro/old.js"></script> -->' +
      '<script src=/_astro/b.js type=MODULE></script></body>';
    expect(pageModules(html)).toEqual({
      sources: ['/_astro/b.js'],
      inline: [],
      preloaded: ['/_astro/a.js'],
      headEnd: html.lastIndexOf('</head>'),
    });
  });
});

describe('staticImports', () => {
  it('resolves static imports against the module, leaving out dynamic imports and other origins', () => {
    const source =
      'import{a as e}from"./edition.Hw.js";import"./site.D.js";export*from"../x/y.js";' +
      'const p=import("./lazy.js");const q=import(u);import"https://elsewhere.example/z.js";';
    expect(staticImports(source, '/archive/_astro/Search.x1.js')).toEqual([
      '/archive/_astro/edition.Hw.js',
      '/archive/_astro/site.D.js',
      '/archive/x/y.js',
    ]);
  });
});

describe('withModulePreloads', () => {
  const page = '<html><head><meta charset="utf-8"><link rel="stylesheet" href="/s.css"></head><body></body></html>';

  it('adds one link per module at the end of the head', () => {
    expect(withModulePreloads(page, ['/_astro/a.js', '/_astro/b.js'])).toBe(
      '<html><head><meta charset="utf-8"><link rel="stylesheet" href="/s.css">' +
        '<link rel="modulepreload" href="/_astro/a.js"><link rel="modulepreload" href="/_astro/b.js">' +
        '</head><body></body></html>',
    );
  });

  it('leaves a page without a </head> as it is', () => {
    expect(withModulePreloads('<p>no head</p>', ['/_astro/a.js'])).toBe('<p>no head</p>');
  });

  it('is idempotent: a page that preloads a module already gets no second link', () => {
    const once = withModulePreloads(page, ['/_astro/a.js']);
    expect(withModulePreloads(once, ['/_astro/a.js'])).toBe(once);
    expect(withModulePreloads(page, [])).toBe(page);
  });
});
