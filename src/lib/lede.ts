const SENTENCE_END = /[。！？!?]/u;

/** The lede shown in lists and meta descriptions: the first paragraph of the body, cut at a sentence end near `maxLength` characters. */
export function ledeFromBody(markdownBody: string, maxLength = 120): string {
  const firstParagraph =
    markdownBody
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .find((block) => block !== '' && !block.startsWith('#') && !block.startsWith('<')) ?? '';
  const plain = firstParagraph
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/\s+/g, '')
    .trim();
  const characters = Array.from(plain);
  if (characters.length <= maxLength) return plain;
  let cut = -1;
  for (let i = 0; i < maxLength; i += 1) {
    if (SENTENCE_END.test(characters[i] ?? '')) cut = i + 1;
  }
  if (cut >= maxLength / 3) return characters.slice(0, cut).join('');
  return `${characters.slice(0, maxLength - 1).join('')}…`;
}
