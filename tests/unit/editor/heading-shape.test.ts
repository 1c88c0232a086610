import { describe, expect, it } from 'vitest';
import { looksLikeHeading, MAX_HEADING_LENGTH } from '../../../src/editor/heading-shape.ts';

describe('looksLikeHeading', () => {
  it('takes a short line without closing punctuation, followed by text, for a heading', () => {
    expect(looksLikeHeading('天津:“逆行”坚守岗位、全力保障各部门疫情防控需求', false)).toBe(true);
    expect(looksLikeHeading('贵州:隔离病毒 但不隔离爱', false)).toBe(true);
    expect(looksLikeHeading('大力推进5G发展确保建设不停步', false)).toBe(true);
  });

  it('takes a sentence, a long line or the last line for a paragraph', () => {
    expect(looksLikeHeading('会议指出,要做好各项工作。', false)).toBe(false);
    expect(looksLikeHeading('他说:', false)).toBe(false);
    expect(looksLikeHeading('字'.repeat(MAX_HEADING_LENGTH + 1), false)).toBe(false);
    expect(looksLikeHeading('责任编辑 张三', true)).toBe(false);
  });
});
