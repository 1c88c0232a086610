import { describe, expect, it } from 'vitest';
import { typesetPunctuation } from '../../../src/typography/punctuation.ts';

describe('typesetPunctuation', () => {
  it('shows the marks of Chinese sentences full-width', () => {
    expect(typesetPunctuation('目标不变,力度不减!信息通信业')).toBe('目标不变，力度不减！信息通信业');
    expect(typesetPunctuation('长李巍说:“广电网络')).toBe('长李巍说：“广电网络');
    expect(typesetPunctuation('熔接成功;1月26日')).toBe('熔接成功；1月26日');
    expect(typesetPunctuation('当之所在!”')).toBe('当之所在！”');
    expect(typesetPunctuation('两不误”,统筹推进')).toBe('两不误”，统筹推进');
    expect(typesetPunctuation('真的吗?是的')).toBe('真的吗？是的');
  });

  it('treats a clause break between a number and Chinese text as Chinese', () => {
    expect(typesetPunctuation('达到93.18%,在线为用户')).toBe('达到93.18%，在线为用户');
    expect(typesetPunctuation('提升到50%,5G站址')).toBe('提升到50%，5G站址');
  });

  it('turns a pair of parentheses full-width together', () => {
    expect(typesetPunctuation('建设(5G)基站')).toBe('建设（5G）基站');
    expect(typesetPunctuation('中国移动(China Mobile)')).toBe('中国移动（China Mobile）');
  });

  it('shows straight double quotes in Chinese text as “ ”, in pairs', () => {
    expect(typesetPunctuation('快递业跑出"加速度"')).toBe('快递业跑出“加速度”');
    expect(typesetPunctuation('"加速度"来了')).toBe('“加速度”来了');
    expect(typesetPunctuation('所谓"5G"时代,"云上"办公')).toBe('所谓“5G”时代，“云上”办公');
    expect(typesetPunctuation('他说:"好的。"')).toBe('他说：“好的。”');
  });

  it('leaves straight quotes of Latin text, and a quote without a partner, as typed', () => {
    for (const text of ['He said "hello" twice', 'a "b" c', '尺寸为 5" 屏幕', 'key="value"']) {
      expect(typesetPunctuation(text)).toBe(text);
    }
  });

  it('keeps numbers, Latin text, addresses and dates as they are', () => {
    for (const text of [
      '共1,000个',
      '12:30开会',
      '7×24小时',
      '2020-03-03',
      'Hello, world!',
      '(see p. 3)',
      '见https://example.org/a?b=1',
    ]) {
      expect(typesetPunctuation(text)).toBe(text);
    }
  });

  it('keeps the length of the text, so offsets stay valid', () => {
    const text = '眼下,随着各地(湖北除外)复工复产:确保5G建设!';
    expect(typesetPunctuation(text)).toHaveLength(text.length);
  });

  it('leaves the reversed quotes of a source alone', () => {
    expect(typesetPunctuation('在”尽量不出门“的号召下')).toBe('在”尽量不出门“的号召下');
  });
});
