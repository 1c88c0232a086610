import type { Disposable, Page } from 'playwright-core';
import { textSizes } from '../../src/site.ts';

/** The reader's text sizes (字号), by id: standard, large, larger (特大). */
export const TEXT_SIZE_IDS = textSizes.choices.map((choice) => choice.id);

/** One of the reader's text sizes. */
export type TextSizeId = (typeof TEXT_SIZE_IDS)[number];

/** Makes `page` open at text size `id` from its next load on, as if the reader had chosen it earlier, until disposed. */
export async function useTextSize(page: Page, id: TextSizeId): Promise<Disposable> {
  return page.addInitScript(
    ({ key, value }) => {
      // about:blank, loaded between two tests on a shared page, has no storage to keep a choice in.
      if (location.protocol.startsWith('http')) localStorage.setItem(key, value);
    },
    {
      key: textSizes.storageKey,
      value: id,
    },
  );
}
