import { describe, expect, it } from 'vitest';
import { foldLine, importRulesOf, loadImportRules } from '../../../src/editor/import-rules.ts';

const rules = importRulesOf({
  dropLines: ['返回顶部', '分享:'],
  dropLinesStartingWith: ['相关新闻'],
  titleColumnSeparators: ['--'],
  metaLines: [
    '时间:{date} 来源:{source} 分享:',
    '发布时间:{date} 来源:{source} 作者:{...}',
    '{date} {source}',
    '来源:{source}',
  ],
});

describe('importRulesOf', () => {
  it('drops chrome lines whatever the width of their punctuation and spaces', () => {
    expect(rules.isChrome('返回顶部')).toBe(true);
    expect(rules.isChrome('分享：')).toBe(true);
    expect(rules.isChrome(' 分享: ')).toBe(true);
    expect(rules.isChrome('分享这篇文章')).toBe(false);
    expect(rules.isChrome('相关新闻: 5G网络建设加快推进')).toBe(true);
    expect(foldLine('中文简体　中文繁体  English')).toBe('中文简体 中文繁体 English');
  });

  it('reads the date and source from the line shapes, in any date form and either colon width', () => {
    expect(rules.metaOf('时间:2020-02-08 来源:网络及微信公众号 分享:')).toEqual({
      date: '2020-02-08',
      source: '网络及微信公众号',
    });
    expect(rules.metaOf('时间：2020年2月8日 来源：人民日报（海外版） 分享：')).toEqual({
      date: '2020-02-08',
      source: '人民日报（海外版）',
    });
    expect(rules.metaOf('2020-03-03 人民邮电报')).toEqual({ date: '2020-03-03', source: '人民邮电报' });
    expect(rules.metaOf('2020/3/3 09:30 人民邮电报')).toEqual({ date: '2020-03-03', source: '人民邮电报' });
    expect(rules.metaOf('来源:人民邮电报')).toEqual({ source: '人民邮电报' });
    expect(rules.metaOf('发布时间：2020-03-03 10:20  来源：光明日报  作者：张三 李四')).toEqual({
      date: '2020-03-03',
      source: '光明日报',
    });
  });

  it('reads a shape at the start of an HTML element’s text when page controls follow it', () => {
    expect(rules.metaOf('2020-03-03 人民邮电报 【字体:大 中 小】 【打印】', true)).toEqual({
      date: '2020-03-03',
      source: '人民邮电报',
    });
    expect(rules.metaOf('2020-03-03 人民邮电报 【字体:大 中 小】 【打印】')).toBeUndefined();
  });

  it('does not take a sentence that starts with a date for a date line', () => {
    expect(rules.metaOf('2020年是脱贫攻坚战的收官之年,本来就需要打一场硬仗。')).toBeUndefined();
    expect(rules.metaOf('2020年3月3日 会议指出,要做好各项工作。')).toBeUndefined();
    expect(rules.metaOf('2020年3月3日 会议指出,要做好各项工作。', true)).toBeUndefined();
  });

  it('stops with the key named when the file is malformed', () => {
    expect(() => importRulesOf({ dropLines: '返回顶部', titleColumnSeparators: [], metaLines: [] })).toThrow(
      /import-rules\.json: "dropLines" must be a list of non-empty strings/,
    );
    expect(() => importRulesOf({ dropLines: [], titleColumnSeparators: [], metaLines: [], droplines: [] })).toThrow(
      /unknown key "droplines"; allowed: about, dropLines, dropLinesStartingWith, titleColumnSeparators, metaLines/,
    );
    expect(() => importRulesOf({ dropLines: [], titleColumnSeparators: [], metaLines: ['时间:'] })).toThrow(
      /metaLines entry "时间:" has neither \{date\} nor \{source\}/,
    );
  });

  it('reads the project’s rules file', async () => {
    const projectRules = await loadImportRules();
    expect(projectRules.isChrome('扫一扫在手机打开当前页')).toBe(true);
    expect(projectRules.titleColumnSeparators).toEqual(['--']);
  });
});
