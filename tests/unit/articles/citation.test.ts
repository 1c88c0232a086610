import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  citationPieces,
  bibtexEntry,
  citedArticle,
  gbt7714Citation,
  gbt7714Text,
  highwireMetaTags,
  risRecord,
  type CitedArticle,
} from '../../../src/articles/citation.ts';
import { articleSchema, writtenFrontMatterValue } from '../../../src/articles/schema.ts';
import { sourceKind } from '../../../src/articles/source-kinds.ts';
import { projectRoot } from '../../support/build-site.ts';

const ORIGIN = 'https://news.example.org';
const ACCESS_DAY = '2026-11-26';

/** A real article of content/articles, its front matter read as the collection reads it, at ORIGIN. */
function realArticle(id: string): CitedArticle {
  const file = readFileSync(join(projectRoot, 'content', 'articles', `${id}.md`), 'utf8');
  const written = (key: string): string | undefined => writtenFrontMatterValue(file, key);
  const data = articleSchema.parse({ title: written('title'), date: written('date'), source: written('source') });
  return citedArticle({ id, data }, `${ORIGIN}/articles/${id}/`);
}

const telecom = realArticle('2020-03-03-telecom-resumes-work');
const broadcast = realArticle('2020-02-08-broadcast-networks-fight-epidemic');

describe('sourceKind (the registry of source kinds)', () => {
  it('knows 人民邮电报 as a newspaper and 网络及微信公众号 as a web source', () => {
    expect(sourceKind('人民邮电报')).toBe('newspaper');
    expect(sourceKind('网络及微信公众号')).toBe('webpage');
  });

  it('cites any source it does not know as a web page', () => {
    expect(sourceKind('某某公众号')).toBe('webpage');
    expect(sourceKind('')).toBe('webpage');
  });

  it('matches a name whatever its punctuation width and surrounding spaces', () => {
    expect(sourceKind(' 人民邮电报 ')).toBe('newspaper');
    expect(sourceKind('人民邮电报（电子版）')).toBe('webpage');
  });
});

describe('the real articles', () => {
  it('are read with the titles, dates and kinds the pages show', () => {
    expect(telecom).toMatchObject({ title: '目标不变，力度不减！信息通信业积极推进复工复产', source: '人民邮电报' });
    expect(telecom.kind).toBe('newspaper');
    expect(broadcast).toMatchObject({ title: '抗击疫情，广电在行动', source: '网络及微信公众号' });
    expect(broadcast.kind).toBe('webpage');
  });
});

describe('gbt7714Citation (GB/T 7714—2025)', () => {
  it('cites a newspaper article read online as [N/OL] with the paper and date, and no access date', () => {
    const citation = gbt7714Citation(telecom);
    expect(citation.tail).toBeUndefined();
    expect(gbt7714Text(citation, ACCESS_DAY)).toBe(
      '目标不变，力度不减！信息通信业积极推进复工复产[N/OL]. 人民邮电报，2020-03-03. ' +
        'https://news.example.org/articles/2020-03-03-telecom-resumes-work/.',
    );
  });

  it('cites a web source as [EB/OL] with its date in （）, the access date in [] and the URL', () => {
    const citation = gbt7714Citation(broadcast);
    expect(gbt7714Text(citation, ACCESS_DAY)).toBe(
      '抗击疫情，广电在行动[EB/OL]. （2020-02-08）[2026-11-26]. ' +
        'https://news.example.org/articles/2020-02-08-broadcast-networks-fight-epidemic/.',
    );
    expect(citation.head.endsWith('[')).toBe(true);
    expect(citation.tail?.startsWith(']. ')).toBe(true);
  });

  it('takes the calendar day in Beijing, whatever the time of day the date carries', () => {
    const lateUtc = { ...telecom, date: new Date('2020-03-02T17:30:00Z') };
    expect(gbt7714Citation(lateUtc).head).toContain('人民邮电报，2020-03-03.');
  });
});

