import { describe, expect, it } from 'vitest';
import { importRulesOf } from '../../../src/editor/import-rules.ts';
import { readTextPage } from '../../../src/editor/text-page.ts';

const rules = importRulesOf({
  dropLines: ['返回顶部', '分享:'],
  titleColumnSeparators: ['--'],
  metaLines: ['{date} {source}', '来源:{source}', '时间:{date}'],
});

describe('readTextPage', () => {
  it('finds the title before the date and source line, drops the chrome and reads headings by shape', () => {
    const page = readTextPage(
      '返回顶部\r\n网站导航\r\n某地召开会议--要闻\r\n2020-03-03 人民邮电报\r\n分享:\r\n\u3000\u3000会议指出,要做好各项工作。\r\n天津:做好保障\r\n天津广电网络全力保障。\r\n最后一行没有标点\r\n',
      rules,
    );
    expect(page).toEqual({
      title: '某地召开会议',
      column: '要闻',
      date: '2020-03-03',
      source: '人民邮电报',
      blocks: [
        { kind: 'paragraph', text: '会议指出,要做好各项工作。' },
        { kind: 'heading', text: '天津:做好保障' },
        { kind: 'paragraph', text: '天津广电网络全力保障。' },
        { kind: 'paragraph', text: '最后一行没有标点' },
      ],
      unrecognised: ['网站导航'],
    });
  });

  it('reads a date and a source on separate lines', () => {
    const page = readTextPage('某地召开会议\n时间:2020-03-03\n来源:人民邮电报\n会议指出。\n', rules);
    expect([page.title, page.date, page.source]).toEqual(['某地召开会议', '2020-03-03', '人民邮电报']);
  });

  it('leaves the date and source undefined when no line has their shape', () => {
    const page = readTextPage('某地召开会议\n会议指出。\n', rules);
    expect([page.title, page.date, page.source]).toEqual(['某地召开会议', undefined, undefined]);
  });
});
