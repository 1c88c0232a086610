import { describe, expect, it } from 'vitest';
import { firstWordsSlug, headingSlug, sectionIds } from '../../../src/editor/short-ids.ts';

describe('section ids', () => {
  it('names a 地名: heading by its place in pinyin, as the committed articles do', () => {
    expect(
      ['天津:“逆行”坚守岗位', '贵州:隔离病毒', '山东:应急广播', '广东:客服', '重庆:值守在一线'].map(headingSlug),
    ).toEqual(['tianjin', 'guizhou', 'shandong', 'guangdong', 'chongqing']);
  });

  it('names any other heading by its first words', () => {
    expect(headingSlug('大力推进5G发展确保建设不停步')).toBe('dali-tuijin-5g');
    expect(headingSlug('5G时代')).toBe('s-5g-shidai');
    expect(headingSlug('——')).toBe('section');
  });

  it('keeps ids unique with letters, never with numbers that paragraph ids use, and never takes intro', () => {
    expect(sectionIds(['天津:一', '天津:二', '天津:三'])).toEqual(['tianjin', 'tianjin-b', 'tianjin-c']);
    expect(sectionIds(['引言:说明'])).toEqual(['yinyan']);
  });

  it('makes an article slug from the title’s first words', () => {
    expect(firstWordsSlug('目标不变,力度不减!信息通信业积极推进复工复产', 4)).toBe('mubiao-bubian');
  });
});
