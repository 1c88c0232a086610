// The Traditional edition's interface in Taiwan's words. OpenCC's `tw` standard converts characters only
// (src/editions/traditional.ts), which is right for the archived articles: their words are the source's.
// The site's own interface (buttons, labels, hints, messages, the about page) is ours, and Traditional
// readers expect their own words for it: 搜尋, not 搜索. This is that vocabulary, a hand-checked table
// (not OpenCC's `twp` phrases, which would also turn 信息 into 資訊 where the about page quotes the
// articles' words), applied by src/editions/traditional-page.ts to text outside the archived text
// (elements marked ARCHIVED_TEXT_ATTRIBUTE) and to the interface's attributes. Each entry maps the `tw`
// conversion of a mainland word to the word Taiwan uses; longer entries come first where they overlap.

/** Marks an element whose text is the archive's (a title, a body, a lede): never reworded. */
export const ARCHIVED_TEXT_ATTRIBUTE = 'data-archived-text';

/** The mark as attributes to spread on such an element in a component (`<p {...archivedText}>`). */
export const archivedText = { [ARCHIVED_TEXT_ATTRIBUTE]: true } as const;

/** Attributes whose values are interface text a reader hears or sees (labels, hints, carried messages). */
export const INTERFACE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'aria-label',
  'placeholder',
  'title',
  'alt',
  'data-messages',
  'data-placeholder-with-key',
]);

/** `tw` form → Taiwan wording, checked by hand against Taiwan's usage (教育部《重編國語辭典修訂本》, common sites). */
export const TAIWAN_INTERFACE_WORDING: readonly (readonly [string, string])[] = [
  ['搜索', '搜尋'],
  ['打印', '列印'],
  ['鏈接', '連結'],
  ['二維碼', 'QR 碼'],
  ['設置', '設定'],
  ['文件名', '檔名'],
  ['文件', '檔案'],
  ['軟件', '軟體'],
  ['賬號', '帳號'],
  ['導航欄', '導覽列'],
  ['導航', '導覽'],
  ['字體', '字型'],
  ['打開', '開啟'],
  ['訪問', '造訪'],
];

const PATTERN = new RegExp(TAIWAN_INTERFACE_WORDING.map(([from]) => from).join('|'), 'g');
const REPLACEMENTS: ReadonlyMap<string, string> = new Map(TAIWAN_INTERFACE_WORDING);

/** Interface text (already converted to Traditional characters) in Taiwan's words. */
export function taiwanInterfaceWording(text: string): string {
  return text.replace(PATTERN, (word) => REPLACEMENTS.get(word) ?? word);
}
