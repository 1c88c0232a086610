import { describe, expect, it } from 'vitest';
import { fallbackSectionId, isValidSectionId, paragraphId } from '../../../src/markdown/section-id.ts';

describe('fallbackSectionId', () => {
  it('romanizes Chinese headings into readable ASCII', () => {
    expect(fallbackSectionId('天津')).toBe('tian-jin');
    expect(fallbackSectionId('大力推进5G发展')).toBe('da-li-tui-jin-5g-fa-zhan');
  });

  it('never produces percent-encodable characters or a leading digit', () => {
    for (const heading of ['5G 建设：第一阶段', '“逆行”坚守岗位!', '２０２０年', '!!!', '']) {
      const id = fallbackSectionId(heading);
      expect(isValidSectionId(id)).toBe(true);
      expect(encodeURIComponent(id)).toBe(id);
    }
  });

  it('keeps ids short for long headings', () => {
    const id = fallbackSectionId('应急广播系统、智慧党建平台、视频会议系统、雪亮工程和天网工程发挥重要调度作用');
    expect(id.split('-').length).toBeLessThanOrEqual(8);
  });
});

describe('isValidSectionId', () => {
  it('accepts lower-case ASCII ids starting with a letter and rejects the rest', () => {
    expect(isValidSectionId('tianjin')).toBe(true);
    expect(isValidSectionId('build-5g')).toBe(true);
    expect(isValidSectionId('5g')).toBe(false);
    expect(isValidSectionId('天津')).toBe(false);
    expect(isValidSectionId('Tianjin')).toBe(false);
    expect(isValidSectionId('tian jin')).toBe(false);
  });
});

describe('paragraphId', () => {
  it('joins the section id and the 1-based position', () => {
    expect(paragraphId('tianjin', 3)).toBe('tianjin-3');
  });
});
