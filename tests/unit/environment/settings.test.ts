import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../src/environment/settings.ts';

describe('readSettings', () => {
  it('gives the defaults for an empty environment, and for variables left blank', () => {
    const defaults = {
      siteUrl: 'http://localhost:4321',
      siteUrlGiven: false,
      basePath: '/',
      contentDir: 'content/articles',
      outDir: './dist',
      cacheDir: './node_modules/.astro',
      searchPartLimit: undefined,
      searchInSeparateJobs: false,
      port: 4321,
      invocationFolder: process.cwd(),
    };
    expect(readSettings({})).toEqual(defaults);
    expect(readSettings({ SITE_URL: '', BASE_PATH: '', ARCHIVE_SEARCH_PART_LIMIT: '', PORT: '' })).toEqual(defaults);
  });

  it('reads each variable', () => {
    expect(
      readSettings({
        SITE_URL: 'https://news.example.org',
        BASE_PATH: '/archive/',
        ARCHIVE_CONTENT_DIR: 'corpus',
        ARCHIVE_OUT_DIR: '/tmp/out',
        ARCHIVE_CACHE_DIR: '/tmp/cache',
        ARCHIVE_SEARCH_PART_LIMIT: '500',
        ARCHIVE_SEARCH_INDEX: 'separate',
        PORT: '8080',
        INIT_CWD: '/home/editor/downloads',
      }),
    ).toEqual({
      siteUrl: 'https://news.example.org',
      siteUrlGiven: true,
      basePath: '/archive/',
      contentDir: 'corpus',
      outDir: '/tmp/out',
      cacheDir: '/tmp/cache',
      searchPartLimit: 500,
      searchInSeparateJobs: true,
      port: 8080,
      invocationFolder: '/home/editor/downloads',
    });
    expect(readSettings({ ARCHIVE_SEARCH_PART_LIMIT: 'none' }).searchPartLimit).toBe(Number.POSITIVE_INFINITY);
  });

  it('names the variable of a value it cannot use', () => {
    expect(() => readSettings({ ARCHIVE_SEARCH_PART_LIMIT: '2k' })).toThrow(/ARCHIVE_SEARCH_PART_LIMIT=2k/);
    expect(() => readSettings({ ARCHIVE_SEARCH_PART_LIMIT: '0' })).toThrow(/ARCHIVE_SEARCH_PART_LIMIT=0/);
    expect(() => readSettings({ SITE_URL: 'news.example.org' })).toThrow(/SITE_URL=news\.example\.org/);
    expect(() => readSettings({ SITE_URL: 'ftp://news.example.org' })).toThrow(/SITE_URL=/);
    expect(() => readSettings({ BASE_PATH: 'archive/' })).toThrow(/BASE_PATH=archive\//);
    expect(() => readSettings({ ARCHIVE_SEARCH_INDEX: 'seperate' })).toThrow(/ARCHIVE_SEARCH_INDEX=seperate/);
    expect(() => readSettings({ PORT: 'http' })).toThrow(/PORT=http/);
    expect(() => readSettings({ PORT: '70000' })).toThrow(/PORT=70000/);
  });
});
