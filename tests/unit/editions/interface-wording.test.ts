import { describe, expect, it } from 'vitest';
import { TAIWAN_INTERFACE_WORDING, taiwanInterfaceWording } from '../../../src/editions/interface-wording.ts';
import { toTraditional } from '../../../src/editions/traditional.ts';

describe('taiwanInterfaceWording', () => {
  it('says the interface’s words as Taiwan does: 搜尋, 列印, 連結, QR 碼', () => {
    expect(taiwanInterfaceWording(toTraditional('搜索文章（按 / 键）'))).toBe('搜尋文章（按 / 鍵）');
    expect(taiwanInterfaceWording(toTraditional('打印日期'))).toBe('列印日期');
    expect(taiwanInterfaceWording(toTraditional('已复制本节链接'))).toBe('已複製本節連結');
    expect(taiwanInterfaceWording(toTraditional('本文网址的二维码'))).toBe('本文網址的QR 碼');
    expect(taiwanInterfaceWording(toTraditional('文件名取定后不再更改'))).toBe('檔名取定後不再更改');
  });

  it('maps the tw conversion of each mainland word, a longer word before the shorter one it holds', () => {
    for (const [index, [from]] of TAIWAN_INTERFACE_WORDING.entries()) {
      // Every entry is written as OpenCC's tw conversion spells it, or it would never match.
      expect(toTraditional(from), from).toBe(from);
      for (const [earlier] of TAIWAN_INTERFACE_WORDING.slice(0, index))
        expect(from.includes(earlier), from).toBe(false);
    }
  });
});
