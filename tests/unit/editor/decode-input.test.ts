import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonGbShare, decodeInput, declaredCharset } from '../../../src/editor/decode-input.ts';
import { projectRoot } from '../../support/build-site.ts';

const fixture = (...path: string[]): Promise<Buffer> => readFile(join(projectRoot, 'tests', 'fixtures', ...path));
const seedText = async (): Promise<string> => (await fixture('seeds', '002_03ced9717cfa8308.txt')).toString('utf8');

describe('decodeInput', () => {
  it('reads UTF-8, with or without a byte-order mark', async () => {
    const bytes = await fixture('seeds', '002_03ced9717cfa8308.txt');
    expect(decodeInput(bytes, 'a.txt')).toEqual({ text: await seedText(), encoding: 'utf-8' });
    expect(decodeInput(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]), 'a.txt').text).toBe(await seedText());
  });

  it('reads GB 18030 text exactly as the UTF-8 original', async () => {
    expect(decodeInput(await fixture('pages', 'broadcast-networks.gb18030.txt'), 'a.txt')).toEqual({
      text: await seedText(),
      encoding: 'gb18030',
    });
  });

  it('reads an HTML page in the charset it declares', () => {
    const gbk = Buffer.from([
      ...Buffer.from('<html><head><meta charset="gbk"></head><body>'),
      ...[0xb9, 0xe3, 0xb5, 0xe7],
      ...Buffer.from('</body></html>'),
    ]);
    expect(declaredCharset(gbk)).toBe('gbk');
    expect(decodeInput(gbk, 'a.html')).toEqual({
      text: '<html><head><meta charset="gbk"></head><body>广电</body></html>',
      encoding: 'gbk',
    });
  });

  it('refuses Big5 text instead of writing mojibake, and reads it when named', async () => {
    const big5 = await fixture('pages', 'broadcast-networks-traditional.big5.txt');
    expect(commonGbShare(big5)).toBeLessThan(0.9);
    expect(() => decodeInput(big5, 'old.txt')).toThrow(
      'old.txt: the file is not UTF-8 and does not read as GB 18030 Chinese text either. Nothing was written.',
    );
    expect(decodeInput(big5, 'old.txt', 'big5').text).toContain('抗擊疫情,廣電在行動');
  });

  it('refuses an encoding it does not know, or bytes invalid in the one named', () => {
    expect(() => decodeInput(Buffer.from('abc'), 'a.txt', 'klingon')).toThrow(
      'a.txt: "klingon" is not an encoding this tool knows',
    );
    expect(() => decodeInput(Buffer.from([0xff, 0xff]), 'a.txt', 'utf-8')).toThrow(
      'a.txt: the file is not valid utf-8',
    );
  });
});
