import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleMarkdown } from '../../../../src/editor/article-markdown.ts';
import { loadImportRules } from '../../../../src/editor/import-rules.ts';
import type { Finding } from '../../../../src/editor/proofread/finding.ts';
import { formatReport, proofreadArticle } from '../../../../src/editor/proofread/proofread.ts';
import { readTextPage } from '../../../../src/editor/text-page.ts';
import { projectRoot } from '../../../support/build-site.ts';

/** A seed as `npm run import` writes it. */
async function importedSeed(name: string): Promise<string> {
  const page = readTextPage(
    await readFile(join(projectRoot, 'tests', 'fixtures', 'seeds', name), 'utf8'),
    await loadImportRules(),
  );
  return articleMarkdown(
    { title: page.title ?? '', date: page.date ?? '', source: page.source ?? '', column: page.column },
    page.blocks,
  );
}

const BROADCAST_SEED = await importedSeed('002_03ced9717cfa8308.txt');
const TELECOM_SEED = await importedSeed('000_7a6ee21bd6e29631.txt');

describe('proofreading the 广东 seed', () => {
  const report = proofreadArticle(BROADCAST_SEED);

  it('finds the repeated paragraph, both reversed quote pairs and the sentence without its full stop, and no other defect', () => {
    const defects = report.findings
      .filter((finding) => finding.level !== 'count')
      .map((finding) => [finding.line, finding.kind, finding.context]);
    expect(defects).toEqual([
      [50, 'no-closing-punctuation', '…最贴心地解答'],
      [54, 'repeated-paragraph', '广东广电网络96956客服中心在春节期间…'],
      [56, 'reversed-quotes', '”尽量不出门“'],
      [56, 'reversed-quotes', '”最美逆行者“'],
    ]);
    expect(new Set(report.findings.map((finding) => finding.section))).toContain('广东:客服全天候服务');
  });

  it('counts the half-width punctuation between Chinese characters, which pages show full-width', () => {
    const counted = report.findings.filter((finding) => finding.level === 'count');
    expect(counted.map((finding) => finding.what)).toEqual([
      '127 half-width marks between Chinese characters (, ×114, : ×6, ; ×2, ( ×2, ) ×2, ! ×1); the first here',
    ]);
  });

  it('drafts the section’s editor’s note in the README’s form, saying what the committed note says', () => {
    expect(report.drafts).toEqual([
      {
        section: '广东:客服全天候服务',
        afterLine: 56,
        aside:
          '<aside class="editor-note" aria-label="编者注" data-archive-ignore><p><strong>编者注</strong>：本节照录来源原文，未作改动。原文“最贴心地解答”一句句末没有标点；以“广东广电网络96956客服中心在春节期间”开头的一段在原文中连续出现两次；“尽量不出门”和“最美逆行者”两处的引号在原文中左右颠倒（写作”尽量不出门“、”最美逆行者“），均按原样保留。</p></aside>',
      },
    ]);
    expect(report.unresolved).toHaveLength(4);
  });

  it('prints each finding with its line, the quoted text and what the archive does', () => {
    const printed = formatReport('a.md', report);
    expect(printed).toContain(
      'a.md:56: reversed quotes\n  「”尽量不出门“」\n  → kept as received (the source writes ”…“); say so in an editor’s note',
    );
    expect(printed).toContain(
      "Draft editor's note for section “广东:客服全天候服务” (review it, then paste it after line 56):",
    );
    expect(printed).toContain(
      'a.md: 4 kept as received, 0 to fix, 1 about typography; 4 unresolved (what --strict fails on)',
    );
  });
});