describe('risRecord', () => {
  it('writes a newspaper article as NEWS with the paper as T2, CRLF line ends and a closing ER', () => {
    expect(risRecord(telecom)).toBe(
      [
        'TY  - NEWS',
        'TI  - 目标不变，力度不减！信息通信业积极推进复工复产',
        'T2  - 人民邮电报',
        'PY  - 2020',
        'DA  - 2020/03/03/',
        'UR  - https://news.example.org/articles/2020-03-03-telecom-resumes-work/',
        'DB  - 中文新闻档案',
        'LA  - zh',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('writes a web source as ELEC on the archive’s website', () => {
    expect(risRecord(broadcast)).toBe(
      [
        'TY  - ELEC',
        'TI  - 抗击疫情，广电在行动',
        'T2  - 中文新闻档案',
        'PY  - 2020',
        'DA  - 2020/02/08/',
        'UR  - https://news.example.org/articles/2020-02-08-broadcast-networks-fight-epidemic/',
        'LA  - zh',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('keeps every value on its line', () => {
    const record = risRecord({ ...telecom, title: '第一行\n第二行' });
    expect(record).toContain('TI  - 第一行 第二行\r\n');
  });
});

describe('bibtexEntry', () => {
  it('writes a newspaper article as @article with entrysubtype newspaper', () => {
    expect(bibtexEntry(telecom)).toBe(
      [
        '@article{2020-03-03-telecom-resumes-work,',
        '  entrysubtype = {newspaper},',
        '  title = {目标不变，力度不减！信息通信业积极推进复工复产},',
        '  journal = {人民邮电报},',
        '  date = {2020-03-03},',
        '  year = {2020},',
        '  url = {https://news.example.org/articles/2020-03-03-telecom-resumes-work/},',
        '  langid = {chinese}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes a web source as @online', () => {
    expect(bibtexEntry(broadcast)).toBe(
      [
        '@online{2020-02-08-broadcast-networks-fight-epidemic,',
        '  title = {抗击疫情，广电在行动},',
        '  date = {2020-02-08},',
        '  year = {2020},',
        '  url = {https://news.example.org/articles/2020-02-08-broadcast-networks-fight-epidemic/},',
        '  langid = {chinese}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('escapes TeX’s special characters in text and makes a usable key of any id', () => {
    const entry = bibtexEntry({ ...broadcast, id: '2020/a b', title: '增长50%{A&B}_#1' });
    expect(entry).toContain('title = {增长50\\%\\{A\\&B\\}\\_\\#1}');
    expect(entry.startsWith('@online{2020-a-b,\n')).toBe(true);
  });
});

describe('highwireMetaTags', () => {
  it('gives a newspaper article its paper as citation_journal_title and dates as YYYY/MM/DD', () => {
    expect(highwireMetaTags(telecom)).toEqual([
      ['citation_title', '目标不变，力度不减！信息通信业积极推进复工复产'],
      ['citation_publication_date', '2020/03/03'],
      ['citation_online_date', '2020/03/03'],
      ['citation_journal_title', '人民邮电报'],
      ['citation_language', 'zh'],
      ['citation_public_url', 'https://news.example.org/articles/2020-03-03-telecom-resumes-work/'],
      ['citation_fulltext_html_url', 'https://news.example.org/articles/2020-03-03-telecom-resumes-work/'],
    ]);
  });

  it('gives a web source no journal', () => {
    const names = highwireMetaTags(broadcast).map(([name]) => name);
    expect(names).not.toContain('citation_journal_title');
    expect(names).toEqual(expect.arrayContaining(['citation_title', 'citation_publication_date', 'citation_language']));
  });
});

describe('citationPieces', () => {
  it('keeps the type mark and the dates whole, and leaves an address alone', () => {
    const pieces = citationPieces('抗击疫情[EB/OL]. （2020-02-08）[2026-12-06]. http://x.org/articles/2020-02-08-a/.');
    expect(pieces.filter((piece) => piece.keep).map((piece) => piece.text)).toEqual([
      '[EB/OL]',
      '（2020-02-08）',
      '2026-12-06',
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(
      '抗击疫情[EB/OL]. （2020-02-08）[2026-12-06]. http://x.org/articles/2020-02-08-a/.',
    );
    expect(citationPieces('题名[N/OL]. 人民邮电报，2020-03-03. http://x.org/.').filter((p) => p.keep)).toEqual([
      { text: '[N/OL]', keep: true },
      { text: '2020-03-03', keep: true },
    ]);
  });
});
