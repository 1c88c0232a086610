import { MAX_HIGHLIGHTS } from '../shared/contract.ts';
import type { DocumentMatch } from './match.ts';

/**
 * The strings an article page should highlight for a match: the text as it occurs in the
 * article (so a Traditional or full-width query highlights the Simplified/half-width text).
 */
export function highlightParameters(match: DocumentMatch): string[] {
  const byTerm = new Map<number, Set<string>>();
  for (const occurrence of match.occurrences) {
    const block = match.document.blocks[occurrence.block];
    if (!block) continue;
    const texts = byTerm.get(occurrence.term) ?? new Set<string>();
    texts.add(block.text.slice(occurrence.start, occurrence.end));
    byTerm.set(occurrence.term, texts);
  }
  // Round-robin over the terms, so that every term is highlighted before any gets a second spelling.
  const queues = [...byTerm.values()].map((texts) => [...texts]);
  const chosen = new Set<string>();
  while (chosen.size < MAX_HIGHLIGHTS && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next !== undefined && chosen.size < MAX_HIGHLIGHTS) chosen.add(next);
    }
  }
  return [...chosen];
}
