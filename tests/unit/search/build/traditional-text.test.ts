import { describe, expect, it } from 'vitest';
import { traditionalDocument } from '../../../../src/search/build/traditional-text.ts';
import { HEADER_SECTION, type SearchDocument } from '../../../../src/search/shared/document.ts';

const article: SearchDocument = {
  url: '/articles/2020-03-03-telecom-resumes-work/',
  title: '目标不变，力度不减！信息通信业积极推进复工复产',
  date: '2020-03-03',
  dateText: '2020年3月3日',
  source: '人民邮电报',
  sections: [
    { id: 'intro', title: '导语' },
    { id: 'resume-work', title: '统筹推进两手抓科学安排复工复产' },
  ],
  blocks: [
    { section: HEADER_SECTION, anchor: '', text: '目标不变，力度不减！信息通信业积极推进复工复产' },
    { section: HEADER_SECTION, anchor: '', text: '2020年3月3日·来源：人民邮电报' },
    { section: 0, anchor: 'intro-1', text: '广电网络发展，头发，96956。' },
    { section: 1, anchor: 'resume-work', text: '统筹推进两手抓科学安排复工复产' },
  ],
};

describe('traditionalDocument', () => {
  const converted = traditionalDocument(article);

  it('converts every string a reader sees, with the edition converter (tw characters, same words)', () => {
    expect(converted.title).toBe('目標不變，力度不減！信息通信業積極推進復工復產');
    expect(converted.source).toBe('人民郵電報');
    expect(converted.dateText).toBe('2020年3月3日');
    expect(converted.sections.map((section) => section.title)).toEqual(['導語', '統籌推進兩手抓科學安排復工復產']);
    expect(converted.blocks.map((block) => block.text)).toEqual([
      converted.title,
      '2020年3月3日·來源：人民郵電報',
      '廣電網絡發展，頭髮，96956。',
      '統籌推進兩手抓科學安排復工復產',
    ]);
  });

  it('keeps ids, anchors, sections, the URL and the ISO date, and each block its Simplified original', () => {
    expect(converted.url).toBe(article.url);
    expect(converted.date).toBe(article.date);
    expect(converted.sections.map((section) => section.id)).toEqual(['intro', 'resume-work']);
    expect(converted.blocks.map((block) => [block.section, block.anchor, block.original])).toEqual(
      article.blocks.map((block) => [block.section, block.anchor, block.text]),
    );
  });

  it('fails, naming the article, when a conversion does not change characters one for one', () => {
    expect(() => traditionalDocument(article, (text) => text.replace('复工复产', '復工'))).toThrow(
      /Traditional search text of \/articles\/2020-03-03-telecom-resumes-work\/: converting ".*复工复产" gave/,
    );
  });
});
