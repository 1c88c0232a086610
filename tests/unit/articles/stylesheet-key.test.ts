import { describe, expect, it } from 'vitest';
import { withStylesheet } from '../../../src/articles/stylesheet-key.ts';

describe('withStylesheet', () => {
  it('adds the same digest of the project styles to every key, keeping keys apart', () => {
    const [a, b] = [withStylesheet('page-a'), withStylesheet('page-b')];
    expect(a).toMatch(/^page-a\.[\w-]{16}$/);
    expect(b.slice('page-b'.length)).toBe(a.slice('page-a'.length));
    expect(withStylesheet('page-a')).toBe(a);
  });
});
