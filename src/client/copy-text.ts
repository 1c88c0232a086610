// Copying to the clipboard from a page script, for every control that copies (self-links, 分享, 引用本文).

/** How long a clipboard permission prompt may stay unanswered before the copy counts as refused. */
const CLIPBOARD_PATIENCE_MS = 1500;

/** Copies `text` to the clipboard; false when the browser refuses (permissions, insecure origin, no answer). */
export async function copyText(text: string): Promise<boolean> {
  try {
    const unanswered = new Promise<never>((_, reject) =>
      window.setTimeout(() => reject(new Error('clipboard: no answer')), CLIPBOARD_PATIENCE_MS),
    );
    await Promise.race([navigator.clipboard.writeText(text), unanswered]);
    return true;
  } catch {
    return false;
  }
}
