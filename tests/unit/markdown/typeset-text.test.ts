import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { typesetText } from '../../../src/markdown/typeset-text.ts';

async function render(markdown: string): Promise<string> {
  const { html } = await markdownToHtml(markdown, {
    hastPlugins: [typesetText],
    features: { headingAttributes: true, smartPunctuation: false },
  });
  return html;
}

describe('typesetText', () => {
  it('shows Chinese punctuation full-width, also where a mark meets an inline element', async () => {
    const html = await render('眼下,随着**复工**,通信业!\n\n`a,b`不变,代码里的照旧。\n');
    expect(html).toContain('<p>眼下，随着<strong>复工</strong>，通信业！</p>');
    expect(html).toContain('<code>a,b</code>不变，代码里的照旧。');
  });

  it('keeps numbers and Latin text in their ASCII forms', async () => {
    const html = await render('达到93.18%,保持7\\*24小时,共1,000个 (Hello, world!)\n');
    expect(html).toContain('达到93.18%，保持7*24小时，共1,000个 (Hello, world!)');
  });

  it('lets headings break only between words', async () => {
    const html = await render('## 重庆:值守在一线,坚守岗位为用户提供优质服务 {#chongqing}\n');
    expect(html).toMatch(/^<h2 id="chongqing">重庆：值守在<wbr>一线，坚守岗位为用户<wbr>提供<wbr>优质<wbr>服务<\/h2>/);
  });
});
