import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../src/editor/import-command.ts';
import { projectRoot } from '../../support/build-site.ts';

const SEEDS = join(projectRoot, 'tests', 'fixtures', 'seeds');
const PAGES = join(projectRoot, 'tests', 'fixtures', 'pages');
const ARTICLES = join(projectRoot, 'content', 'articles');
const BROADCAST = '2020-02-08-broadcast-networks-fight-epidemic';
const TELECOM = '2020-03-03-telecom-resumes-work';
/** The 5G article's section ids chosen by hand (English), and the pinyin ones the import derives instead. */
const TELECOM_HAND_CHOSEN_IDS = {
  'build-5g': 'dali-tuijin-5g',
  'resume-work': 'tongchou-tuijin',
  'poverty-alleviation': 'gongzuo-lidu-bu',
};

let articlesDir: string;
let output: string[];
let errors: string[];
let rulesFile: string | undefined;

/** Runs the import into a fresh folder, collecting what it prints. */
async function run(...args: string[]): Promise<number> {
  return runImport(args, {
    articlesDir,
    projectRoot,
    ...(rulesFile === undefined ? {} : { rulesFile }),
    cwd: projectRoot,
    log: (line) => output.push(line),
    error: (line) => errors.push(line),
  });
}

/**
 * A committed article as the import would write it: the archive's own additions removed (the editor's note
 * of the 广东 section), and the section ids an editor chose by hand replaced by the ones the import derives.
 */
async function committedAsImported(id: string, handChosenIds: Readonly<Record<string, string>> = {}): Promise<string> {
  const text = await readFile(join(ARTICLES, `${id}.md`), 'utf8');
  return text
    .replace(/<aside class="editor-note"[^\n]*<\/aside>\n\n/g, '')
    .replace(/\{#([a-z0-9-]+)\}/g, (whole, chosen: string) => {
      const derived = handChosenIds[chosen];
      return derived === undefined ? whole : `{#${derived}}`;
    });
}

beforeEach(async () => {
  articlesDir = await mkdtemp(join(tmpdir(), 'import-'));
  output = [];
  errors = [];
  rulesFile = undefined;
});

afterEach(async () => {
  await rm(articlesDir, { recursive: true, force: true });
});

describe('npm run import: the two seeds reproduce the committed articles', () => {
  it('writes the 广东 article byte for byte, section ids included, but for the editor’s note the archive added', async () => {
    expect(await run(join(SEEDS, '002_03ced9717cfa8308.txt'), '--id', BROADCAST)).toBe(0);
    expect(errors).toEqual([]);
    const written = await readFile(join(articlesDir, `${BROADCAST}.md`), 'utf8');
    expect(written).toBe(await committedAsImported(BROADCAST));
  });

  it('writes the 5G article byte for byte but for its three hand-chosen English section ids', async () => {
    expect(await run(join(SEEDS, '000_7a6ee21bd6e29631.txt'), '--id', TELECOM)).toBe(0);
    const written = await readFile(join(articlesDir, `${TELECOM}.md`), 'utf8');
    expect(written).toBe(await committedAsImported(TELECOM, TELECOM_HAND_CHOSEN_IDS));
  });

  it('prints what it found, the path it wrote and the proofreading report', async () => {
    await run('tests/fixtures/seeds/002_03ced9717cfa8308.txt');
    const printed = output.join('\n');
    expect(printed).toContain('tests/fixtures/seeds/002_03ced9717cfa8308.txt (utf-8, text):');
    expect(printed).toContain(
      '  title:  抗击疫情,广电在行动\n  column: 防疫前沿\n  date:   2020-02-08\n  source: 网络及微信公众号',
    );
    expect(printed).toContain('  5 sections, 24 paragraphs');
    expect(printed).toMatch(/wrote .*2020-02-08-kangji-yi-qing\.md/);
    expect(printed).toContain('reversed quotes');
    expect(printed).toContain('<strong>编者注</strong>：本节照录来源原文，未作改动。');
    expect(await readdir(articlesDir)).toEqual(['2020-02-08-kangji-yi-qing.md']);
  });
});

