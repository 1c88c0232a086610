// The words of page scripts, as the page carries them (src/site.ts `readerMessages`, rendered into the
// status region by StatusMessage.astro and converted with the page in the Traditional edition).
import { readerMessages, type ReaderMessage } from '../site.ts';
import { fillWording } from './carried-wording.ts';

let pageMessages: Record<string, string> | undefined;

function messagesOfPage(): Record<string, string> {
  if (pageMessages) return pageMessages;
  const carried = document.querySelector<HTMLElement>('[data-status-message]')?.dataset['messages'];
  try {
    pageMessages = carried ? (JSON.parse(carried) as Record<string, string>) : readerMessages;
  } catch {
    pageMessages = readerMessages;
  }
  return pageMessages;
}

/** The page's wording of `key`, with `{name}` placeholders filled from `values`. */
export function message(key: ReaderMessage, values: Readonly<Record<string, string>>): string {
  const template = messagesOfPage()[key] ?? readerMessages[key];
  return fillWording(template, values);
}