describe('proofreading the 5G seed and the committed articles', () => {
  it('finds nothing in the 5G seed but its half-width punctuation', () => {
    const report = proofreadArticle(TELECOM_SEED);
    expect(report.findings.map((finding) => finding.kind)).toEqual(['half-width-punctuation']);
    expect(report.drafts).toEqual([]);
  });

  it('counts the 广东 defects of the committed article as explained by its editor’s note', async () => {
    const committed = await readFile(
      join(projectRoot, 'content', 'articles', '2020-02-08-broadcast-networks-fight-epidemic.md'),
      'utf8',
    );
    const report = proofreadArticle(committed);
    expect(report.findings.filter((finding) => finding.level === 'kept')).toHaveLength(4);
    expect(report.unresolved).toEqual([]);
    expect(report.drafts).toEqual([]);
    expect(formatReport('a.md', report)).toContain('→ kept as received; the section’s editor’s note explains it');
  });
});

describe('proofreading other defects', () => {
  const article = (body: string, title = '某地召开会议', date = '2020-03-03'): string =>
    `---\ntitle: ${title}\ndate: ${date}\nsource: 人民邮电报\n---\n\n${body}\n`;
  /** The findings but the count of half-width marks (tested above). */
  const findingsOf = (text: string): Finding[] =>
    proofreadArticle(text).findings.filter((finding) => finding.kind !== 'half-width-punctuation');

  it('reports replacement characters and mojibake as problems to fix', () => {
    const text = article('某地召开会议,会议\uFFFD指出。\n\n会议å¹¿ç”µ要求。\n\n锟斤拷锟斤拷会议。');
    expect(findingsOf(text).map((finding) => [finding.line, finding.kind, finding.level])).toEqual([
      [7, 'replacement-character', 'fix'],
      // The ” of ç”µ is a lone quote too: the mojibake finding says why.
      [9, 'unpaired-mark', 'kept'],
      [9, 'mojibake', 'fix'],
      [11, 'mojibake', 'fix'],
    ]);
    expect(proofreadArticle(text).unresolved).toHaveLength(4);
  });

  it('reports a heading that repeats another or the title', () => {
    const report = proofreadArticle(
      article('## 某地召开会议 {#a}\n\n正文。\n\n## 天津 {#b}\n\n正文。\n\n## 天津 {#c}\n\n正文二。'),
    );
    expect(report.findings.map((finding) => [finding.line, finding.what])).toEqual([
      [7, 'heading repeats the title'],
      [15, 'heading repeats the heading on line 11'],
    ]);
  });

  it('reports a date earlier than a full date the text reports, and a title the text does not bear out', () => {
    const findings = findingsOf(
      article('2020年3月5日,会议在京召开,研究部署疫情防控工作。', '专访:5G时代的农业机械化发展', '2020-03-03'),
    );
    expect(findings.map((finding) => [finding.line, finding.kind, finding.what])).toEqual([
      [2, 'title-disagrees', 'title shares 0 of its 10 character pairs with the text'],
      [2, 'title-disagrees', 'title names 5G, which the text never mentions'],
      [7, 'date-disagrees', "the text mentions 2020-03-05, after the article's date 2020-03-03"],
    ]);
  });

  it('reports unbalanced brackets and straight quotes, and leaves balanced nested quotes and apostrophes alone', () => {
    const findings = findingsOf(
      article('他说:“这是‘载体’。”\n\n按下复工"加速度",全力推进。\n\n会议(第一次召开。\n\nIt’s fine.'),
    );
    expect(findings.map((finding) => [finding.line, finding.kind, finding.context])).toEqual([
      [9, 'straight-quote', '按下复工"加速度",全力推进。'],
      [9, 'straight-quote', '按下复工"加速度",全力推进。'],
      [11, 'unpaired-mark', '会议(第一次召开。'],
    ]);
  });

  it('reads a title with an unquoted colon as the content loader does, and reports a front matter it cannot read', () => {
    const lenient = proofreadArticle(
      '---\ntitle: 专访: 5G时代的复工\ndate: 2020-03-03\n---\n\n记者采访了5G时代的复工。\n',
    );
    expect(lenient.findings).toEqual([]);
    const report = proofreadArticle('---\ntitle: [专访\ndate: 2020-03-03\n---\n\n正文。\n');
    expect(report.findings[0]).toMatchObject({ kind: 'front-matter', level: 'fix', line: 1 });
    expect(report.findings[0]?.context).toMatch(/^front matter is not valid YAML/);
  });
});
