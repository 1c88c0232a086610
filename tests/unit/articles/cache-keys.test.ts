import { describe, expect, it } from 'vitest';
import {
  articlePageKey,
  citationFileKey,
  listingPageKey,
  monthPageKey,
  type KeyedArticle,
} from '../../../src/articles/cache-keys.ts';

/** An article cited as a newspaper (人民邮电报 is listed in content/sources.json). */
const NEWSPAPER: KeyedArticle = {
  id: 'a',
  data: { title: '标题甲', date: new Date('2020-03-03'), source: '人民邮电报', column: '防疫前沿', lede: '第一段。' },
  digest: 'digest-of-the-file',
};
/** An article from a source cited as a web page, whose reference carries the build day. */
const WEB_PAGE: KeyedArticle = { ...NEWSPAPER, id: 'w', data: { ...NEWSPAPER.data, source: '网络及微信公众号' } };
const NEWER: KeyedArticle = { ...NEWSPAPER, id: 'n', data: { ...NEWSPAPER.data, title: '较新' } };
const OLDER: KeyedArticle = { ...NEWSPAPER, id: 'o', data: { ...NEWSPAPER.data, title: '较早' } };
const DAY = '2026-11-20';

const withData = (article: KeyedArticle, data: Partial<KeyedArticle['data']>): KeyedArticle => ({
  ...article,
  data: { ...article.data, ...data },
});

describe('articlePageKey', () => {
  const key = (article: KeyedArticle, newer: KeyedArticle | undefined, older: KeyedArticle | undefined): string =>
    articlePageKey(article, newer, older, DAY);
  const original = key(NEWSPAPER, NEWER, OLDER);

  it('is the same for the same article and neighbours', () => {
    expect(key({ ...NEWSPAPER }, { ...NEWER }, { ...OLDER })).toBe(original);
  });

  it('changes with anything of the article: front matter, lede, its file (digest)', () => {
    const keys = new Set([
      original,
      key(withData(NEWSPAPER, { title: '标题乙' }), NEWER, OLDER),
      key(withData(NEWSPAPER, { date: new Date('2020-03-04') }), NEWER, OLDER),
      key(withData(NEWSPAPER, { column: undefined }), NEWER, OLDER),
      key(withData(NEWSPAPER, { description: '导语' }), NEWER, OLDER),
      key(withData(NEWSPAPER, { lede: '改过的第一段。' }), NEWER, OLDER),
      key({ ...NEWSPAPER, digest: 'digest-of-the-edited-file' }, NEWER, OLDER),
    ]);
    expect(keys.size).toBe(7);
  });

  it('changes with the id or title of a neighbour, or when one comes or goes, and with nothing else of theirs', () => {
    expect(key(NEWSPAPER, withData(NEWER, { title: '新标题' }), OLDER)).not.toBe(original);
    expect(key(NEWSPAPER, NEWER, { ...OLDER, id: 'o2' })).not.toBe(original);
    expect(key(NEWSPAPER, undefined, OLDER)).not.toBe(original);
    expect(key(NEWSPAPER, NEWER, undefined)).not.toBe(original);
    // The page links to its neighbours by id and title only.
    expect(key(NEWSPAPER, { ...NEWER, digest: '别的正文' }, withData(OLDER, { source: '新华社' }))).toBe(original);
  });

  it('changes with the build day only for a source cited as a web page (its reference prints the access date)', () => {
    expect(articlePageKey(NEWSPAPER, NEWER, OLDER, DAY)).toBe(articlePageKey(NEWSPAPER, NEWER, OLDER, '2026-11-21'));
    expect(articlePageKey(WEB_PAGE, NEWER, OLDER, DAY)).not.toBe(articlePageKey(WEB_PAGE, NEWER, OLDER, '2026-11-21'));
  });
});

describe('citationFileKey', () => {
  it('changes with the facts a citation states and with nothing else', () => {
    const key = citationFileKey(NEWSPAPER);
    expect(citationFileKey({ ...NEWSPAPER, id: 'b' })).not.toBe(key);
    expect(citationFileKey(withData(NEWSPAPER, { title: '标题乙' }))).not.toBe(key);
    expect(citationFileKey(withData(NEWSPAPER, { date: new Date('2020-03-04') }))).not.toBe(key);
    expect(citationFileKey(withData(NEWSPAPER, { source: '新华社' }))).not.toBe(key);
    expect(citationFileKey({ ...NEWSPAPER, digest: '别的正文', data: { ...NEWSPAPER.data, column: undefined } })).toBe(
      key,
    );
  });
});

describe('listingPageKey', () => {
  const page = { currentPage: 2, lastPage: 3, total: 50 };

  it('changes with the page number, the number of pages, the total and each listed article', () => {
    const key = listingPageKey(page, [NEWER, NEWSPAPER]);
    expect(listingPageKey({ ...page }, [{ ...NEWER }, { ...NEWSPAPER }])).toBe(key);
    expect(listingPageKey({ ...page, currentPage: 1 }, [NEWER, NEWSPAPER])).not.toBe(key);
    expect(listingPageKey({ ...page, lastPage: 4 }, [NEWER, NEWSPAPER])).not.toBe(key);
    expect(listingPageKey({ ...page, total: 51 }, [NEWER, NEWSPAPER])).not.toBe(key);
    expect(listingPageKey(page, [NEWSPAPER, NEWER])).not.toBe(key);
    expect(listingPageKey(page, [NEWER])).not.toBe(key);
    expect(listingPageKey(page, [NEWER, withData(NEWSPAPER, { column: '行业动态' })])).not.toBe(key);
    // The lede (the description, else the first paragraph) is what the list shows of the text.
    expect(listingPageKey(page, [NEWER, withData(NEWSPAPER, { lede: '新的第一段。' })])).not.toBe(key);
  });

  it('does not change with what a list does not show: the rest of the text (the file digest)', () => {
    expect(listingPageKey(page, [NEWER, { ...NEWSPAPER, digest: 'an edit in a later paragraph' }])).toBe(
      listingPageKey(page, [NEWER, NEWSPAPER]),
    );
  });
});

describe('monthPageKey', () => {
  it('changes with the month, its articles and the months before and after it', () => {
    const key = monthPageKey('2020-03', [NEWSPAPER], '2020-04', '2020-01');
    expect(monthPageKey('2020-03', [{ ...NEWSPAPER }], '2020-04', '2020-01')).toBe(key);
    expect(monthPageKey('2020-03', [NEWSPAPER, OLDER], '2020-04', '2020-01')).not.toBe(key);
    expect(monthPageKey('2020-03', [withData(NEWSPAPER, { title: '标题乙' })], '2020-04', '2020-01')).not.toBe(key);
    expect(monthPageKey('2020-03', [NEWSPAPER], '2020-05', '2020-01')).not.toBe(key);
    expect(monthPageKey('2020-03', [NEWSPAPER], '2020-04', undefined)).not.toBe(key);
  });
});
