// The words of page scripts, as the page carries them (src/i18n/wording.ts `readerMessages`, rendered into the
// status region by StatusMessage.astro and converted with the page in the Traditional edition). The scripts
// keep no copy of their own: a copy would put a second edition's words, and the dictionary, in their bundle.
import type { ReaderMessage } from '../i18n/wording.ts';
import { carriedWording, fillWording } from './carried-wording.ts';

let pageMessages: Record<string, unknown> | undefined;

/** The page's wording of `key`, with `{name}` placeholders filled from `values`. */
export function message(key: ReaderMessage, values: Readonly<Record<string, string>>): string {
  pageMessages ??= carriedWording(document.querySelector<HTMLElement>('[data-status-message]'));
  return fillWording(pageMessages[key], values);
}
