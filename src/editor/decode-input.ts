// Saved pages from Chinese sites are often GB 18030/GBK rather than UTF-8. An import decodes them correctly or
// refuses them with a message; it never writes mojibake. Node's TextDecoder (full ICU) reads gb18030 natively.

/** Text decoded from a file and the encoding it was read as. */
export interface DecodedInput {
  readonly text: string;
  readonly encoding: string;
}

/** The charset an HTML page declares in its first bytes (`<meta charset="gbk">` or the http-equiv form). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/**
 * Share of a GB 18030 byte stream's two-byte characters that are GB 2312's punctuation (lead byte A1–A9) or
 * its 3,755 common characters (B0–D7, trail A1–FE). Chinese prose scores near 1; Big5 or Shift_JIS text read
 * as GB 18030 scores far lower, since their common characters sit elsewhere.
 */
export function commonGbShare(bytes: Uint8Array): number {
  let doubleByte = 0;
  let common = 0;
  for (let at = 0; at < bytes.length; at += 1) {
    const lead = bytes[at] ?? 0;
    if (lead < 0x81 || lead === 0xff) continue;
    const trail = bytes[at + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      doubleByte += 1;
      at += 3;
      continue;
    }
    doubleByte += 1;
    const isSymbol = lead >= 0xa1 && lead <= 0xa9 && trail >= 0xa1;
    const isCommonHan = lead >= 0xb0 && lead <= 0xd7 && trail >= 0xa1 && trail <= 0xfe;
    if (isSymbol || isCommonHan) common += 1;
    at += 1;
  }
  return doubleByte === 0 ? 0 : common / doubleByte;
}

/** Decodes `bytes` strictly as `encoding`, or undefined if they are not valid in it; throws for an unknown encoding. */
function strictly(bytes: Uint8Array, encoding: string): string | undefined {
  const decoder = new TextDecoder(encoding, { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The text of a saved page: in the encoding the editor names, else by its byte-order mark, as UTF-8, in
 * the charset an HTML page declares, or as GB 18030 when it reads as Chinese text. Anything else is refused
 * with a message naming the file and what to do.
 */
export function decodeInput(bytes: Uint8Array, file: string, encoding?: string): DecodedInput {
  const refuse = (why: string): Error =>
    new Error(
      `${file}: ${why}. Nothing was written. Save the page as UTF-8, or name its encoding: npm run import -- ${file} --encoding big5`,
    );
  if (encoding !== undefined) {
    let text: string | undefined;
    try {
      text = strictly(bytes, encoding);
    } catch {
      throw refuse(`"${encoding}" is not an encoding this tool knows`);
    }
    if (text === undefined) throw refuse(`the file is not valid ${encoding}`);
    return { text: text.replace(/^\uFEFF/, ''), encoding };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const utf8 = strictly(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  const declared = declaredCharset(bytes);
  if (declared !== undefined && declared !== 'utf-8' && declared !== 'utf8') {
    let text: string | undefined;
    try {
      text = strictly(bytes, declared);
    } catch {
      throw refuse(`the page declares charset "${declared}", which this tool does not know`);
    }
    if (text === undefined) throw refuse(`the page declares charset "${declared}" but is not valid ${declared}`);
    return { text, encoding: declared };
  }
  const gb = strictly(bytes, 'gb18030');
  if (gb !== undefined && commonGbShare(bytes) >= 0.9) return { text: gb, encoding: 'gb18030' };
  throw refuse('the file is not UTF-8 and does not read as GB 18030 Chinese text either');
}
