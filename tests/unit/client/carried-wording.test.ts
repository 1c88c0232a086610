import { describe, expect, it } from 'vitest';
import { fillWording } from '../../../src/client/carried-wording.ts';

describe('fillWording', () => {
  it('fills known placeholders and leaves unknown ones as written', () => {
    expect(fillWording('找到 {count} 篇包含“{query}”的文章{note}', { count: '2', query: '广电' })).toBe(
      '找到 2 篇包含“广电”的文章{note}',
    );
  });

  it('gives nothing for wording that is not text', () => {
    expect(fillWording(undefined)).toBe('');
    expect(fillWording(42, { count: '1' })).toBe('');
  });
});