describe('npm run import: other inputs', () => {
  it('reads a saved HTML page (navigation, share buttons, sidebar and footer around the article) into the same article', async () => {
    expect(await run(join(PAGES, 'broadcast-networks.html'), '--id', BROADCAST)).toBe(0);
    const written = await readFile(join(articlesDir, `${BROADCAST}.md`), 'utf8');
    expect(written).toBe(await committedAsImported(BROADCAST));
    expect(written).not.toMatch(/首页|热点新闻|分享到微信|版权所有|返回顶部|扫一扫/);
    expect(output[0]).toContain('(utf-8, HTML)');
  });

  it('reads an older table layout (paragraphs separated by <br>, the headline in a bold cell) into the same 5G article', async () => {
    expect(await run(join(PAGES, 'telecom-table-layout.html'), '--id', TELECOM)).toBe(0);
    const written = await readFile(join(articlesDir, `${TELECOM}.md`), 'utf8');
    expect(written).toBe(await committedAsImported(TELECOM, TELECOM_HAND_CHOSEN_IDS));
    expect(written).not.toMatch(/首页|相关新闻|分享到|字体|打印|版权所有|通信行业动态/);
  });

  it('decodes a GB 18030 file into the same article, never mojibake', async () => {
    expect(await run(join(PAGES, 'broadcast-networks.gb18030.txt'), '--id', BROADCAST)).toBe(0);
    expect(await readFile(join(articlesDir, `${BROADCAST}.md`), 'utf8')).toBe(await committedAsImported(BROADCAST));
    expect(output[0]).toContain('(gb18030, text)');
  });

  it('refuses a Big5 file it cannot tell from noise, writing nothing, and reads it when told the encoding', async () => {
    const big5 = join(PAGES, 'broadcast-networks-traditional.big5.txt');
    expect(await run(big5)).toBe(1);
    expect(errors).toEqual([
      'tests/fixtures/pages/broadcast-networks-traditional.big5.txt: the file is not UTF-8 and does not read as GB 18030 Chinese text either. Nothing was written. Save the page as UTF-8, or name its encoding: npm run import -- tests/fixtures/pages/broadcast-networks-traditional.big5.txt --encoding big5',
    ]);
    expect(await readdir(articlesDir)).toEqual([]);
    // Its site writes 時間 and 來源: the editor adds that line's shape to the rules.
    const rules = JSON.parse(await readFile(join(projectRoot, 'content', 'import-rules.json'), 'utf8')) as {
      metaLines: string[];
    };
    rules.metaLines.push('時間:{date} 來源:{source} 分享:');
    rulesFile = join(articlesDir, 'rules.json');
    await writeFile(rulesFile, JSON.stringify(rules));
    expect(await run(big5, '--encoding', 'big5', '--id', 'traditional')).toBe(0);
    expect(await readFile(join(articlesDir, 'traditional.md'), 'utf8')).toContain(
      'title: 抗擊疫情,廣電在行動\ndate: 2020-02-08\nsource: 網絡及微信公眾號\ncolumn: 防疫前沿\n',
    );
  });

  it('stops on a page without a date, naming what is missing, and writes nothing', async () => {
    const page = join(articlesDir, 'no-date.txt');
    await writeFile(page, '返回顶部\n某地召开会议\n来源:人民邮电报\n会议指出,要做好各项工作。\n');
    expect(await run(page)).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /no-date\.txt: found no date \(a line like 时间:2020-02-08 or 2020-03-03 人民邮电报\)\. Nothing was written\. Add the missing line's shape to content\/import-rules\.json/,
    );
    expect(await readdir(articlesDir)).toEqual(['no-date.txt']);
  });

  it('stops on an HTML page without a date or source, naming both', async () => {
    const page = join(articlesDir, 'no-date.html');
    const paragraph = '<p>会议指出,要做好疫情防控和复工复产各项工作,统筹推进经济社会发展,确保完成全年目标任务。</p>';
    await writeFile(
      page,
      `<!DOCTYPE html><html><head><title>某地召开会议</title></head><body><article><h1>某地召开会议</h1>${paragraph.repeat(4)}</article></body></html>`,
    );
    expect(await run(page)).toBe(1);
    expect(errors[0]).toContain(
      'found no date (a line like 时间:2020-02-08 or 2020-03-03 人民邮电报), no source (a line like 来源:人民邮电报)',
    );
  });

  it('never replaces an existing article without --force, and does with it', async () => {
    const seed = join(SEEDS, '000_7a6ee21bd6e29631.txt');
    await writeFile(join(articlesDir, `${TELECOM}.md`), 'an editor’s work\n');
    expect(await run(seed, '--id', TELECOM)).toBe(1);
    const shown = relative(projectRoot, join(articlesDir, `${TELECOM}.md`));
    expect(errors).toEqual([
      `tests/fixtures/seeds/000_7a6ee21bd6e29631.txt: ${shown} already exists. Nothing was written: choose another --id, or pass --force to replace it.`,
    ]);
    expect(await readFile(join(articlesDir, `${TELECOM}.md`), 'utf8')).toBe('an editor’s work\n');
    expect(await run(seed, '--id', TELECOM, '--force')).toBe(0);
    expect(await readFile(join(articlesDir, `${TELECOM}.md`), 'utf8')).toContain(
      'title: 目标不变,力度不减!信息通信业积极推进复工复产',
    );
  });

  it('never writes an id an MDX article already has, even with --force', async () => {
    await writeFile(join(articlesDir, `${TELECOM}.mdx`), 'an MDX article\n');
    expect(await run(join(SEEDS, '000_7a6ee21bd6e29631.txt'), '--id', TELECOM, '--force')).toBe(1);
    expect(errors[0]).toContain('.mdx (MDX) has this id. Nothing was written: choose another --id.');
    expect(await readdir(articlesDir)).toEqual([`${TELECOM}.mdx`]);
  });

  it('quotes a title with a colon and a space so that YAML reads it back', async () => {
    const page = join(articlesDir, 'colon.txt');
    await writeFile(page, '专访: 5G时代的复工\n2020-03-03 人民邮电报\n记者近日采访了有关负责人。\n');
    expect(await run(page, '--id', 'interview')).toBe(0);
    expect(await readFile(join(articlesDir, 'interview.md'), 'utf8')).toBe(
      '---\ntitle: "专访: 5G时代的复工"\ndate: 2020-03-03\nsource: 人民邮电报\n---\n\n记者近日采访了有关负责人。\n',
    );
  });

  it('warns about a source listed nowhere in content/sources.json', async () => {
    const page = join(articlesDir, 'gmrb.txt');
    await writeFile(page, '某地召开会议\n2020-03-03 光明日报\n会议指出,要做好各项工作。\n');
    expect(await run(page, '--id', 'gmrb')).toBe(0);
    expect(output.join('\n')).toContain('warning: ');
    expect(output.join('\n')).toContain('source "光明日报" is not listed in content/sources.json');
  });

  it('takes --id for one file only', async () => {
    expect(await run('a.txt', 'b.txt', '--id', 'x')).toBe(2);
    expect(errors[0]).toContain('--id names one article');
  });
});
