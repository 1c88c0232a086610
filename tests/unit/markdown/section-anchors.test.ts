import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { sectionAnchors } from '../../../src/markdown/section-anchors.ts';

async function render(markdown: string): Promise<string> {
  const { html } = await markdownToHtml(markdown, {
    hastPlugins: [sectionAnchors],
    features: { headingAttributes: true, smartPunctuation: false },
    fileURL: pathToFileURL('/content/articles/example.md'),
  });
  return html;
}

describe('sectionAnchors', () => {
  it('keeps chosen ids, romanizes the others and numbers paragraphs per section', async () => {
    const html = await render('导语。\n\n## 天津:第一 {#tianjin}\n\n一。\n\n二。\n\n## 贵州\n\n三。\n');
    expect(html).toContain(
      '<a href="#intro-1" class="paragraph-link" aria-label="链接到本段：导语第1段" data-archive-ignore=""></a><p id="intro-1">导语。</p>',
    );
    expect(html).toContain(
      '<h2 id="tianjin"><a href="#tianjin" class="heading-link" aria-label="链接到本节：天津:第一" data-archive-ignore=""></a>天津:第一</h2>',
    );
    expect(html).toMatch(/<a href="#tianjin-1"[^>]*><\/a><p id="tianjin-1">一。<\/p>/);
    expect(html).toMatch(/<a href="#tianjin-2"[^>]*><\/a><p id="tianjin-2">二。<\/p>/);
    expect(html).toContain('<h2 id="gui-zhou">');
    expect(html).toContain(
      '<a href="#gui-zhou-1" class="paragraph-link" aria-label="链接到本段：贵州第1段" data-archive-ignore=""></a><p id="gui-zhou-1">三。</p>',
    );
  });

  it('leaves the text of headings and paragraphs untouched', async () => {
    const html = await render('## 天津:“逆行” {#tianjin}\n\n保持7\\*24小时"响应"--好...\n');
    expect(html).toContain('></a>天津:“逆行”</h2>');
    expect(html).toContain('<p id="tianjin-1">保持7*24小时"响应"--好...</p>');
  });

  it('fails on a duplicate section id, naming the file and the id', async () => {
    await expect(render('## 天津 {#tianjin}\n\n一。\n\n## 天津再述 {#tianjin}\n\n二。\n')).rejects.toThrow(
      /\/content\/articles\/example\.md: duplicate section id "tianjin"/,
    );
  });

  it('fails on a chosen id that is not short lower-case ASCII', async () => {
    await expect(render('## 天津 {#Tianjin_1}\n\n一。\n')).rejects.toThrow(/example\.md: section id "Tianjin_1"/);
  });
});
