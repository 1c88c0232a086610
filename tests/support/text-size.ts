import type { BrowserContext } from 'playwright-core';
import { textSizes } from '../../src/site.ts';

/** The reader's text sizes (字号), by id: standard, large, larger (特大). */
export const TEXT_SIZE_IDS = textSizes.choices.map((choice) => choice.id);

/** One of the reader's text sizes. */
export type TextSizeId = (typeof TEXT_SIZE_IDS)[number];

/** Makes every page of `context` open at text size `id`, as if the reader had chosen it earlier. */
export async function useTextSize(context: BrowserContext, id: TextSizeId): Promise<void> {
  await context.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
    key: textSizes.storageKey,
    value: id,
  });
}
